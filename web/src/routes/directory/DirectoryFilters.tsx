import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DirectoryQuery } from '../../api/authorities';
import { SelectField, type Option } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useOptions } from '../../components/use-options';
import { directoryHref } from './search-params';

type SelectFilter = 'country' | 'competence' | 'procedure' | 'profession';

/** The search form; submitting changes the address, which runs the search. */
export function DirectoryFilters({ query }: { query: DirectoryQuery }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useOptions();
  const [q, setQ] = useState(query.q ?? '');
  const [chosen, setChosen] = useState<Record<SelectFilter, string>>({
    country: query.country ?? '',
    competence: query.competence ?? '',
    procedure: query.procedure ?? '',
    profession: query.profession ?? '',
  });

  // Each drop-down: its label, its "all" choice, its options and its width on large screens.
  const selects: Array<{ id: SelectFilter; label: string; all: string; options: readonly Option[]; columns: string }> = [
    { id: 'country', label: t('web.field.country'), all: t('web.directory.allCountries'), options: options.countries, columns: 'ecl-col-m-6 ecl-col-l-4' },
    { id: 'competence', label: t('web.field.competence'), all: t('web.directory.allCompetences'), options: options.areas, columns: 'ecl-col-m-6 ecl-col-l-4' },
    { id: 'procedure', label: t('web.field.procedure'), all: t('web.directory.allProcedures'), options: options.procedures, columns: 'ecl-col-l-8' },
    { id: 'profession', label: t('web.field.profession'), all: t('web.directory.allProfessions'), options: options.professions, columns: 'ecl-col-l-4' },
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate(directoryHref({ q: q.trim(), ...chosen, page: 1 }));
  }

  return (
    <form role="search" aria-label={t('web.directory.searchLabel')} onSubmit={submit} className="openimi-filters">
      <div className="ecl-row">
        <div className="ecl-col-12 ecl-col-l-4">
          <TextField id="q" type="search" label={t('web.directory.query')} value={q} onChange={setQ} size="l" />
        </div>
        {selects.map((s) => (
          <div key={s.id} className={`ecl-col-12 ${s.columns}`}>
            <SelectField
              id={s.id}
              label={s.label}
              placeholder={s.all}
              options={s.options}
              value={chosen[s.id]}
              onChange={(value) => setChosen((c) => ({ ...c, [s.id]: value }))}
              size="l"
            />
          </div>
        ))}
      </div>
      <button type="submit" className="ecl-button ecl-button--primary">
        {t('web.directory.search')}
      </button>
    </form>
  );
}
