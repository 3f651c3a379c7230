import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/identity';
import { fieldErrorsByPointer } from '../../api/problem';
import { Notification } from '../../components/Notification';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { NewPasswordForm } from '../auth/NewPasswordForm';

/** Change the password: the current one, then the new one twice. */
export function PasswordSettings() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  // A new form (empty fields) after each successful change.
  const [round, setRound] = useState(0);
  const change = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      setCurrent('');
      setRound((r) => r + 1);
    },
  });

  return (
    <section aria-labelledby="settings-password" className="ecl-u-mb-2xl">
      <h2 className="ecl-u-type-heading-2" id="settings-password">
        {t('web.settings.password')}
      </h2>
      {change.isSuccess && <Notification variant="success" role="status" className="ecl-u-mb-l" title={t('web.settings.passwordChanged')} />}
      <ProblemNotice error={change.error} focus />
      <NewPasswordForm
        key={round}
        idPrefix="settings-"
        onSubmit={(newPassword) => change.mutate({ currentPassword: current, newPassword })}
        pending={change.isPending}
        error={change.error}
        submitLabel={t('web.settings.changePassword')}
        before={
          <TextField
            id="current-password"
            type="password"
            autoComplete="current-password"
            label={t('web.field.currentPassword')}
            required
            value={current}
            onChange={setCurrent}
            error={fieldErrorsByPointer(change.error)['/currentPassword']}
          />
        }
      />
    </section>
  );
}
