import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getAuthority } from '../../api/authorities';
import { keys, useMe } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { countryName } from '../../i18n/names';
import { AuthorityDetails } from './AuthorityDetails';

/** An authority's profile: all its names, address, contacts, languages and competences. */
export function AuthorityProfilePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const profile = useQuery({ queryKey: keys.authority(id), queryFn: () => getAuthority(id) });

  if (profile.isPending) return <Page title={t('web.profile.title')}><Loading /></Page>;
  if (profile.isError) return <Page title={t('web.profile.title')}><ProblemNotice error={profile.error} /></Page>;

  const a = profile.data;
  const isAdministrator = me.data?.memberships.some((m) => m.authorityId === a.id && m.roles.includes('administrator'));
  return (
    <Page title={a.name} meta={countryName(a.country, i18n.language)}>
      {a.status === 'suspended' && <p className="ecl-label ecl-label--high ecl-u-mb-l">{t('web.status.suspended')}</p>}
      <AuthorityDetails authority={a} />
      <div className="openimi-actions ecl-u-mt-xl">
        {isAdministrator && (
          <Link className="ecl-button ecl-button--primary" to={`/authorities/${a.id}/users`}>
            {t('web.home.manageUsers')}
          </Link>
        )}
        <Link className="ecl-button ecl-button--secondary" to="/directory">
          {t('web.profile.backToDirectory')}
        </Link>
      </div>
    </Page>
  );
}
