import { useTranslation } from 'react-i18next';
import { useCatalogueNames } from '../../components/use-catalogue-names';
import { Link } from 'react-router';
import type { CoordinatorMandate } from '../../api/types';
import { countryName } from '../../i18n/names';

/** The user's coordinator mandates: where and for what they coordinate. */
export function CoordinatorMandates({ mandates }: { mandates: CoordinatorMandate[] }) {
  const { t, i18n } = useTranslation();
  const names = useCatalogueNames();
  const national = mandates.some((m) => m.kind === 'national');
  return (
    <section className="ecl-u-mb-2xl" aria-labelledby="my-mandates">
      <h2 className="ecl-u-type-heading-2" id="my-mandates">
        {t('web.home.mandates')}
      </h2>
      <ul className="ecl-unordered-list">
        {mandates.map((m) => (
          <li key={m.id} className="ecl-unordered-list__item">
            <strong>{t(`web.coordinator.${m.kind}`)}</strong>
            {' — '}
            {countryName(m.country, i18n.language)}
            {m.areas.length > 0 && <> · {names.list('area', m.areas)}</>}
            {m.regions.length > 0 && <> · {m.regions.join(', ')}</>}
          </li>
        ))}
      </ul>
      <div className="openimi-actions ecl-u-mt-l">
        <Link className="ecl-button ecl-button--primary" to="/coordination/registrations">
          {t('web.home.pendingRegistrations')}
        </Link>
        <Link className="ecl-button ecl-button--secondary" to="/coordination/authorities/new">
          {t('web.nav.createAuthority')}
        </Link>
        {national && (
          <Link className="ecl-button ecl-button--secondary" to="/coordination/policy">
            {t('web.nav.policy')}
          </Link>
        )}
      </div>
    </section>
  );
}
