import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api/problem';
import { FieldError, RequiredMark } from '../../components/FormField';
import { Icon } from '../../components/Icon';
import { SelectField, type Option } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { nameRow, takenLanguages, type NameRow } from './authority-draft';

interface NamesFieldsetProps {
  rows: NameRow[];
  onChange: (rows: NameRow[]) => void;
  languages: Option[];
  /** Field errors relative to the authority: `/names/0/name`, `/names`. */
  errors: Record<string, FieldProblem>;
}

/** The authority's name in one or more languages: a row per language, rows added and removed. */
export function NamesFieldset({ rows, onChange, languages, errors }: NamesFieldsetProps) {
  const { t } = useTranslation();
  const update = (key: number, change: Partial<NameRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  return (
    <fieldset className="ecl-form-group ecl-u-mb-l" aria-describedby="names-help">
      <legend className="ecl-form-label">
        {t('web.register.names')}
        <RequiredMark />
      </legend>
      <div className="ecl-help-block" id="names-help">
        {t('web.register.namesHelp')}
      </div>
      <FieldError id="names-error" error={errors['/names']} />
      {rows.map((row, index) => {
        const taken = takenLanguages(rows, row.key);
        return (
          <div key={row.key} className="ecl-row openimi-name-row">
            <div className="ecl-col-12 ecl-col-m-4">
              <SelectField
                id={`name-${row.key}-language`}
                label={t('web.register.nameLanguage', { number: index + 1 })}
                required
                placeholder={t('web.form.choose')}
                options={languages.filter((l) => !taken.has(l.value))}
                value={row.language}
                onChange={(language) => update(row.key, { language })}
                error={errors[`/names/${index}/language`]}
              />
            </div>
            <div className="ecl-col-12 ecl-col-m-6">
              <TextField
                id={`name-${row.key}-name`}
                label={t('web.register.nameText', { number: index + 1 })}
                required
                size="l"
                lang={row.language || undefined}
                value={row.name}
                onChange={(name) => update(row.key, { name })}
                error={errors[`/names/${index}/name`]}
              />
            </div>
            {rows.length > 1 && (
              <div className="ecl-col-12 ecl-col-m-2 openimi-row-action">
                <button type="button" className="ecl-button ecl-button--tertiary" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
                  <span className="ecl-button__container">
                    <Icon name="trash" size="s" className="ecl-button__icon" />
                    <span className="ecl-button__label">{t('web.register.removeName', { number: index + 1 })}</span>
                  </span>
                </button>
              </div>
            )}
          </div>
        );
      })}
      <button type="button" className="ecl-button ecl-button--secondary" onClick={() => onChange([...rows, nameRow()])} disabled={rows.length >= languages.length}>
        <span className="ecl-button__container">
          <Icon name="plus" size="s" className="ecl-button__icon" />
          <span className="ecl-button__label">{t('web.register.addName')}</span>
        </span>
      </button>
    </fieldset>
  );
}
