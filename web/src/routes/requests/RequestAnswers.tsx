import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureView, SectionView } from '../../api/catalogue';
import type { AnswerView, AttachmentView } from '../../api/requests';
import { isShown, questionsByCode, type Answers } from '../catalogue/form-logic';
import { FreeText } from './FreeText';
import { answerText, type AnswerNames } from './request-view';
import { useFormats } from './use-formats';

/** The names an answer needs, in the interface language. */
export function useAnswerNames(attachments: readonly AttachmentView[]): AnswerNames {
  const { t } = useTranslation();
  const formats = useFormats();
  return useMemo(() => {
    const files = new Map(attachments.map((a) => [a.id, a.filename]));
    return {
      yes: t('web.form.yes'),
      no: t('web.form.no'),
      country: formats.country,
      day: formats.day,
      number: formats.number,
      list: formats.list,
      attachment: (id) => files.get(id) ?? t('requests.attachments.removed'),
    };
  }, [attachments, formats, t]);
}

/** One side's section, read only: each shown question and its answer (conditions read all the answers given). */
export function SectionAnswers({ section, answers, sections, names }: { section: SectionView; answers: readonly AnswerView[]; sections: readonly SectionView[]; names: AnswerNames }) {
  const { t } = useTranslation();
  const byQuestion = new Map(answers.map((a) => [a.question, a]));
  const values: Answers = Object.fromEntries(answers.map((a) => [a.question, Array.isArray(a.value) ? a.value : String(a.value)]));
  const byCode = questionsByCode(sections);
  const shown = section.questions.filter((q) => isShown(q, values, byCode));
  return (
    <dl className="ecl-description-list openimi-answers">
      {shown.map((q) => {
        const answer = byQuestion.get(q.code);
        return (
          <div key={q.code} className="openimi-answer">
            <dt className="ecl-description-list__term">{q.label}</dt>
            <dd className="ecl-description-list__definition">
              {!answer ? (
                <span className="openimi-muted">{t('requests.answers.none')}</span>
              ) : q.type === 'text' || q.type === 'long-text' ? (
                <FreeText text={String(answer.value)} language={answer.language} block={q.type === 'long-text'} />
              ) : (
                answerText(q, answer.value, names)
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** The procedure's sections with the answers given, each under its title and the side that answers it. */
export function RequestAnswers({ procedure, answers, attachments, skip }: { procedure: ProcedureView; answers: readonly AnswerView[]; attachments: readonly AttachmentView[]; skip?: 'sender' | 'receiver' }) {
  const { t } = useTranslation();
  const names = useAnswerNames(attachments);
  return (
    <>
      {procedure.sections
        .filter((s) => s.by !== skip)
        .map((section) => {
          const given = answers.filter((a) => a.by === section.by);
          return (
            <section key={section.code} className="openimi-preview-section ecl-u-mb-l" aria-labelledby={`section-${section.code}`}>
              <h3 className="ecl-u-type-heading-3 ecl-u-mb-xs" id={`section-${section.code}`}>
                {section.title}
              </h3>
              <p className="ecl-u-type-paragraph-s openimi-muted ecl-u-mt-none">{t(`requests.answers.by.${section.by}`)}</p>
              {section.by === 'receiver' && given.length === 0 ? (
                <p className="ecl-u-type-paragraph">{t('requests.answers.notYet')}</p>
              ) : (
                <SectionAnswers section={section} answers={answers} sections={procedure.sections} names={names} />
              )}
            </section>
          );
        })}
    </>
  );
}
