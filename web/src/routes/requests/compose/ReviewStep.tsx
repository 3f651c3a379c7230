import { useMemo, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl } from '../../../api/requests';
import { Item } from '../../directory/AuthorityDetails';
import { countryName, languageName } from '../../../i18n/names';
import { isShown, questionsByCode } from '../../catalogue/form-logic';
import { attachmentsOf, displayAnswer, furtherDocuments, senderSections, valuesFromDraft, type AnswerLabels } from './answers';
import { formatFileSize } from './file-size';
import type { StepContext } from './step-context';
import type { StepId } from './steps';
import { WizardActions } from './WizardActions';

interface ReviewStepProps {
  ctx: StepContext;
  onSend: () => void;
}

/**
 * Step 5: the request as the recipient will read it — procedure, parties, the answers with their
 * option labels, the attachments — each part with a way back to change it; then Send.
 */
export function ReviewStep({ ctx, onSend }: ReviewStepProps) {
  const { t, i18n } = useTranslation();
  const { draft, procedure } = ctx;
  const lang = i18n.language;
  const sections = useMemo(() => senderSections(procedure.sections), [procedure.sections]);
  const byCode = useMemo(() => questionsByCode(sections), [sections]);
  const values = useMemo(() => valuesFromDraft(draft.answers, procedure.sections, draft.attachments), [draft.answers, draft.attachments, procedure.sections]);
  const textLanguage = new Map(draft.answers.map((a) => [a.question, a.language ?? undefined]));
  const documents = furtherDocuments(draft.attachments);
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(lang);
  const labels: AnswerLabels = {
    yes: t('web.form.yes'),
    no: t('web.form.no'),
    country: (code) => countryName(code, lang),
    date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dates.format(new Date(`${iso}T00:00:00Z`)) : iso),
    number: (n) => numbers.format(n),
    attachment: (id) => draft.attachments.find((a) => a.id === id)?.filename ?? id,
  };
  const deadline = (kind: 'accept' | 'answer') => procedure.deadlines.find((d) => d.kind === kind)?.days;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onSend();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <p className="ecl-u-type-paragraph">{t('requests.compose.review.intro')}</p>

      <ReviewBlock id="review-request" title={t('requests.compose.review.request')} change="procedure" ctx={ctx}>
        <Item term={t('requests.compose.procedure.label')}>
          {procedure.name}
          <span className="ecl-u-type-color-grey-75"> — {procedure.area.name}</span>
        </Item>
        <Item term={t('requests.compose.review.from')}>
          {draft.requester.name} ({countryName(draft.requester.country, lang)})
        </Item>
        <Item term={t('requests.compose.subject.label')}>
          <span lang={draft.subjectLanguage}>{draft.subject}</span>
        </Item>
      </ReviewBlock>

      <ReviewBlock id="review-recipient" title={t('requests.compose.review.recipient')} change="recipient" ctx={ctx}>
        <Item term={t('requests.compose.review.to')}>
          {draft.receiver ? `${draft.receiver.name} (${countryName(draft.receiver.country, lang)})` : t('requests.compose.recipient.none')}
        </Item>
        {procedure.participants.commission !== 'none' && (
          <Item term={t('requests.compose.review.commission')}>
            {procedure.participants.commission === 'always' || draft.commission ? t('requests.compose.review.commissionYes') : t('requests.compose.review.commissionNo')}
          </Item>
        )}
      </ReviewBlock>

      {sections.map((section) => {
        const answered = section.questions.filter((q) => isShown(q, values, byCode) && displayAnswer(q, values[q.code], labels).length > 0);
        return (
          <ReviewBlock key={section.code} id={`review-${section.code}`} title={section.title} change="questions" ctx={ctx}>
            {answered.length === 0 ? (
              <Item term={t('requests.compose.review.answers')}>{t('requests.compose.review.noAnswers')}</Item>
            ) : (
              answered.map((q) => {
                const shown = displayAnswer(q, values[q.code], labels);
                const free = q.type === 'text' || q.type === 'long-text';
                return (
                  <Item key={q.code} term={q.label}>
                    {q.type === 'attachment' ? (
                      <ul className="openimi-plain-list">
                        {attachmentsOf(values[q.code], draft.attachments).map((a) => (
                          <li key={a.id}>
                            <a className="ecl-link" href={attachmentUrl(draft.id, a.id)} download={a.filename}>
                              {a.filename}
                            </a>{' '}
                            <span className="ecl-u-type-color-grey-75">({t('requests.compose.file.meta', { type: a.mediaType, size: formatFileSize(a.size, lang) })})</span>
                          </li>
                        ))}
                      </ul>
                    ) : shown.length > 1 ? (
                      <ul className="openimi-plain-list">
                        {shown.map((text, index) => (
                          <li key={index}>{text}</li>
                        ))}
                      </ul>
                    ) : (
                      <span className={q.type === 'long-text' ? 'openimi-pre-line' : undefined} lang={free ? textLanguage.get(q.code) : undefined}>
                        {shown[0]}
                      </span>
                    )}
                  </Item>
                );
              })
            )}
          </ReviewBlock>
        );
      })}

      <ReviewBlock id="review-attachments" title={t('requests.compose.review.attachments')} change="attachments" ctx={ctx}>
        <Item term={t('requests.compose.attachments.label')}>
          {documents.length === 0 ? (
            t('requests.compose.attachments.none')
          ) : (
            <ul className="openimi-plain-list">
              {documents.map((a) => (
                <li key={a.id}>
                  <a className="ecl-link" href={attachmentUrl(draft.id, a.id)} download={a.filename}>
                    {a.filename}
                  </a>{' '}
                  <span className="ecl-u-type-color-grey-75">({t('requests.compose.file.meta', { type: a.mediaType, size: formatFileSize(a.size, lang) })})</span>
                </li>
              ))}
            </ul>
          )}
        </Item>
      </ReviewBlock>

      <ReviewBlock id="review-language" title={t('requests.compose.language.label')} change="questions" ctx={ctx}>
        <Item term={t('requests.compose.review.language')}>{languageName(draft.answers.find((a) => a.language)?.language ?? draft.subjectLanguage, lang)}</Item>
      </ReviewBlock>

      <ul className="openimi-plain-list ecl-u-mt-l">
        {deadline('accept') !== undefined && <li>{t('requests.compose.review.acceptDeadline', { days: deadline('accept') })}</li>}
        {deadline('answer') !== undefined && <li>{t('requests.compose.review.answerDeadline', { days: deadline('answer') })}</li>}
      </ul>
      <WizardActions busy={ctx.busy} onBack={() => ctx.leaveTo('attachments')} continueLabel={t('requests.compose.action.send')} />
    </form>
  );
}

function ReviewBlock({ id, title, change, ctx, children }: { id: string; title: string; change: StepId; ctx: StepContext; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="openimi-review-block" aria-labelledby={id}>
      <div className="openimi-review-block__header">
        <h3 className="ecl-u-type-heading-4 ecl-u-mv-none" id={id}>
          {title}
        </h3>
        <button type="button" className="ecl-button ecl-button--tertiary" onClick={() => ctx.leaveTo(change)} disabled={ctx.busy}>
          {t('requests.compose.review.change')}
          <span className="ecl-u-sr-only"> {title}</span>
        </button>
      </div>
      <dl className="ecl-description-list ecl-description-list--horizontal">{children}</dl>
    </section>
  );
}
