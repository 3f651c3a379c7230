import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCatalogue } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { NotFoundPage } from '../errors/NotFoundPage';
import { eurLexUrl } from './eur-lex';

/** One policy area: its legislation and its procedures. */
export function AreaPage() {
  const { t, i18n } = useTranslation();
  const { area: code } = useParams();
  const catalogue = useCatalogue(i18n.language);
  if (catalogue.isPending) return <Page title={t('web.catalogue.title')}><Loading /></Page>;
  if (catalogue.isError) return <Page title={t('web.catalogue.title')}><ProblemNotice error={catalogue.error} /></Page>;
  const area = catalogue.data.areas.find((a) => a.code === code);
  if (!area) return <NotFoundPage />;
  return (
    <Page
      title={area.name}
      description={area.description}
      meta={
        <Link className="ecl-link" to="/catalogue">
          {t('web.catalogue.title')}
        </Link>
      }
    >
      <h2 className="ecl-u-type-heading-2">{t('web.catalogue.legislation')}</h2>
      <ul className="openimi-plain-list openimi-spaced-list">
        {area.legislation.map((l) => (
          <li key={l.code}>
            {l.name}
            {l.celex && (
              <>
                {' '}
                <a className="ecl-link openimi-text-link" href={eurLexUrl(l.celex, i18n.language)} rel="noreferrer">
                  {t('web.catalogue.eurLex', { celex: l.celex })}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      <h2 className="ecl-u-type-heading-2">{t('web.catalogue.procedures')}</h2>
      <div className="openimi-table-scroll">
        <table className="ecl-table ecl-table--zebra">
          <thead className="ecl-table__head">
            <tr className="ecl-table__row">
              <th scope="col" className="ecl-table__header">{t('web.catalogue.procedure')}</th>
              <th scope="col" className="ecl-table__header">{t('web.catalogue.workflowType')}</th>
              <th scope="col" className="ecl-table__header">{t('web.catalogue.description')}</th>
            </tr>
          </thead>
          <tbody className="ecl-table__body">
            {area.procedures.map((p) => (
              <tr key={p.code} className="ecl-table__row">
                <td className="ecl-table__cell" data-ecl-table-header={t('web.catalogue.procedure')}>
                  <Link className="ecl-link" to={`/catalogue/procedures/${p.code}`}>
                    {p.name}
                  </Link>
                </td>
                <td className="ecl-table__cell" data-ecl-table-header={t('web.catalogue.workflowType')}>
                  {t(`web.workflow.${p.workflowType}`)}
                </td>
                <td className="ecl-table__cell" data-ecl-table-header={t('web.catalogue.description')}>
                  {p.description}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Page>
  );
}
