import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsByPointer } from '../../api/problem';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';

interface CodeConfirmFormProps {
  /** Prefix of the element ids. */
  id: string;
  title: string;
  help?: string;
  submitLabel: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any mutation taking { code }
  mutation: UseMutationResult<any, unknown, { code: string }>;
}

/**
 * A second-factor action confirmed with a current code from the authenticator app or an
 * unused recovery code (turn off, renew the recovery codes, replace the app).
 */
export function CodeConfirmForm({ id, title, help, submitLabel, mutation }: CodeConfirmFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ code: code.replace(/\s+/g, '') }, { onSuccess: () => setCode('') });
  }

  return (
    <form onSubmit={submit} noValidate className="ecl-u-mt-l" aria-labelledby={`${id}-title`}>
      <h3 className="ecl-u-type-heading-3" id={`${id}-title`}>
        {title}
      </h3>
      {help && <p className="ecl-u-type-paragraph">{help}</p>}
      <ProblemNotice error={mutation.error} focus />
      <TextField
        id={`${id}-code`}
        label={t('web.settings.codeOrRecovery')}
        autoComplete="one-time-code"
        size="s"
        required
        value={code}
        onChange={setCode}
        error={fieldErrorsByPointer(mutation.error)['/code']}
      />
      <button type="submit" className="ecl-button ecl-button--secondary" disabled={mutation.isPending}>
        {submitLabel}
      </button>
    </form>
  );
}
