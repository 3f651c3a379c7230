import { useTranslation } from 'react-i18next';
import type { QuestionView } from '../../api/catalogue';
import type { AttachmentView } from '../../api/requests';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField, type Option } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { AttachmentQuestion } from './AttachmentQuestion';

/** Choices up to this many are radio buttons; more are a drop-down list (as in the catalogue's form preview). */
const MAX_RADIOS = 6;

interface AnswerFieldProps {
  requestId: string;
  question: QuestionView;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  countries: Option[];
  attachments: AttachmentView[];
  canAttach: boolean;
  error?: string;
}

/** One question of the question set as an input of the right kind, labelled in the reader's language. */
export function AnswerField({ requestId, question: q, value, onChange, countries, attachments, canAttach, error }: AnswerFieldProps) {
  const { t } = useTranslation();
  const id = `answer-${q.code}`;
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
        <CheckboxGroup id={id} legend={q.label} help={frame.help} required={q.required} error={error} options={options} value={Array.isArray(value) ? value : []} onChange={onChange} />
      );
    case 'country':
      return <SelectField {...frame} placeholder={t('web.form.choose')} options={countries} value={text} onChange={onChange} />;
    case 'date':
      return <TextField {...frame} type="date" value={text} onChange={onChange} size="s" />;
    case 'number':
      return <TextField {...frame} type="number" inputMode="decimal" min={q.min ?? undefined} max={q.max ?? undefined} value={text} onChange={onChange} size="s" />;
    case 'long-text':
      return <TextAreaField {...frame} value={text} onChange={onChange} />;
    case 'text':
      return <TextField {...frame} value={text} onChange={onChange} size="l" />;
    case 'attachment':
      return <AttachmentQuestion requestId={requestId} frame={frame} question={q.code} attachments={attachments.filter((a) => a.question === q.code)} canAttach={canAttach} />;
  }
}
