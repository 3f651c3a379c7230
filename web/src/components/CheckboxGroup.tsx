import type { ReactNode } from 'react';
import type { FieldProblem } from '../api/problem';
import { Checkbox } from './Checkbox';
import type { Option } from './SelectField';
import { ChoiceFieldset } from './ChoiceFieldset';

interface CheckboxGroupProps {
  id: string;
  legend: ReactNode;
  options: readonly Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  required?: boolean;
  help?: ReactNode;
  error?: FieldProblem | string;
  /** Lays the options out in columns when there are many. */
  columns?: boolean;
}

/** A fieldset of ECL checkboxes choosing several values. */
export function CheckboxGroup({ id, legend, options, value, onChange, required, help, error, columns }: CheckboxGroupProps) {
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value.filter((v) => v !== option), option] : value.filter((v) => v !== option));
  return (
    <ChoiceFieldset id={id} legend={legend} required={required} help={help} error={error}>
      <div className={columns ? 'openimi-columns' : undefined}>
        {options.map((option) => (
          <Checkbox
            key={option.value}
            id={`${id}-${option.value}`}
            label={option.label}
            lang={option.lang}
            checked={value.includes(option.value)}
            invalid={!!error}
            onChange={(checked) => toggle(option.value, checked)}
          />
        ))}
      </div>
    </ChoiceFieldset>
  );
}
