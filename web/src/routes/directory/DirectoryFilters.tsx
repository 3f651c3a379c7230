import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DirectoryQuery } from '../../api/authorities';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useOptions } from '../../components/use-options';
import { directoryHref } from './search-params';

/** The search form; submitting changes the address, which runs the search. */
export function DirectoryFilters({ query }: { query: DirectoryQuery }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useOptions();
  const [q, setQ] = useState(query.q ?? '');
  const [country, setCountry] = useState(query.country ?? '');
  const [competence, setCompetence] = useState(query.competence ?? '');
  const [procedure, setProcedure] = useState(query.procedure ?? '');
  const [profession, setProfession] = useState(query.profession ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate(directoryHref({ q: q.trim(), country, competence, procedure, profession, page: 1 }));
  }

  return (
    <form role="search" aria-label={t('web.directory.searchLabel')} onSubmit={submit} className="openimi-filters">
      <div className="ecl-row">
        <div className="ecl-col-12 ecl-col-l-4">
          <TextField id="q" type="search" label={t('web.directory.query')} value={q} onChange={setQ} size="l" />
        </div>
        <div className="ecl-col-12 ecl-col-m-6 ecl-col-l-4">
          <SelectField id="country" label={t('web.field.country')} placeholder={t('web.directory.allCountries')} options={options.countries} value={country} onChange={setCountry} size="l" />
        </div>
        <div className="ecl-col-12 ecl-col-m-6 ecl-col-l-4">
          <SelectField
            id="competence"
            label={t('web.field.competence')}
            placeholder={t('web.directory.allCompetences')}
            options={options.areas}
            value={competence}
            onChange={setCompetence}
            size="l"
          />
        </div>
        <div className="ecl-col-12 ecl-col-l-8">
          <SelectField
            id="procedure"
            label={t('web.field.procedure')}
            placeholder={t('web.directory.allProcedures')}
            options={options.procedures}
            value={procedure}
            onChange={setProcedure}
            size="l"
          />
        </div>
        <div className="ecl-col-12 ecl-col-l-4">
          <SelectField
            id="profession"
            label={t('web.field.profession')}
            placeholder={t('web.directory.allProfessions')}
            options={options.professions}
            value={profession}
            onChange={setProfession}
            size="l"
          />
        </div>
      </div>
      <button type="submit" className="ecl-button ecl-button--primary">
        {t('web.directory.search')}
      </button>
    </form>
  );
}
