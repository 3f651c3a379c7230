import { describedBy, FormField, type FieldFrame } from './FormField';

interface TextAreaFieldProps extends FieldFrame {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

/** ECL text area with its label, help and error. */
export function TextAreaField({ value, onChange, rows = 4, ...frame }: TextAreaFieldProps) {
  return (
    <FormField frame={frame}>
      <textarea
        id={frame.id}
        name={frame.id}
        rows={rows}
        className={`ecl-text-area ecl-text-area--l${frame.error ? ' ecl-text-area--invalid' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={frame.required}
        aria-required={frame.required || undefined}
        aria-invalid={frame.error ? true : undefined}
        aria-describedby={describedBy(frame)}
      />
    </FormField>
  );
}
