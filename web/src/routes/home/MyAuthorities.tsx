import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Membership } from '../../api/types';
import { useRoleNames } from '../../components/use-options';
import { countryName } from '../../i18n/names';

/** The authorities the user works for, their roles there, and links to what they can do. */
export function MyAuthorities({ memberships }: { memberships: Membership[] }) {
  const { t, i18n } = useTranslation();
  const roleNames = useRoleNames();
  return (
    <section className="ecl-u-mb-2xl" aria-labelledby="my-authorities">
      <h2 className="ecl-u-type-heading-2" id="my-authorities">
        {t('web.home.authorities')}
      </h2>
      {memberships.length === 0 ? (
        <p className="ecl-u-type-paragraph">{t('web.home.noAuthorities')}</p>
      ) : (
        <table className="ecl-table ecl-table--zebra">
          <thead className="ecl-table__head">
            <tr className="ecl-table__row">
              <th scope="col" className="ecl-table__header">{t('web.field.authority')}</th>
              <th scope="col" className="ecl-table__header">{t('web.field.country')}</th>
              <th scope="col" className="ecl-table__header">{t('web.field.roles')}</th>
              <th scope="col" className="ecl-table__header">{t('web.home.actions')}</th>
            </tr>
          </thead>
          <tbody className="ecl-table__body">
            {memberships.map((m) => (
              <tr key={m.authorityId} className="ecl-table__row">
                <td className="ecl-table__cell" data-ecl-table-header={t('web.field.authority')}>
                  <Link className="ecl-link" to={`/authorities/${m.authorityId}`}>
                    {m.authorityName}
                  </Link>
                  {m.authorityStatus === 'suspended' && <span className="ecl-label ecl-label--high ecl-u-ml-xs">{t('web.status.suspended')}</span>}
                </td>
                <td className="ecl-table__cell" data-ecl-table-header={t('web.field.country')}>{countryName(m.country, i18n.language)}</td>
                <td className="ecl-table__cell" data-ecl-table-header={t('web.field.roles')}>{roleNames(m.roles)}</td>
                <td className="ecl-table__cell" data-ecl-table-header={t('web.home.actions')}>
                  {m.roles.includes('administrator') ? (
                    <Link className="ecl-link" to={`/authorities/${m.authorityId}/users`}>
                      {t('web.home.manageUsers')}
                    </Link>
                  ) : (
                    <Link className="ecl-link" to={`/authorities/${m.authorityId}`}>
                      {t('web.home.viewProfile')}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="ecl-u-mt-l">
        <Link className="ecl-button ecl-button--secondary" to="/directory">
          {t('web.home.searchDirectory')}
        </Link>
      </p>
    </section>
  );
}
