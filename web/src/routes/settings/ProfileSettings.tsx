import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMe } from '../../api/identity';
import { fieldErrorsByPointer } from '../../api/problem';
import { keys } from '../../api/queries';
import type { Me } from '../../api/types';
import { Notification } from '../../components/Notification';
import { ProblemNotice } from '../../components/ProblemNotice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useOptions } from '../../components/use-options';
import { useLanguageSwitch } from '../../i18n/use-language';
import { MailNotificationsSetting } from '../requests/MailNotificationsSetting';

/** The user's name and the language of the interface and of their e-mails. */
export function ProfileSettings({ me }: { me: Me }) {
  const { t } = useTranslation();
  const options = useOptions();
  const queryClient = useQueryClient();
  const switchLanguage = useLanguageSwitch();
  const [name, setName] = useState(me.name);
  const [language, setLanguage] = useState(me.preferredLanguage);
  const save = useMutation({
    mutationFn: () => updateMe({ name: name.trim(), preferredLanguage: language }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(keys.me, updated);
      await switchLanguage(updated.preferredLanguage);
    },
  });
  const errors = fieldErrorsByPointer(save.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <>
      <section aria-labelledby="settings-profile" className="ecl-u-mb-2xl">
        <h2 className="ecl-u-type-heading-2" id="settings-profile">
          {t('web.settings.profile')}
        </h2>
        {save.isSuccess && <Notification variant="success" role="status" className="ecl-u-mb-l" title={t('web.settings.saved')} />}
        <ProblemNotice error={save.error} focus />
        <form onSubmit={submit} noValidate>
          <TextField id="settings-name" autoComplete="name" label={t('web.field.personName')} required value={name} onChange={setName} error={errors['/name']} />
          <SelectField
            id="settings-language"
            label={t('web.field.preferredLanguage')}
            help={t('web.settings.languageHelp')}
            options={options.uiLanguages}
            value={language}
            onChange={setLanguage}
            error={errors['/preferredLanguage']}
          />
          <button type="submit" className="ecl-button ecl-button--primary" disabled={save.isPending}>
            {t('web.action.save')}
          </button>
        </form>
      </section>
      <MailNotificationsSetting me={me} />
    </>
  );
}
