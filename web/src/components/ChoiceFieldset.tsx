import type { ReactNode } from 'react';
import type { FieldProblem } from '../api/problem';
import { FieldError, RequiredMark } from './FormField';

interface ChoiceFieldsetProps {
  id: string;
  legend: ReactNode;
  required?: boolean;
  help?: ReactNode;
  error?: FieldProblem | string;
  children: ReactNode;
}

/** The frame of a group of checkboxes or radio buttons: legend, help and error, described by both. */
export function ChoiceFieldset({ id, legend, required, help, error, children }: ChoiceFieldsetProps) {
  const described = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="ecl-form-group ecl-u-mb-l" aria-describedby={described}>
      <legend className="ecl-form-label">
        {legend}
        {required && <RequiredMark />}
      </legend>
      {help && (
        <div className="ecl-help-block" id={`${id}-help`}>
          {help}
        </div>
      )}
      <FieldError id={`${id}-error`} error={error} />
      {children}
    </fieldset>
  );
}
