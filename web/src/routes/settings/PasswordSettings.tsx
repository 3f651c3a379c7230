import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/identity';
import { fieldErrorsByPointer } from '../../api/problem';
import { Notification } from '../../components/Notification';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';

/** Change the password: the current one, then the new one twice. */
export function PasswordSettings() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setConfirmation('');
    },
  });
  const errors = fieldErrorsByPointer(change.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const differs = next !== confirmation;
    setMismatch(differs);
    if (!differs) change.mutate({ currentPassword: current, newPassword: next });
  }

  return (
    <section aria-labelledby="settings-password" className="ecl-u-mb-2xl">
      <h2 className="ecl-u-type-heading-2" id="settings-password">
        {t('web.settings.password')}
      </h2>
      {change.isSuccess && <Notification variant="success" role="status" className="ecl-u-mb-l" title={t('web.settings.passwordChanged')} />}
      <ProblemNotice error={change.error} focus />
      <form onSubmit={submit} noValidate>
        <TextField id="current-password" type="password" autoComplete="current-password" label={t('web.field.currentPassword')} required value={current} onChange={setCurrent} error={errors['/currentPassword']} />
        <TextField
          id="settings-new-password"
          type="password"
          autoComplete="new-password"
          label={t('web.field.newPassword')}
          help={t('web.password.rules')}
          required
          value={next}
          onChange={setNext}
          error={errors['/newPassword']}
        />
        <TextField
          id="settings-confirm-password"
          type="password"
          autoComplete="new-password"
          label={t('web.field.confirmPassword')}
          required
          value={confirmation}
          onChange={setConfirmation}
          error={mismatch ? t('web.password.mismatch') : undefined}
        />
        <button type="submit" className="ecl-button ecl-button--primary" disabled={change.isPending}>
          {t('web.settings.changePassword')}
        </button>
      </form>
    </section>
  );
}
