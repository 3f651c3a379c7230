import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api/problem';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField, type Option } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useOptions } from '../../components/use-options';
import type { AuthorityDraft } from './authority-draft';
import { NamesFieldset } from './NamesFieldset';
import { ScopeSummary } from './ScopeSummary';
import { CompetenceFields } from './CompetenceFields';

interface AuthorityFieldsProps {
  draft: AuthorityDraft;
  onChange: (draft: AuthorityDraft) => void;
  /** Field errors relative to the authority object (`/country`, `/names/0/name`). */
  errors: Record<string, FieldProblem>;
  /** The countries to choose from (default: all); `false` for an existing authority, whose country cannot change. */
  countries?: readonly Option[] | false;
  /** Whether region and competences can be changed (default: yes); if not, they are shown read-only. */
  scopeEditable?: boolean;
}

/** The authority's profile fields, shared by registration, creation by a coordinator and profile edits. */
export function AuthorityFields({ draft, onChange, errors, countries, scopeEditable = true }: AuthorityFieldsProps) {
  const { t } = useTranslation();
  const options = useOptions();
  const set = <K extends keyof AuthorityDraft>(key: K) => (value: AuthorityDraft[K]) => onChange({ ...draft, [key]: value });
  const countryFixed = countries === false;

  return (
    <>
      <NamesFieldset rows={draft.names} onChange={set('names')} languages={options.languages} errors={errors} />
      {countryFixed && <ScopeSummary draft={draft} locked={!scopeEditable} />}
      {(!countryFixed || scopeEditable) && (
        <div className="ecl-row">
          {!countryFixed && (
            <div className="ecl-col-12 ecl-col-m-6">
              <SelectField
                id="country"
                label={t('web.field.country')}
                required
                placeholder={t('web.form.choose')}
                options={countries ?? options.countries}
                value={draft.country}
                onChange={set('country')}
                error={errors['/country']}
              />
            </div>
          )}
          {scopeEditable && (
            <div className="ecl-col-12 ecl-col-m-6">
              <TextField id="region" label={t('web.field.region')} help={t('web.register.regionHelp')} value={draft.region} onChange={set('region')} error={errors['/region']} />
            </div>
          )}
        </div>
      )}
      <TextAreaField id="address" label={t('web.field.address')} required rows={3} value={draft.address} onChange={set('address')} error={errors['/address']} />
      <div className="ecl-row">
        <div className="ecl-col-12 ecl-col-m-6">
          <TextField id="contact-email" type="email" autoComplete="email" label={t('web.field.contactEmail')} required value={draft.contactEmail} onChange={set('contactEmail')} error={errors['/contactEmail']} />
        </div>
        <div className="ecl-col-12 ecl-col-m-6">
          <TextField id="contact-phone" type="tel" autoComplete="tel" label={t('web.field.contactPhone')} help={t('web.register.phoneHelp')} value={draft.contactPhone} onChange={set('contactPhone')} error={errors['/contactPhone']} />
        </div>
      </div>
      <CheckboxGroup
        id="languages"
        legend={t('web.field.languages')}
        help={t('web.register.languagesHelp')}
        required
        columns
        options={options.languages}
        value={draft.languages}
        onChange={set('languages')}
        error={errors['/languages']}
      />
      <CompetenceFields draft={draft} onChange={onChange} errors={errors} scopeEditable={scopeEditable} />
    </>
  );
}
