import type { ReactNode } from 'react';
import type { FieldProblem } from '../api/problem';
import { ChoiceFieldset } from './ChoiceFieldset';
import type { Option } from './SelectField';

interface RadioGroupProps {
  id: string;
  legend: ReactNode;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  help?: ReactNode;
  error?: FieldProblem | string;
  /** Two short options side by side (yes / no). */
  binary?: boolean;
}

/** A fieldset of ECL radio buttons choosing one value. */
export function RadioGroup({ id, legend, options, value, onChange, required, help, error, binary }: RadioGroupProps) {
  return (
    <ChoiceFieldset id={id} legend={legend} required={required} help={help} error={error}>
      <div className={binary ? 'openimi-radio-row' : undefined}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className={`ecl-radio${binary ? ' ecl-radio--binary' : ''}`}>
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                className="ecl-radio__input"
                checked={value === option.value}
                required={required}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(option.value)}
              />
              <label className="ecl-radio__label" htmlFor={optionId}>
                <span className={`ecl-radio__box${error ? ' ecl-radio__box--invalid' : ''}`}>
                  <span className="ecl-radio__box-inner" />
                </span>
                <span className="ecl-radio__text" lang={option.lang}>
                  {option.label}
                </span>
              </label>
            </div>
          );
        })}
      </div>
    </ChoiceFieldset>
  );
}
