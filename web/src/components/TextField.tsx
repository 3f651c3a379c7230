import type { InputHTMLAttributes } from 'react';
import { describedBy, FormField, type FieldFrame } from './FormField';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'required' | 'className' | 'size'>;

interface TextFieldProps extends FieldFrame, InputProps {
  value: string;
  onChange: (value: string) => void;
  size?: 's' | 'm' | 'l';
}

/** ECL text input with its label, help and error. */
export function TextField({ id, label, required, help, error, className, value, onChange, size = 'm', ...input }: TextFieldProps) {
  const frame = { id, label, required, help, error, className };
  return (
    <FormField frame={frame}>
      <input
        {...input}
        id={id}
        name={input.name ?? id}
        className={`ecl-text-input ecl-text-input--${size}${error ? ' ecl-text-input--invalid' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(frame)}
      />
    </FormField>
  );
}
