import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../api/catalogue';
import type { FieldProblem } from '../../api/problem';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { describedBy, FormField, type FieldFrame } from '../../components/FormField';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField, type Option } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';

/** Choices up to this many are radio buttons; more are a drop-down list. */
const MAX_RADIOS = 6;

export interface QuestionFieldProps {
  question: QuestionView;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  /** Country choices, named and sorted in the form's language. */
  countries: Option[];
  error?: FieldProblem | string;
  /**
   * The control of an attachment question. Without it, a plain file input whose value is the
   * chosen file's name (the catalogue's preview, which sends nothing).
   */
  renderAttachment?: (frame: FieldFrame & { id: string }) => ReactNode;
  /** The controls' id prefix (`<prefix>-<question>`), where two forms share a page. Default `q`. */
  idPrefix?: string;
}

/** One question of a procedure's question set as the control its type calls for. */
export function QuestionField({ question: q, value, onChange, countries, error, renderAttachment, idPrefix = 'q' }: QuestionFieldProps) {
  const { t } = useTranslation();
  const id = `${idPrefix}-${q.code}`;
  const text = typeof value === 'string' ? value : '';
  const frame = { id, label: q.label, required: q.required, help: q.help ?? undefined, error };
  const options: Option[] = (q.options ?? []).map((o) => ({ value: o.code, label: o.label }));
  switch (q.type) {
    case 'yes-no':
      return (
        <RadioGroup
          id={id}
          legend={q.label}
          help={frame.help}
          required={q.required}
          error={error}
          binary
          options={[{ value: 'yes', label: t('web.form.yes') }, { value: 'no', label: t('web.form.no') }]}
          value={text}
          onChange={onChange}
        />
      );
    case 'single-choice':
      return options.length <= MAX_RADIOS ? (
        <RadioGroup id={id} legend={q.label} help={frame.help} required={q.required} error={error} options={options} value={text} onChange={onChange} />
      ) : (
        <SelectField {...frame} placeholder={t('web.form.choose')} options={options} value={text} onChange={onChange} />
      );
    case 'profession':
      return <SelectField {...frame} placeholder={t('web.form.choose')} options={options} value={text} onChange={onChange} />;
    case 'multiple-choice':
      return (
        <CheckboxGroup
          id={id}
          legend={q.label}
          help={frame.help}
          required={q.required}
          error={error}
          options={options}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
        />
      );
    case 'country':
      return <SelectField {...frame} placeholder={t('web.form.choose')} options={countries} value={text} onChange={onChange} />;
    case 'date':
      return <TextField {...frame} type="date" value={text} onChange={onChange} size="s" />;
    case 'number':
      return <TextField {...frame} type="number" inputMode="decimal" min={q.min ?? undefined} max={q.max ?? undefined} value={text} onChange={onChange} size="s" />;
    case 'long-text':
      return <TextAreaField {...frame} value={text} onChange={onChange} />;
    case 'attachment':
      if (renderAttachment) return <>{renderAttachment(frame)}</>;
      return (
        <FormField frame={frame}>
          <input
            id={id}
            name={id}
            type="file"
            className="openimi-file-input"
            aria-required={q.required || undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(frame)}
            onChange={(event) => onChange(event.target.files?.[0]?.name ?? '')}
          />
        </FormField>
      );
    case 'text':
      return <TextField {...frame} value={text} onChange={onChange} size="l" />;
  }
}
