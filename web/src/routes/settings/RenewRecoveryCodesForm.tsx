import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { renewRecoveryCodes } from '../../api/identity';
import { fieldErrorsByPointer } from '../../api/problem';
import { ProblemNotice } from '../../components/ProblemNotice';
import { RecoveryCodes } from '../../components/RecoveryCodes';
import { TextField } from '../../components/TextField';

/** A new set of recovery codes (the old ones stop working), confirmed with a current code. */
export function RenewRecoveryCodesForm() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const renew = useMutation({ mutationFn: renewRecoveryCodes, onSuccess: () => setCode('') });

  if (renew.data) return <RecoveryCodes codes={renew.data.recoveryCodes} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    renew.mutate({ code: code.replace(/\s+/g, '') });
  }

  return (
    <form onSubmit={submit} noValidate className="ecl-u-mt-l" aria-labelledby="renew-codes">
      <h3 className="ecl-u-type-heading-3" id="renew-codes">
        {t('web.settings.newRecoveryCodes')}
      </h3>
      <p className="ecl-u-type-paragraph">{t('web.settings.newRecoveryCodesHelp')}</p>
      <ProblemNotice error={renew.error} focus />
      <TextField
        id="renew-codes-code"
        label={t('web.totp.codeLabel')}
        inputMode="numeric"
        autoComplete="one-time-code"
        size="s"
        required
        value={code}
        onChange={setCode}
        error={fieldErrorsByPointer(renew.error)['/code']}
      />
      <button type="submit" className="ecl-button ecl-button--secondary" disabled={renew.isPending}>
        {t('web.settings.generateCodes')}
      </button>
    </form>
  );
}
