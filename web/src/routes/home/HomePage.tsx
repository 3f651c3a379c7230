import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { NeedsActionSummary } from '../requests/NeedsActionSummary';
import { CoordinatorMandates } from './CoordinatorMandates';
import { MyAuthorities } from './MyAuthorities';
import { Welcome } from './Welcome';

/** Signed in: the user's authorities and mandates and what they can do; else a welcome. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Page title={t('web.home.title')}><Loading /></Page>;
  if (me.isError) return <Page title={t('web.home.title')}><ProblemNotice error={me.error} /></Page>;
  if (!me.data) return <Welcome />;
  const user = me.data;
  return (
    <Page title={t('web.home.greeting', { name: user.name })} description={t('web.home.intro')}>
      {user.totpRequired && !user.totpEnabled && <p className="ecl-u-type-paragraph">{t('web.home.totpRequired')}</p>}
      <NeedsActionSummary me={user} />
      <MyAuthorities memberships={user.memberships} />
      {user.coordinators.length > 0 && <CoordinatorMandates mandates={user.coordinators} />}
    </Page>
  );
}
