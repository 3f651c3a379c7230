import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCatalogueNames } from '../../components/use-catalogue-names';
import { Link } from 'react-router';
import { listRegistrations } from '../../api/authorities';
import { keys } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { countryName } from '../../i18n/names';
import { displayName, formatDate } from './registration-view';

/** The coordinator's queue: registrations waiting for their decision. */
export function RegistrationQueuePage() {
  const { t, i18n } = useTranslation();
  const names = useCatalogueNames();
  const lang = i18n.language;
  const pending = useQuery({ queryKey: keys.registrations('pending'), queryFn: () => listRegistrations('pending') });

  return (
    <Page title={t('web.queue.title')} description={t('web.queue.intro')}>
      {pending.isPending ? (
        <Loading />
      ) : pending.isError ? (
        <ProblemNotice error={pending.error} />
      ) : pending.data.length === 0 ? (
        <p className="ecl-u-type-paragraph" role="status">{t('web.queue.empty')}</p>
      ) : (
        <table className="ecl-table ecl-table--zebra">
          <caption className="ecl-table__caption ecl-u-sr-only">{t('web.queue.title')}</caption>
          <thead className="ecl-table__head">
            <tr className="ecl-table__row">
              <th scope="col" className="ecl-table__header">{t('web.field.authority')}</th>
              <th scope="col" className="ecl-table__header">{t('web.field.country')}</th>
              <th scope="col" className="ecl-table__header">{t('web.field.competences')}</th>
              <th scope="col" className="ecl-table__header">{t('web.queue.submitted')}</th>
            </tr>
          </thead>
          <tbody className="ecl-table__body">
            {pending.data.map((r) => {
              const name = displayName(r.authority.names, lang);
              return (
                <tr key={r.id} className="ecl-table__row">
                  <td className="ecl-table__cell" data-ecl-table-header={t('web.field.authority')}>
                    <Link className="ecl-link" to={`/coordination/registrations/${r.id}`} lang={name.language}>
                      {name.name}
                    </Link>
                  </td>
                  <td className="ecl-table__cell" data-ecl-table-header={t('web.field.country')}>{countryName(r.authority.country, lang)}</td>
                  <td className="ecl-table__cell" data-ecl-table-header={t('web.field.competences')}>
                    {names.list('area', r.authority.competences)}
                  </td>
                  <td className="ecl-table__cell" data-ecl-table-header={t('web.queue.submitted')}>{formatDate(r.submittedAt, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Page>
  );
}
