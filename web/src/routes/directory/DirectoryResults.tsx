import { useTranslation } from 'react-i18next';
import { useCatalogueNames } from '../../components/use-catalogue-names';
import { Link } from 'react-router';
import type { AuthoritySummary } from '../../api/types';
import { countryName } from '../../i18n/names';

/** The results table: name (in the reader's language when the authority has it), country, competences. */
export function DirectoryResults({ items }: { items: AuthoritySummary[] }) {
  const { t, i18n } = useTranslation();
  const names = useCatalogueNames();
  return (
    <table className="ecl-table ecl-table--zebra">
      <caption className="ecl-table__caption ecl-u-sr-only">{t('web.directory.results')}</caption>
      <thead className="ecl-table__head">
        <tr className="ecl-table__row">
          <th scope="col" className="ecl-table__header">{t('web.field.name')}</th>
          <th scope="col" className="ecl-table__header">{t('web.field.country')}</th>
          <th scope="col" className="ecl-table__header">{t('web.field.competences')}</th>
        </tr>
      </thead>
      <tbody className="ecl-table__body">
        {items.map((a) => (
          <tr key={a.id} className="ecl-table__row">
            <td className="ecl-table__cell" data-ecl-table-header={t('web.field.name')}>
              <Link className="ecl-link" to={`/authorities/${a.id}`} lang={a.nameLanguage}>
                {a.name}
              </Link>
              {a.status === 'suspended' && <span className="ecl-label ecl-label--high ecl-u-ml-xs">{t('web.status.suspended')}</span>}
            </td>
            <td className="ecl-table__cell" data-ecl-table-header={t('web.field.country')}>
              {countryName(a.country, i18n.language)}
              {a.region && <span> · {a.region}</span>}
            </td>
            <td className="ecl-table__cell" data-ecl-table-header={t('web.field.competences')}>
              {names.list('area', a.competences)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
