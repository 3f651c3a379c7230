import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsByPointer } from '../../api/problem';
import { TextField } from '../../components/TextField';

interface NewPasswordFormProps {
  onSubmit: (password: string) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
}

/** A new password, typed twice; the server checks its strength. */
export function NewPasswordForm({ onSubmit, pending, error, submitLabel }: NewPasswordFormProps) {
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
      <TextField
        id="new-password"
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
        id="confirm-password"
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
