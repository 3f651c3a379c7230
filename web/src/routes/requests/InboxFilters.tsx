import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { REQUEST_STATES } from '../../api/requests';
import { Checkbox } from '../../components/Checkbox';
import { SelectField, type Option } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useCatalogueNames } from '../../components/use-catalogue-names';
import { hasFilters, inboxHref, type InboxQuery } from './inbox-params';

/** The filters of a box; applying them changes the address, which runs the query. */
export function InboxFilters({ query }: { query: InboxQuery }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const names = useCatalogueNames();
  const [state, setState] = useState<string>(query.state ?? '');
  const [procedure, setProcedure] = useState(query.procedure ?? '');
  const [deadlineBefore, setDeadlineBefore] = useState(query.deadlineBefore ?? '');
  const [overdue, setOverdue] = useState(query.overdue ?? false);
  const [assigned, setAssigned] = useState<string>(query.assigned ?? '');

  const states: Option[] = REQUEST_STATES.filter((s) => query.box === 'drafts' ? s === 'draft' : s !== 'draft').map((s) => ({ value: s, label: t(`requests.state.${s}`) }));
  // Only procedures of the information-request workflow, area by area as the catalogue sorts them.
  const procedures: Option[] = useMemo(
    () => names.areas.flatMap((a) => a.procedures.filter((p) => p.workflowType === 'request').map((p) => ({ value: p.code, label: p.name }))),
    [names.areas],
  );
  const queues: Option[] = [
    { value: 'me', label: t('requests.filter.assignedMe') },
    { value: 'unassigned', label: t('requests.filter.unassigned') },
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate(
      inboxHref({
        box: query.box,
        state: (state || undefined) as InboxQuery['state'],
        procedure: procedure || undefined,
        deadlineBefore: deadlineBefore || undefined,
        overdue: overdue || undefined,
        assigned: (assigned || undefined) as InboxQuery['assigned'],
        page: 1,
      }),
    );
  }

  return (
    <form role="search" aria-label={t('requests.filter.label')} onSubmit={submit} className="openimi-filters">
      <div className="ecl-row">
        {query.box !== 'drafts' && (
          <div className="ecl-col-12 ecl-col-m-6 ecl-col-l-3">
            <SelectField id="filter-state" label={t('requests.field.state')} placeholder={t('requests.filter.allStates')} options={states} value={state} onChange={setState} size="l" />
          </div>
        )}
        <div className="ecl-col-12 ecl-col-m-6 ecl-col-l-5">
          <SelectField id="filter-procedure" label={t('requests.field.procedure')} placeholder={t('requests.filter.allProcedures')} options={procedures} value={procedure} onChange={setProcedure} size="l" />
        </div>
        {query.box !== 'drafts' && (
          <>
            {/* Allocation is inside an authority: coordinators have no queue of their own. */}
            {query.box !== 'coordination' && (
              <div className="ecl-col-12 ecl-col-m-6 ecl-col-l-4">
                <SelectField id="filter-assigned" label={t('requests.filter.queue')} placeholder={t('requests.filter.everyone')} options={queues} value={assigned} onChange={setAssigned} size="l" />
              </div>
            )}
            <div className="ecl-col-12 ecl-col-m-6 ecl-col-l-3">
              <TextField id="filter-deadline" type="date" label={t('requests.filter.deadlineBefore')} value={deadlineBefore} onChange={setDeadlineBefore} size="l" />
            </div>
            <div className="ecl-col-12 ecl-col-m-6 ecl-col-l-5 openimi-filters__check">
              <Checkbox id="filter-overdue" label={t('requests.filter.overdueOnly')} checked={overdue} onChange={setOverdue} />
            </div>
          </>
        )}
      </div>
      <div className="openimi-actions">
        <button type="submit" className="ecl-button ecl-button--primary">
          {t('requests.filter.apply')}
        </button>
        {hasFilters(query) && (
          <Link className="ecl-link ecl-link--standalone" to={inboxHref({ box: query.box })}>
            {t('requests.filter.clear')}
          </Link>
        )}
      </div>
    </form>
  );
}
