import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchAuthorities } from '../../api/authorities';
import { keys } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { RadioGroup } from '../../components/RadioGroup';
import type { Option } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormats } from './use-formats';

export interface ChosenAuthority {
  id: string;
  name: string;
}

interface AuthorityChoiceProps {
  id: string;
  /** The receiver's country: a request is forwarded or reassigned within it. */
  country: string;
  procedure: string;
  /** Authorities not to offer (the current receiver). */
  exclude: readonly string[];
  value: ChosenAuthority | null;
  onChange: (value: ChosenAuthority) => void;
  error?: string;
}

/** Choose another authority of a country through the directory: competent for the procedure first, any by name on request. */
export function AuthorityChoice({ id, country, procedure, exclude, value, onChange, error }: AuthorityChoiceProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const [q, setQ] = useState('');
  const [anyProcedure, setAnyProcedure] = useState(false);
  const search = useDeferredValue(q.trim());
  const query = { country, procedure: anyProcedure ? undefined : procedure, q: search || undefined, pageSize: 8 };
  const results = useQuery({ queryKey: keys.directory(query), queryFn: () => searchAuthorities(query), placeholderData: keepPreviousData });
  const items = (results.data?.items ?? []).filter((a) => !exclude.includes(a.id));
  const options: Option[] = items.map((a) => ({ value: a.id, label: a.name, lang: a.nameLanguage }));
  if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, label: value.name });
  return (
    <div className="openimi-authority-choice">
      <TextField
        id={`${id}-q`}
        type="search"
        label={t('requests.authorityChoice.search', { country: formats.country(country) })}
        help={anyProcedure ? undefined : t('requests.authorityChoice.competentOnly')}
        value={q}
        onChange={setQ}
        size="l"
      />
      {results.isPending ? (
        <Loading />
      ) : options.length === 0 ? (
        <p className="ecl-u-type-paragraph" role="status">{t('requests.authorityChoice.none')}</p>
      ) : (
        <RadioGroup
          id={id}
          legend={t('requests.authorityChoice.legend')}
          required
          error={error}
          options={options}
          value={value?.id ?? ''}
          onChange={(chosen) => onChange({ id: chosen, name: options.find((o) => o.value === chosen)?.label ?? chosen })}
        />
      )}
      {!anyProcedure && (
        <div className="ecl-u-mb-l">
          <button type="button" className="ecl-button ecl-button--ghost" onClick={() => setAnyProcedure(true)}>
            {t('requests.authorityChoice.showAll')}
          </button>
        </div>
      )}
    </div>
  );
}
