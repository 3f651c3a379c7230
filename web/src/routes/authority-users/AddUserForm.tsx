import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addAuthorityUser } from '../../api/authorities';
import { fieldErrorsByPointer } from '../../api/problem';
import { keys } from '../../api/queries';
import type { NewAuthorityUser } from '../../api/types';
import { Notification } from '../../components/Notification';
import { ProblemNotice } from '../../components/ProblemNotice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useOptions } from '../../components/use-options';
import { RolesFieldset } from './RolesFieldset';

/** Adds a person to the authority; a new user gets an activation e-mail. */
export function AddUserForm({ authorityId }: { authorityId: string }) {
  const { t, i18n } = useTranslation();
  const options = useOptions();
  const queryClient = useQueryClient();
  const blank = (): NewAuthorityUser => ({ email: '', name: '', preferredLanguage: i18n.language, roles: ['handler'] });
  const [user, setUser] = useState<NewAuthorityUser>(blank);
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () => addAuthorityUser(authorityId, { ...user, email: user.email.trim(), name: user.name.trim() }),
    onSuccess: async () => {
      setAdded(user.name.trim());
      setUser(blank());
      await queryClient.invalidateQueries({ queryKey: keys.authorityUsers(authorityId) });
    },
  });
  const errors = fieldErrorsByPointer(add.error);
  const set = <K extends keyof NewAuthorityUser>(key: K) => (value: NewAuthorityUser[K]) => setUser({ ...user, [key]: value });

  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    add.mutate();
  }

  return (
    <section aria-labelledby="add-user" className="openimi-form">
      <h2 className="ecl-u-type-heading-2" id="add-user">
        {t('web.users.add')}
      </h2>
      {added && <Notification variant="success" role="status" className="ecl-u-mb-l" title={t('web.users.added', { name: added })} />}
      <ProblemNotice error={add.error} focus />
      <form onSubmit={submit} noValidate>
        <div className="ecl-row">
          <div className="ecl-col-12 ecl-col-m-6">
            <TextField id="new-user-name" label={t('web.field.personName')} required value={user.name} onChange={set('name')} error={errors['/name']} />
          </div>
          <div className="ecl-col-12 ecl-col-m-6">
            <TextField id="new-user-email" type="email" label={t('web.field.email')} required value={user.email} onChange={set('email')} error={errors['/email']} />
          </div>
          <div className="ecl-col-12 ecl-col-m-6">
            <SelectField
              id="new-user-language"
              label={t('web.field.preferredLanguage')}
              required
              options={options.uiLanguages}
              value={user.preferredLanguage}
              onChange={set('preferredLanguage')}
              error={errors['/preferredLanguage']}
            />
          </div>
        </div>
        <RolesFieldset id="new-user-roles" legend={t('web.field.roles')} value={user.roles} onChange={set('roles')} error={errors['/roles']} />
        <button type="submit" className="ecl-button ecl-button--primary" disabled={add.isPending}>
          {t('web.users.addSubmit')}
        </button>
      </form>
    </section>
  );
}
