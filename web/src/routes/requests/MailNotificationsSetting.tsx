import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '../../api/queries';
import { setMailNotifications } from '../../api/requests';
import type { Me } from '../../api/types';
import { Checkbox } from '../../components/Checkbox';
import { Notification } from '../../components/Notification';
import { ProblemNotice } from '../../components/ProblemNotice';

/** Whether the user is e-mailed when something needs their action (PATCH /me {mailNotifications}). */
export function MailNotificationsSetting({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [mail, setMail] = useState(me.mailNotifications);
  const save = useMutation({
    mutationFn: () => setMailNotifications(mail),
    onSuccess: (updated) => queryClient.setQueryData(keys.me, updated),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <section aria-labelledby="settings-notifications" className="ecl-u-mb-2xl">
      <h2 className="ecl-u-type-heading-2" id="settings-notifications">
        {t('requests.settings.title')}
      </h2>
      {save.isSuccess && <Notification variant="success" role="status" className="ecl-u-mb-l" title={t('requests.settings.saved')} />}
      <ProblemNotice error={save.error} focus />
      <form onSubmit={submit} noValidate>
        <div className="ecl-form-group ecl-u-mb-l">
          <Checkbox
            id="settings-mail-notifications"
            label={t('requests.settings.mail')}
            help={t('requests.settings.mailHelp')}
            checked={mail}
            onChange={(checked) => {
              save.reset();
              setMail(checked);
            }}
          />
        </div>
        <button type="submit" className="ecl-button ecl-button--primary" disabled={save.isPending}>
          {t('web.action.save')}
        </button>
      </form>
    </section>
  );
}
