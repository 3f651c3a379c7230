import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureView } from '../../api/catalogue';
import { useReference } from '../../api/queries';
import { isConflict, useUpdateRequest, type RequestDetail } from '../../api/requests';
import { Notification } from '../../components/Notification';
import { sortByLabel } from '../../i18n/names';
import { isShown, missingAnswers, questionsByCode, type Answers } from '../catalogue/form-logic';
import { QuestionField } from '../catalogue/QuestionField';
import { AttachmentQuestion } from './AttachmentQuestion';
import { WriteProblem } from './WriteProblem';
import { answersPatch, formValues, withAttachments } from './answer-form';
import { useFormats } from './use-formats';

export interface AnswerFormStatus {
  /** Changes not saved yet. */
  dirty: boolean;
  /** Required questions still without an answer. */
  missing: number;
}

interface ReceiverAnswerFormProps {
  request: RequestDetail;
  procedure: ProcedureView;
  onStatus: (status: AnswerFormStatus) => void;
  onConflict: () => void;
}

/**
 * The receiver's questions as a form, generated from the question set: conditional questions
 * appear as answers are given; saving sends the whole section with the version loaded. What
 * the person typed stays in the form when someone else changed the request meanwhile.
 */
export function ReceiverAnswerForm({ request, procedure, onStatus, onConflict }: ReceiverAnswerFormProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const reference = useReference();
  const sections = useMemo(() => procedure.sections.filter((s) => s.by === 'receiver'), [procedure.sections]);
  const saved = useMemo(() => formValues(request.answers, 'receiver'), [request.answers]);
  // The requester's answers: the receiver's questions are shown according to what was asked.
  const asked = useMemo(() => formValues(request.answers, 'sender'), [request.answers]);
  const [form, setForm] = useState<Answers>(saved);
  const [checked, setChecked] = useState(false);
  const save = useUpdateRequest(request.id);
  const byCode = useMemo(() => questionsByCode(procedure.sections), [procedure.sections]);
  const context = { ...asked, ...form };
  const missing = missingAnswers(sections, { ...asked, ...withAttachments(form, sections, request.attachments) });
  const patch = answersPatch(sections, form, request.attachments, asked);
  const dirty = JSON.stringify(patch) !== JSON.stringify(answersPatch(sections, saved, request.attachments, asked));
  const shownMissing = checked ? new Set(missing) : new Set<string>();
  const countries = useMemo(
    () => sortByLabel((reference.data?.countries ?? []).map((c) => ({ value: c.code, label: formats.country(c.code) })), formats.language),
    [reference.data, formats],
  );

  useEffect(() => onStatus({ dirty, missing: missing.length }), [dirty, missing.length, onStatus]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    save.mutate(
      { version: request.version, answers: patch },
      { onError: (error) => isConflict(error) && onConflict() },
    );
  }

  const set = (code: string) => (value: string | string[]) => {
    save.reset();
    setForm((f) => ({ ...f, [code]: value }));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="answer-form-title" className="openimi-answer-form">
      <h3 className="ecl-u-type-heading-3" id="answer-form-title">
        {t('requests.answerForm.title')}
      </h3>
      <p className="ecl-u-type-paragraph">{t('requests.answerForm.intro')}</p>
      {save.isSuccess && !dirty && <Notification variant="success" role="status" className="ecl-u-mb-l" title={t('requests.answerForm.saved')} />}
      {checked && missing.length > 0 && (
        <Notification variant="warning" role="status" className="ecl-u-mb-l" title={t('requests.answerForm.missing', { count: missing.length })} />
      )}
      <WriteProblem error={save.error} />
      {sections.map((section) => (
        <fieldset key={section.code} className="openimi-preview-section ecl-u-mb-l">
          <legend className="ecl-u-type-heading-4">{section.title}</legend>
          {section.questions
            .filter((q) => isShown(q, context, byCode))
            .map((q) => (
              <QuestionField
                key={q.code}
                idPrefix="answer"
                question={q}
                value={form[q.code]}
                onChange={set(q.code)}
                countries={countries}
                error={shownMissing.has(q.code) ? t('requests.answerForm.required') : undefined}
                renderAttachment={(frame) => (
                  <AttachmentQuestion
                    requestId={request.id}
                    frame={frame}
                    question={q}
                    attachments={request.attachments.filter((a) => a.question === q.code)}
                  />
                )}
              />
            ))}
        </fieldset>
      ))}
      <button type="submit" className="ecl-button ecl-button--primary" disabled={save.isPending}>
        {t('requests.answerForm.save')}
      </button>
    </form>
  );
}
