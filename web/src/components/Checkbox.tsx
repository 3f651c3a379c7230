import type { ReactNode } from 'react';
import { Icon } from './Icon';

interface CheckboxProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  help?: ReactNode;
  invalid?: boolean;
  lang?: string;
  single?: boolean;
  describedBy?: string;
}

/** One ECL checkbox. */
export function Checkbox({ id, label, checked, onChange, help, invalid, lang, single, describedBy }: CheckboxProps) {
  const classes = ['ecl-checkbox', single ? 'ecl-checkbox--single' : '', invalid ? 'ecl-checkbox--invalid' : ''].filter(Boolean).join(' ');
  const helpId = help ? `${id}-help` : undefined;
  return (
    <div className={classes}>
      <input
        id={id}
        name={id}
        type="checkbox"
        className="ecl-checkbox__input"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={[helpId, describedBy].filter(Boolean).join(' ') || undefined}
      />
      <label className="ecl-checkbox__label" htmlFor={id}>
        <span className="ecl-checkbox__box" aria-hidden="true">
          <Icon name="check" size="s" className="ecl-checkbox__icon" />
        </span>
        <span className="ecl-checkbox__text" lang={lang}>
          {label}
        </span>
      </label>
      {help && (
        <div className="ecl-checkbox__help" id={helpId}>
          {help}
        </div>
      )}
    </div>
  );
}
