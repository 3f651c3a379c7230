import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { disableTotp } from '../../api/identity';
import { fieldErrorsByPointer } from '../../api/problem';
import { keys } from '../../api/queries';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';

/** Turns two-factor authentication off, confirmed with a current code. */
export function DisableTotpForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const disable = useMutation({ mutationFn: disableTotp, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.me }) });

  function submit(event: FormEvent) {
    event.preventDefault();
    disable.mutate({ code: code.replace(/\s+/g, '') });
  }

  return (
    <form onSubmit={submit} noValidate className="ecl-u-mt-xl" aria-labelledby="disable-totp">
      <h3 className="ecl-u-type-heading-3" id="disable-totp">
        {t('web.settings.disableTotp')}
      </h3>
      <ProblemNotice error={disable.error} focus />
      <TextField
        id="disable-totp-code"
        label={t('web.totp.codeLabel')}
        inputMode="numeric"
        autoComplete="one-time-code"
        size="s"
        required
        value={code}
        onChange={setCode}
        error={fieldErrorsByPointer(disable.error)['/code']}
      />
      <button type="submit" className="ecl-button ecl-button--secondary" disabled={disable.isPending}>
        {t('web.settings.disableTotp')}
      </button>
    </form>
  );
}
