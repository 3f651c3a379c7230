import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeAuthorityUser, setAuthorityUserRoles } from '../../api/authorities';
import { keys } from '../../api/queries';
import type { AuthorityUser, Role } from '../../api/types';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useRoleNames } from '../../components/use-options';
import { RolesFieldset } from './RolesFieldset';

/** One user of the authority: change their roles, or remove them (never the last administrator). */
export function UserRow({ authorityId, user }: { authorityId: string; user: AuthorityUser }) {
  const { t } = useTranslation();
  const roleNames = useRoleNames();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.authorityUsers(authorityId) });
  const save = useMutation({ mutationFn: () => setAuthorityUserRoles(authorityId, user.userId, roles), onSuccess: () => { setMode('view'); return refresh(); } });
  const remove = useMutation({ mutationFn: () => removeAuthorityUser(authorityId, user.userId), onSuccess: refresh });
  const header = (key: string) => ({ 'data-ecl-table-header': t(key) });

  return (
    <tr className="ecl-table__row">
      <td className="ecl-table__cell" {...header('web.field.personName')}>
        {user.name}
        {user.status === 'pending' && <span className="ecl-label ecl-label--low ecl-u-ml-xs">{t('web.users.pending')}</span>}
      </td>
      <td className="ecl-table__cell" {...header('web.field.email')}>{user.email}</td>
      <td className="ecl-table__cell" {...header('web.field.roles')}>
        {mode === 'edit' ? (
          <RolesFieldset id={`roles-${user.userId}`} legend={t('web.users.rolesOf', { name: user.name })} value={roles} onChange={setRoles} />
        ) : (
          roleNames(user.roles)
        )}
      </td>
      <td className="ecl-table__cell" {...header('web.home.actions')}>
        <ProblemNotice error={save.error ?? remove.error} className="ecl-u-mb-s" />
        {mode === 'view' && (
          <div className="openimi-actions">
            <button type="button" className="ecl-button ecl-button--secondary" onClick={() => setMode('edit')}>
              {t('web.users.changeRoles')}
              <span className="ecl-u-sr-only"> — {user.name}</span>
            </button>
            <button type="button" className="ecl-button ecl-button--tertiary" onClick={() => setMode('remove')}>
              {t('web.users.remove')}
              <span className="ecl-u-sr-only"> — {user.name}</span>
            </button>
          </div>
        )}
        {mode === 'edit' && (
          <div className="openimi-actions">
            <button type="button" className="ecl-button ecl-button--primary" onClick={() => save.mutate()} disabled={save.isPending || roles.length === 0}>
              {t('web.action.save')}
            </button>
            <button type="button" className="ecl-button ecl-button--tertiary" onClick={() => { setRoles(user.roles); setMode('view'); save.reset(); }}>
              {t('web.action.cancel')}
            </button>
          </div>
        )}
        {mode === 'remove' && (
          <div role="group" aria-label={t('web.users.confirmRemove', { name: user.name })}>
            <p className="ecl-u-type-paragraph-s ecl-u-mb-s">{t('web.users.confirmRemove', { name: user.name })}</p>
            <div className="openimi-actions">
              <button type="button" className="ecl-button ecl-button--primary" onClick={() => remove.mutate()} disabled={remove.isPending}>
                {t('web.users.remove')}
              </button>
              <button type="button" className="ecl-button ecl-button--tertiary" onClick={() => { setMode('view'); remove.reset(); }}>
                {t('web.action.cancel')}
              </button>
            </div>
          </div>
        )}
      </td>
    </tr>
  );
}
