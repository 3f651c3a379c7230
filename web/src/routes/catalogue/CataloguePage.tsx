import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogue } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useCatalogueNames } from '../../components/use-catalogue-names';

/** The catalogue's front page: every policy area with its procedures. Public, like the API behind it. */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue(i18n.language);
  const names = useCatalogueNames();
  return (
    <Page title={t('web.catalogue.title')} description={t('web.catalogue.intro')}>
      {catalogue.isPending ? (
        <Loading />
      ) : catalogue.isError ? (
        <ProblemNotice error={catalogue.error} />
      ) : (
        <>
          <p className="ecl-u-type-paragraph" role="status">
            {t('web.catalogue.summary', {
              areas: catalogue.data.areas.length,
              procedures: catalogue.data.areas.reduce((n, a) => n + a.procedures.length, 0),
            })}
          </p>
          <ul className="openimi-area-list">
            {names.areas.map((area) => (
              <li key={area.code} className="openimi-area">
                <h2 className="openimi-area__title">
                  <Link className="ecl-link ecl-link--standalone" to={`/catalogue/areas/${area.code}`}>
                    {area.name}
                  </Link>
                </h2>
                <p className="ecl-u-type-paragraph-s ecl-u-mt-none ecl-u-mb-s">{area.description}</p>
                <ul className="openimi-plain-list">
                  {area.procedures.map((p) => (
                    <li key={p.code}>
                      <Link className="ecl-link" to={`/catalogue/procedures/${p.code}`}>
                        {p.name}
                      </Link>{' '}
                      <span className="openimi-tag">{t(`web.workflow.${p.workflowType}`)}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
