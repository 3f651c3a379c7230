import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { completeSecondFactor } from '../../api/identity';
import { fieldErrorsByPointer } from '../../api/problem';
import type { LoginResult } from '../../api/types';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';

interface SecondFactorFormProps {
  onOutcome: (result: LoginResult) => void;
  onCancel: () => void;
}

/** The code from the authenticator app, or one of the recovery codes. */
export function SecondFactorForm({ onOutcome, onCancel }: SecondFactorFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'totp' | 'recoveryCode'>('totp');
  const [code, setCode] = useState('');
  const verify = useMutation({ mutationFn: completeSecondFactor, onSuccess: onOutcome });
  const errors = fieldErrorsByPointer(verify.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = code.replace(/\s+/g, '');
    verify.mutate(kind === 'totp' ? { totp: value } : { recoveryCode: code.trim() });
  }

  function switchKind() {
    setKind(kind === 'totp' ? 'recoveryCode' : 'totp');
    setCode('');
    verify.reset();
  }

  return (
    <div className="openimi-narrow">
      <ProblemNotice error={verify.error} focus />
      <form onSubmit={submit} noValidate>
        {kind === 'totp' ? (
          <TextField
            key="totp"
            id="totp"
            label={t('web.login.totpLabel')}
            help={t('web.login.totpHelp')}
            inputMode="numeric"
            autoComplete="one-time-code"
            size="s"
            required
            value={code}
            onChange={setCode}
            error={errors['/totp']}
          />
        ) : (
          <TextField
            key="recovery"
            id="recoveryCode"
            label={t('web.login.recoveryLabel')}
            help={t('web.login.recoveryHelp')}
            autoComplete="off"
            size="s"
            required
            value={code}
            onChange={setCode}
            error={errors['/recoveryCode']}
          />
        )}
        <div className="openimi-actions">
          <button type="submit" className="ecl-button ecl-button--primary" disabled={verify.isPending}>
            {t('web.login.verify')}
          </button>
          <button type="button" className="ecl-button ecl-button--tertiary" onClick={switchKind}>
            {kind === 'totp' ? t('web.login.useRecovery') : t('web.login.useTotp')}
          </button>
          <button type="button" className="ecl-button ecl-button--tertiary" onClick={onCancel}>
            {t('web.action.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
