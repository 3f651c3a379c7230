import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionView } from '../../api/catalogue';
import { useReference } from '../../api/queries';
import { Notification } from '../../components/Notification';
import { countryName, sortByLabel } from '../../i18n/names';
import { isShown, missingAnswers, questionsByCode, type Answers } from './form-logic';
import { QuestionField } from './QuestionField';

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
              <QuestionField
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
