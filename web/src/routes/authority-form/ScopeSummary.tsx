import { useTranslation } from 'react-i18next';
import { useCatalogueNames } from '../../components/use-catalogue-names';
import { countryName } from '../../i18n/names';
import type { AuthorityDraft } from './authority-draft';

interface ScopeSummaryProps {
  draft: AuthorityDraft;
  /** Region and competences are shown read-only too, with why they cannot be changed here. */
  locked: boolean;
}

/**
 * What an edit cannot change, shown instead of fields: the country (an authority does not
 * move), and, for readers who may not change them, the region and competences, which
 * decide which coordinators are competent for the authority.
 */
export function ScopeSummary({ draft, locked }: ScopeSummaryProps) {
  const { t, i18n } = useTranslation();
  const names = useCatalogueNames();
  return (
    <div className="ecl-u-mb-l">
      <dl className="ecl-description-list ecl-description-list--horizontal">
        <dt className="ecl-description-list__term">{t('web.field.country')}</dt>
        <dd className="ecl-description-list__definition">{countryName(draft.country, i18n.language)}</dd>
        {locked && draft.region && (
          <>
            <dt className="ecl-description-list__term">{t('web.field.region')}</dt>
            <dd className="ecl-description-list__definition">{draft.region}</dd>
          </>
        )}
        {locked && draft.competences.length > 0 && (
          <>
            <dt className="ecl-description-list__term">{t('web.field.competences')}</dt>
            <dd className="ecl-description-list__definition">{names.list('area', draft.competences)}</dd>
          </>
        )}
      </dl>
      {locked && <p className="ecl-help-block ecl-u-mt-s">{t('web.authorityEdit.scopeLocked')}</p>}
    </div>
  );
}
