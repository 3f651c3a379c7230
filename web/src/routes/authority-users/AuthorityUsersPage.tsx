import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getAuthority, listAuthorityUsers } from '../../api/authorities';
import { keys } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { AddUserForm } from './AddUserForm';
import { UserRow } from './UserRow';

/** The authority administrator's page: who works here, with which roles. */
export function AuthorityUsersPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const authority = useQuery({ queryKey: keys.authority(id), queryFn: () => getAuthority(id) });
  const users = useQuery({ queryKey: keys.authorityUsers(id), queryFn: () => listAuthorityUsers(id) });

  return (
    <Page title={t('web.users.title')} meta={authority.data?.name}>
      <section aria-labelledby="users-list" className="ecl-u-mb-2xl">
        <h2 className="ecl-u-type-heading-2" id="users-list">
          {t('web.users.list')}
        </h2>
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <ProblemNotice error={users.error} />
        ) : (
          <table className="ecl-table ecl-table--zebra">
            <caption className="ecl-table__caption ecl-u-sr-only">{t('web.users.list')}</caption>
            <thead className="ecl-table__head">
              <tr className="ecl-table__row">
                <th scope="col" className="ecl-table__header">{t('web.field.personName')}</th>
                <th scope="col" className="ecl-table__header">{t('web.field.email')}</th>
                <th scope="col" className="ecl-table__header">{t('web.field.roles')}</th>
                <th scope="col" className="ecl-table__header">{t('web.home.actions')}</th>
              </tr>
            </thead>
            <tbody className="ecl-table__body">
              {users.data.map((user) => (
                <UserRow key={user.userId} authorityId={id} user={user} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      <AddUserForm authorityId={id} />
      <p className="ecl-u-mt-xl">
        <Link className="ecl-link ecl-link--standalone" to={`/authorities/${id}`}>
          {t('web.users.backToProfile')}
        </Link>
      </p>
    </Page>
  );
}
