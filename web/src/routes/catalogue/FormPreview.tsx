import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionView, SectionView } from '../../api/catalogue';
import { useReference } from '../../api/queries';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { describedBy, FormField } from '../../components/FormField';
import { Notification } from '../../components/Notification';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField, type Option } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { countryName, sortByLabel } from '../../i18n/names';
import { isShown, missingAnswers, questionsByCode, type Answers } from './form-logic';

/** Choices up to this many are radio buttons; more are a drop-down list. */
const MAX_RADIOS = 6;

interface FormPreviewProps {
  sections: SectionView[];
  /** The language of the texts (may differ from the interface language; render inside an
   *  I18nextProvider of that language so that the form's own labels follow it). */
  lang: string;
}

/**
 * A procedure's question set as the form a user will fill in: every type of answer, the
 * conditional questions appearing as answers are given, and a check of the required ones.
 * Nothing is sent anywhere.
 */
export function FormPreview({ sections, lang }: FormPreviewProps) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>({});
  const [checked, setChecked] = useState(false);
  const byCode = useMemo(() => questionsByCode(sections), [sections]);
  const missing = checked ? new Set(missingAnswers(sections, answers)) : new Set<string>();
  const reference = useReference();
  // Country names in the language of the preview, like the rest of the form.
  const countries = useMemo(
    () => sortByLabel((reference.data?.countries ?? []).map((c) => ({ value: c.code, label: countryName(c.code, lang) })), lang),
    [reference.data, lang],
  );
  const set = (code: string) => (value: string | string[]) => setAnswers((a) => ({ ...a, [code]: value }));

  function check(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
  }

  return (
    <form id="form-preview" lang={lang} onSubmit={check} noValidate aria-label={t('web.catalogue.preview')}>
      {checked &&
        (missing.size > 0 ? (
          <Notification role="status" className="ecl-u-mb-l" variant="warning" title={t('web.catalogue.previewMissing', { count: missing.size })} />
        ) : (
          <Notification role="status" className="ecl-u-mb-l" variant="success" title={t('web.catalogue.previewComplete')} />
        ))}
      {sections.map((section) => (
        <section key={section.code} className="openimi-preview-section" aria-labelledby={`section-${section.code}`}>
          <h3 className="ecl-u-type-heading-3 ecl-u-mb-xs" id={`section-${section.code}`}>
            {section.title}
          </h3>
          <p className="ecl-u-type-paragraph-s ecl-u-type-color-grey-75 ecl-u-mt-none">{t(`web.catalogue.by.${section.by}`)}</p>
          {section.questions
            .filter((q) => isShown(q, answers, byCode))
            .map((q) => (
              <Question
                key={q.code}
                question={q}
                value={answers[q.code]}
                onChange={set(q.code)}
                countries={countries}
                error={missing.has(q.code) ? t('web.fieldError.invalid_type') : undefined}
              />
            ))}
        </section>
      ))}
      <button type="submit" className="ecl-button ecl-button--secondary">
        {t('web.catalogue.previewCheck')}
      </button>
    </form>
  );
}

interface QuestionProps {
  question: QuestionView;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  countries: Option[];
  error?: string;
}

function Question({ question: q, value, onChange, countries, error }: QuestionProps) {
  const { t } = useTranslation();
  const id = `q-${q.code}`;
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
