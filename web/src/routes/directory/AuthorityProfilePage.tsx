import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { getAuthority } from '../../api/authorities';
import { keys } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { Notification } from '../../components/Notification';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { countryName } from '../../i18n/names';
import { AuthorityDetails } from './AuthorityDetails';
import { AuthorityStatusActions } from './AuthorityStatusActions';
import { readProfileNotice } from './profile-notice';

/**
 * An authority's profile: all its names, address, contacts, languages and competences,
 * and what the reader may do with it (the profile's `permissions`, from the API's rules).
 */
export function AuthorityProfilePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const profile = useQuery({ queryKey: keys.authority(id), queryFn: () => getAuthority(id) });
  // A confirmation brought by the navigation: shown until the reader acts on this page, and
  // taken out of the history entry, so that reloading the page does not confirm it again.
  const [arrival, setArrival] = useState(() => ({ id, notice: readProfileNotice(location.state) }));
  useEffect(() => {
    if (readProfileNotice(location.state)) void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [location, navigate]);
  const notice = arrival.id === id ? arrival.notice : null;

  if (profile.isPending) return <Page title={t('web.profile.title')}><Loading /></Page>;
  if (profile.isError) return <Page title={t('web.profile.title')}><ProblemNotice error={profile.error} /></Page>;

  const a = profile.data;
  const may = a.permissions;
  return (
    <Page title={a.name} meta={countryName(a.country, i18n.language)}>
      {notice === 'created' && (
        <Notification variant="success" role="status" className="ecl-u-mb-l" title={t('web.profile.createdTitle')}>
          {t('web.registration.approved')}
        </Notification>
      )}
      {notice === 'updated' && <Notification variant="success" role="status" className="ecl-u-mb-l" title={t('web.profile.saved')} />}
      {a.status === 'suspended' && (
        <Notification variant="warning" className="ecl-u-mb-l" title={t('web.status.suspended')}>
          {t('web.profile.suspendedNotice')}
        </Notification>
      )}
      <AuthorityDetails authority={a} />
      <div className="openimi-actions ecl-u-mt-xl">
        {may.update && (
          <Link className="ecl-button ecl-button--primary" to={`/authorities/${a.id}/edit`}>
            {t('web.authorityEdit.title')}
          </Link>
        )}
        {may.manageUsers && (
          <Link className={`ecl-button ${may.update ? 'ecl-button--secondary' : 'ecl-button--primary'}`} to={`/authorities/${a.id}/users`}>
            {t('web.home.manageUsers')}
          </Link>
        )}
        <Link className="ecl-button ecl-button--secondary" to="/directory">
          {t('web.profile.backToDirectory')}
        </Link>
      </div>
      {may.suspend && <AuthorityStatusActions authority={a} onChanged={() => setArrival({ id, notice: null })} />}
    </Page>
  );
}
