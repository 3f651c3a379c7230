import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/problem';
import { Icon } from './Icon';
import { useFieldMessage } from './field-message';

export interface FieldFrame {
  id: string;
  label: ReactNode;
  required?: boolean;
  help?: ReactNode;
  error?: FieldProblem | string;
  className?: string;
}

/** The ids an input refers to with aria-describedby. */
export function describedBy(frame: FieldFrame): string | undefined {
  const ids = [frame.help ? `${frame.id}-help` : '', frame.error ? `${frame.id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function RequiredMark() {
  const { t } = useTranslation();
  return (
    <span className="ecl-form-label__required" role="note" aria-label={t('web.form.required')}>
      *
    </span>
  );
}

export function FieldError({ id, error }: { id: string; error?: FieldProblem | string }) {
  const message = useFieldMessage()(error);
  if (!message) return null;
  return (
    // A check made in the browser has no summary above the form, so it announces itself.
    <div className="ecl-feedback-message" id={id} role={typeof error === 'string' ? 'alert' : undefined}>
      <Icon name="error" size="s" className="ecl-feedback-message__icon" />
      {message}
    </div>
  );
}

/** ECL form group around one input: label, help, error, then the control. */
export function FormField({ frame, children }: { frame: FieldFrame; children: ReactNode }) {
  return (
    <div className={`ecl-form-group ${frame.className ?? 'ecl-u-mb-l'}`}>
      <label htmlFor={frame.id} className="ecl-form-label">
        {frame.label}
        {frame.required && <RequiredMark />}
      </label>
      {frame.help && (
        <div className="ecl-help-block" id={`${frame.id}-help`}>
          {frame.help}
        </div>
      )}
      <FieldError id={`${frame.id}-error`} error={frame.error} />
      {children}
    </div>
  );
}
