import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api/problem';
import type { AdministratorInput } from '../../api/types';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useOptions } from '../../components/use-options';

interface AdministratorFieldsProps {
  value: AdministratorInput;
  onChange: (value: AdministratorInput) => void;
  errors: Record<string, FieldProblem>;
}

/** The authority's first administrator, who receives the activation e-mail. */
export function AdministratorFields({ value, onChange, errors }: AdministratorFieldsProps) {
  const { t } = useTranslation();
  const options = useOptions();
  const set = (key: keyof AdministratorInput) => (v: string) => onChange({ ...value, [key]: v });
  return (
    <div className="ecl-row">
      <div className="ecl-col-12 ecl-col-m-6">
        <TextField id="admin-name" autoComplete="name" label={t('web.field.personName')} required value={value.name} onChange={set('name')} error={errors['/name']} />
      </div>
      <div className="ecl-col-12 ecl-col-m-6">
        <TextField id="admin-email" type="email" autoComplete="email" label={t('web.field.email')} required value={value.email} onChange={set('email')} error={errors['/email']} />
      </div>
      <div className="ecl-col-12 ecl-col-m-6">
        <SelectField
          id="admin-language"
          label={t('web.field.preferredLanguage')}
          required
          options={options.uiLanguages}
          value={value.preferredLanguage}
          onChange={set('preferredLanguage')}
          error={errors['/preferredLanguage']}
        />
      </div>
    </div>
  );
}
