import { Icon } from './Icon';
import { describedBy, FormField, type FieldFrame } from './FormField';

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

interface SelectFieldProps extends FieldFrame {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  /** A first, empty choice (e.g. "All countries"). */
  placeholder?: string;
  size?: 's' | 'm' | 'l';
}

/** ECL select with its label, help and error. */
export function SelectField({ value, onChange, options, placeholder, size = 'm', ...frame }: SelectFieldProps) {
  return (
    <FormField frame={frame}>
      <div className={`ecl-select__container ecl-select__container--${size}${frame.error ? ' ecl-select__container--invalid' : ''}`}>
        <select
          id={frame.id}
          name={frame.id}
          className="ecl-select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={frame.required}
          aria-required={frame.required || undefined}
          aria-invalid={frame.error ? true : undefined}
          aria-describedby={describedBy(frame)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
        <div className="ecl-select__icon">
          <Icon name="corner-arrow" size="s" transform="rotate-180" className="ecl-select__icon-shape" />
        </div>
      </div>
    </FormField>
  );
}
