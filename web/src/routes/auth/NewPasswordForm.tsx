import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsByPointer } from '../../api/problem';
import { TextField } from '../../components/TextField';

interface NewPasswordFormProps {
  onSubmit: (password: string) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  /** Fields asked before the new password (the current one, in the settings). */
  before?: ReactNode;
  /** Prefix of the element ids, when the page has other password fields. */
  idPrefix?: string;
}

/** A new password, typed twice; the server checks its strength. */
export function NewPasswordForm({ onSubmit, pending, error, submitLabel, before, idPrefix = '' }: NewPasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const errors = fieldErrorsByPointer(error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const differs = password !== confirmation;
    setMismatch(differs);
    if (!differs) onSubmit(password);
  }

  return (
    <form onSubmit={submit} noValidate>
      {before}
      <TextField
        id={`${idPrefix}new-password`}
        type="password"
        autoComplete="new-password"
        label={t('web.field.newPassword')}
        help={t('web.password.rules')}
        required
        value={password}
        onChange={setPassword}
        error={errors['/password'] ?? errors['/newPassword']}
      />
      <TextField
        id={`${idPrefix}confirm-password`}
        type="password"
        autoComplete="new-password"
        label={t('web.field.confirmPassword')}
        required
        value={confirmation}
        onChange={setConfirmation}
        error={mismatch ? t('web.password.mismatch') : undefined}
      />
      <button type="submit" className="ecl-button ecl-button--primary" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
