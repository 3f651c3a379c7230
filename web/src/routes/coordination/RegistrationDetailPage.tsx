import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getRegistration } from '../../api/authorities';
import { keys } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { RegistrationDecision } from './RegistrationDecision';
import { RegistrationSummary } from './RegistrationSummary';
import { displayName } from './registration-view';

/** One registration, with the coordinator's approve / reject. */
export function RegistrationDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const registration = useQuery({ queryKey: keys.registration(id), queryFn: () => getRegistration(id) });

  if (registration.isPending) return <Page title={t('web.registration.title')}><Loading /></Page>;
  if (registration.isError) return <Page title={t('web.registration.title')}><ProblemNotice error={registration.error} /></Page>;

  const r = registration.data;
  return (
    <Page title={displayName(r.authority.names, i18n.language).name} meta={t('web.registration.title')}>
      <RegistrationSummary registration={r} />
      <RegistrationDecision registration={r} />
      <p className="ecl-u-mt-xl">
        <Link className="ecl-link ecl-link--standalone" to="/coordination/registrations">
          {t('web.registration.back')}
        </Link>
      </p>
    </Page>
  );
}
