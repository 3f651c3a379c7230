import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Box, RequestSummary } from '../../api/requests';
import { useCatalogueNames } from '../../components/use-catalogue-names';
import { DeadlineText } from './DeadlineText';
import { LanguageTag } from './LanguageTag';
import { StateLabel } from './StateLabel';
import { counterparts } from './request-view';
import { useFormats } from './use-formats';

/** Where a row leads: a draft back into the wizard, anything else to its page. */
export function requestHref(summary: Pick<RequestSummary, 'id' | 'state'>): string {
  return summary.state === 'draft' ? `/requests/new?draft=${encodeURIComponent(summary.id)}` : `/requests/${encodeURIComponent(summary.id)}`;
}

/** One box as an ECL table: reference, subject, procedure, counterpart, state, handler, deadline. */
export function InboxTable({ box, items }: { box: Box; items: RequestSummary[] }) {
  const { t } = useTranslation();
  const names = useCatalogueNames();
  const formats = useFormats();
  const now = new Date();
  const headers = {
    reference: t('requests.field.reference'),
    subject: t('requests.field.subject'),
    procedure: t('requests.field.procedure'),
    counterpart: t(box === 'coordination' ? 'requests.field.parties' : box === 'incoming' ? 'requests.field.from' : 'requests.field.to'),
    state: t('requests.field.state'),
    handler: t('requests.field.handler'),
    deadline: t('requests.field.deadline'),
  };
  return (
    <table className="ecl-table ecl-table--zebra openimi-inbox">
      <caption className="ecl-table__caption ecl-u-sr-only">{t(`requests.box.${box}`)}</caption>
      <thead className="ecl-table__head">
        <tr className="ecl-table__row">
          {Object.entries(headers).map(([key, label]) => (
            <th key={key} scope="col" className="ecl-table__header">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="ecl-table__body">
        {items.map((r) => {
          const parties = counterparts(r);
          return (
            <tr key={r.id} className={`ecl-table__row${r.needsAction ? ' openimi-inbox__row--action' : ''}`}>
              <td className="ecl-table__cell openimi-nowrap" data-ecl-table-header={headers.reference}>
                <Link className="ecl-link" to={requestHref(r)}>
                  {r.reference}
                </Link>
                {r.needsAction && (
                  <div>
                    <span className="ecl-label ecl-label--highlight ecl-u-mt-2xs">{t('requests.inbox.needsAction')}</span>
                  </div>
                )}
              </td>
              <td className="ecl-table__cell" data-ecl-table-header={headers.subject}>
                <span lang={r.subjectLanguage}>{r.subject}</span>
                <LanguageTag language={r.subjectLanguage} />
                {r.escalated && (
                  <div>
                    <span className="ecl-label ecl-label--medium ecl-u-mt-2xs">{t('requests.inbox.escalated')}</span>
                  </div>
                )}
              </td>
              <td className="ecl-table__cell" data-ecl-table-header={headers.procedure}>
                {names.procedure(r.procedure.code)}
              </td>
              <td className="ecl-table__cell" data-ecl-table-header={headers.counterpart}>
                {parties.length === 0 ? (
                  <span className="openimi-muted">{t('requests.inbox.noReceiver')}</span>
                ) : (
                  <ul className="openimi-plain-list">
                    {parties.map((p) => (
                      <li key={p.id}>
                        {p.name} <span className="openimi-muted">({formats.country(p.country)})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="ecl-table__cell" data-ecl-table-header={headers.state}>
                <StateLabel state={r.state} />
              </td>
              <td className="ecl-table__cell" data-ecl-table-header={headers.handler}>
                {r.handler ? r.handler.name : <span className="openimi-muted">{t('requests.inbox.unassigned')}</span>}
              </td>
              <td className="ecl-table__cell" data-ecl-table-header={headers.deadline}>
                {r.deadline ? <DeadlineText deadline={r.deadline} compact now={now} /> : <span className="openimi-muted">{t('requests.inbox.noDeadline')}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
