import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/queries';
import { Page } from '../../components/Page';
import { CountryPolicyForm } from './CountryPolicyForm';

/** National coordinators: the rules for all users of their country (two-factor authentication). */
export function CountryPolicyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const countries = [...new Set(me.data?.coordinators.filter((c) => c.kind === 'national').map((c) => c.country) ?? [])];
  return (
    <Page title={t('web.policy.title')} description={t('web.policy.intro')}>
      {countries.length === 0 ? (
        <p className="ecl-u-type-paragraph">{t('web.policy.notCoordinator')}</p>
      ) : (
        countries.map((country) => <CountryPolicyForm key={country} country={country} />)
      )}
    </Page>
  );
}
