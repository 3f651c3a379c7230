import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enableTotp, startTotpSetup } from '../../api/identity';
import { fieldErrorsByPointer } from '../../api/problem';
import { Loading } from '../../components/Loading';
import { ProblemNotice } from '../../components/ProblemNotice';
import { RecoveryCodes } from '../../components/RecoveryCodes';
import { TextField } from '../../components/TextField';

/** `ABCDEFGHIJ` → `ABCD EFGH IJ`, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Sets up an authenticator app: scan the QR code (or type the secret), confirm with a
 * code, then save the recovery codes. Used at login when the country requires it and
 * from the settings.
 */
export function TotpEnrolment({ onDone, doneLabel }: { onDone: () => void; doneLabel: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const setup = useQuery({
    queryKey: ['totp-setup'],
    queryFn: startTotpSetup,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const enable = useMutation({ mutationFn: enableTotp });
  const errors = fieldErrorsByPointer(enable.error);

  if (enable.data) {
    return (
      <>
        <RecoveryCodes codes={enable.data.recoveryCodes} />
        <button type="button" className="ecl-button ecl-button--primary" onClick={onDone}>
          {doneLabel}
        </button>
      </>
    );
  }
  if (setup.isPending) return <Loading />;
  if (setup.isError) return <ProblemNotice error={setup.error} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    enable.mutate({ code: code.replace(/\s+/g, '') });
  }

  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.data.qrSvg)}`;
  return (
    <div className="ecl-row">
      <div className="ecl-col-12 ecl-col-m-6">
        <h2 className="openimi-step-title">{t('web.totp.step1')}</h2>
        <p className="ecl-u-type-paragraph">{t('web.totp.scan')}</p>
        <img className="openimi-qr" src={qr} alt={t('web.totp.qrAlt')} width={220} height={220} />
        <p className="ecl-u-type-paragraph ecl-u-mt-m">{t('web.totp.manual')}</p>
        <p className="openimi-secret">
          <code aria-label={t('web.totp.secretLabel')}>{groupSecret(setup.data.secret)}</code>
        </p>
      </div>
      <div className="ecl-col-12 ecl-col-m-6">
        <h2 className="openimi-step-title">{t('web.totp.step2')}</h2>
        <ProblemNotice error={enable.error} focus />
        <form onSubmit={submit} noValidate>
          <TextField
            id="code"
            label={t('web.totp.codeLabel')}
            help={t('web.totp.codeHelp')}
            inputMode="numeric"
            autoComplete="one-time-code"
            size="s"
            required
            value={code}
            onChange={setCode}
            error={errors['/code']}
          />
          <button type="submit" className="ecl-button ecl-button--primary" disabled={enable.isPending}>
            {t('web.totp.enable')}
          </button>
        </form>
      </div>
    </div>
  );
}
