import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchAuthorities, type DirectoryQuery } from '../../../api/authorities';
import { fieldErrorsByPointer } from '../../../api/problem';
import { keys } from '../../../api/queries';
import type { AuthoritySummary } from '../../../api/types';
import { Checkbox } from '../../../components/Checkbox';
import { FieldError } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { useOptions } from '../../../components/use-options';
import { countryName, languageName } from '../../../i18n/names';
import type { StepContext } from './step-context';
import { WizardActions } from './WizardActions';

const PAGE_SIZE = 10;

interface Search {
  q: string;
  country: string;
  onlyProcedure: boolean;
  page: number;
}

/**
 * Step 2: find the authority to ask in the directory, in another country than the requester's,
 * by default among those registered for the procedure; choosing one saves it in the draft at once.
 * Where the procedure makes the Commission optional, a checkbox includes it.
 */
export function RecipientStep({ ctx }: { ctx: StepContext }) {
  const { t, i18n } = useTranslation();
  const { draft, procedure } = ctx;
  const lang = i18n.language;
  const own = draft.requester.country;
  const options = useOptions();
  const [q, setQ] = useState('');
  const [country, setCountry] = useState('');
  const [onlyProcedure, setOnlyProcedure] = useState(true);
  const [search, setSearch] = useState<Search>({ q: '', country: '', onlyProcedure: true, page: 1 });
  const [checked, setChecked] = useState(false);
  const [choosing, setChoosing] = useState<string | null>(null);
  const chosenBox = useRef<HTMLDivElement>(null);

  const query: DirectoryQuery = {
    q: search.q || undefined,
    country: search.country || undefined,
    procedure: search.onlyProcedure ? procedure.code : undefined,
    page: search.page,
    pageSize: PAGE_SIZE,
  };
  const results = useQuery({ queryKey: keys.directory(query), queryFn: () => searchAuthorities(query), placeholderData: keepPreviousData });
  const items = results.data?.items ?? [];
  // A request goes abroad: the requester's own country is neither offered nor listed.
  const listed = items.filter((a) => a.country !== own);
  const hiddenOwn = items.length - listed.length;
  const last = results.data ? Math.max(1, Math.ceil(results.data.total / PAGE_SIZE)) : 1;
  const serverErrors = fieldErrorsByPointer(ctx.problem);
  const missing = checked && !draft.receiver ? t('requests.compose.recipient.required') : undefined;

  function runSearch(event: FormEvent) {
    event.preventDefault();
    setSearch({ q: q.trim(), country, onlyProcedure, page: 1 });
  }

  async function choose(authority: AuthoritySummary) {
    setChoosing(authority.id);
    const ok = await ctx.save({ receiverAuthority: authority.id });
    setChoosing(null);
    if (ok) chosenBox.current?.focus();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft.receiver) {
      setChecked(true);
      document.getElementById('recipient-search-q')?.focus();
      return;
    }
    ctx.goTo('questions');
  }

  return (
    <>
      <div ref={chosenBox} tabIndex={-1} className="openimi-chosen ecl-u-mb-l" aria-labelledby="chosen-recipient-title">
        <h3 className="openimi-chosen__title" id="chosen-recipient-title">
          {t('requests.compose.recipient.chosen')}
        </h3>
        {draft.receiver ? (
          <p className="ecl-u-type-paragraph ecl-u-mv-none">
            <strong>{draft.receiver.name}</strong> — {countryName(draft.receiver.country, lang)}
          </p>
        ) : (
          <p className="ecl-u-type-paragraph ecl-u-mv-none">{t('requests.compose.recipient.none')}</p>
        )}
        <FieldError id="recipient-error" error={missing ?? serverErrors['/receiverAuthority']} />
      </div>

      <form role="search" aria-label={t('requests.compose.recipient.searchLabel')} onSubmit={runSearch} className="openimi-filters">
        <div className="ecl-row">
          <div className="ecl-col-12 ecl-col-m-6">
            <TextField id="recipient-search-q" type="search" label={t('requests.compose.recipient.query')} help={t('requests.compose.recipient.queryHelp')} value={q} onChange={setQ} size="l" />
          </div>
          <div className="ecl-col-12 ecl-col-m-6">
            <SelectField
              id="recipient-search-country"
              label={t('requests.compose.recipient.country')}
              placeholder={t('requests.compose.recipient.allCountries')}
              options={options.countries.filter((c) => c.value !== own)}
              value={country}
              onChange={setCountry}
              size="l"
            />
          </div>
        </div>
        <div className="ecl-u-mb-m">
          <Checkbox
            id="recipient-search-procedure"
            label={t('requests.compose.recipient.onlyProcedure', { procedure: procedure.name })}
            checked={onlyProcedure}
            onChange={setOnlyProcedure}
          />
        </div>
        <button type="submit" className="ecl-button ecl-button--secondary">
          {t('requests.compose.recipient.search')}
        </button>
      </form>

      <section aria-labelledby="recipient-results" className="ecl-u-mt-l">
        <h3 className="ecl-u-type-heading-4" id="recipient-results">
          {t('requests.compose.recipient.results')}
        </h3>
        {results.isPending ? (
          <Loading />
        ) : results.isError ? (
          <ProblemNotice error={results.error} />
        ) : (
          <>
            <p className="ecl-u-type-paragraph" role="status">
              {t('requests.compose.recipient.count', { count: results.data.total })}
              {hiddenOwn > 0 && <> {t('requests.compose.recipient.ownHidden', { count: hiddenOwn, country: countryName(own, lang) })}</>}
            </p>
            {listed.length > 0 && (
              <table className="ecl-table ecl-table--zebra openimi-recipient-table">
                <caption className="ecl-table__caption ecl-u-sr-only">{t('requests.compose.recipient.results')}</caption>
                <thead className="ecl-table__head">
                  <tr className="ecl-table__row">
                    <th scope="col" className="ecl-table__header">{t('requests.compose.recipient.name')}</th>
                    <th scope="col" className="ecl-table__header">{t('requests.compose.recipient.place')}</th>
                    <th scope="col" className="ecl-table__header">{t('requests.compose.recipient.languages')}</th>
                    <th scope="col" className="ecl-table__header"><span className="ecl-u-sr-only">{t('requests.compose.recipient.choose')}</span></th>
                  </tr>
                </thead>
                <tbody className="ecl-table__body">
                  {listed.map((a) => {
                    const isChosen = draft.receiver?.id === a.id;
                    return (
                      <tr key={a.id} className="ecl-table__row">
                        <td className="ecl-table__cell" data-ecl-table-header={t('requests.compose.recipient.name')}>
                          <span lang={a.nameLanguage}>{a.name}</span>
                        </td>
                        <td className="ecl-table__cell" data-ecl-table-header={t('requests.compose.recipient.place')}>
                          {countryName(a.country, lang)}
                          {a.region && <span> · {a.region}</span>}
                        </td>
                        <td className="ecl-table__cell" data-ecl-table-header={t('requests.compose.recipient.languages')}>
                          {a.languages.map((l) => languageName(l, lang)).join(', ')}
                        </td>
                        <td className="ecl-table__cell openimi-cell-action">
                          {a.status !== 'active' ? (
                            <span className="ecl-label ecl-label--high">{t('web.status.suspended')}</span>
                          ) : isChosen ? (
                            <span className="openimi-chosen-mark">{t('requests.compose.recipient.isChosen')}</span>
                          ) : (
                            <button type="button" className="ecl-button ecl-button--secondary" disabled={ctx.busy} onClick={() => void choose(a)}>
                              {choosing === a.id ? t('requests.compose.saving') : t('requests.compose.recipient.choose')}
                              <span className="ecl-u-sr-only"> {a.name}</span>
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            {last > 1 && (
              <div className="openimi-actions ecl-u-mt-m">
                <button type="button" className="ecl-button ecl-button--tertiary" disabled={search.page <= 1} onClick={() => setSearch((s) => ({ ...s, page: s.page - 1 }))}>
                  {t('web.pagination.previous')}
                </button>
                <span className="ecl-u-type-paragraph-s">{t('web.pagination.current', { page: search.page, last })}</span>
                <button type="button" className="ecl-button ecl-button--tertiary" disabled={search.page >= last} onClick={() => setSearch((s) => ({ ...s, page: s.page + 1 }))}>
                  {t('web.pagination.next')}
                </button>
              </div>
            )}
          </>
        )}
      </section>

      <form onSubmit={onSubmit} noValidate className="ecl-u-mt-xl">
        {procedure.participants.commission === 'optional' && (
          <Checkbox
            id="include-commission"
            label={t('requests.compose.commission.include')}
            help={t('requests.compose.commission.help')}
            checked={draft.commission}
            onChange={(value) => void ctx.save({ commission: value })}
          />
        )}
        {procedure.participants.commission === 'always' && <p className="ecl-u-type-paragraph">{t('requests.compose.commission.always')}</p>}
        <WizardActions saved={ctx.saved} busy={ctx.busy} onBack={() => ctx.leaveTo('procedure')} onSaveDraft={ctx.confirmSaved} />
      </form>
    </>
  );
}
