import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsByPointer } from '../../../api/problem';
import { useReference } from '../../../api/queries';
import { useDeleteAttachment, useUploadAttachment, type AttachmentView, type RequestDetail } from '../../../api/requests';
import { Notification } from '../../../components/Notification';
import { SelectField } from '../../../components/SelectField';
import { useOptions } from '../../../components/use-options';
import { countryName, sortByLabel } from '../../../i18n/names';
import { isShown, questionsByCode, type Answers } from '../../catalogue/form-logic';
import { QuestionField } from '../../catalogue/QuestionField';
import { answersToSend, attachmentsOf, checkAnswers, senderSections, valuesFromDraft, type AnswerCheck } from './answers';
import { FileUploadField } from './FileUploadField';
import { useLeaveGuard, type StepContext } from './step-context';
import { WizardActions } from './WizardActions';

/** The language the requester's texts are in: that of the texts already written, else the subject's, else the interface's. */
function textLanguage(draft: RequestDetail, fallback: string): string {
  return draft.answers.find((a) => a.by === 'sender' && a.language)?.language ?? (draft.subjectLanguage || fallback);
}

/**
 * Step 3: the procedure's sender sections as a form in the interface language, with conditional
 * questions, required marks and the browser's checks; files answering attachment questions are
 * uploaded as they are chosen and their ids become the answer. Saved with PATCH {answers, language}.
 */
export function QuestionsStep({ ctx }: { ctx: StepContext }) {
  const { t, i18n } = useTranslation();
  const { draft, procedure } = ctx;
  const lang = i18n.language;
  const sections = useMemo(() => senderSections(procedure.sections), [procedure.sections]);
  const byCode = useMemo(() => questionsByCode(sections), [sections]);
  const [values, setValues] = useState<Answers>(() => valuesFromDraft(draft.answers, procedure.sections, draft.attachments));
  const [language, setLanguage] = useState(() => textLanguage(draft, lang));
  const [checked, setChecked] = useState(false);
  const [uploaded, setUploaded] = useState<AttachmentView[]>([]);
  const [fileBusy, setFileBusy] = useState<string | null>(null);
  const [fileErrors, setFileErrors] = useState<Record<string, unknown>>({});
  const dirty = useRef(false);
  const summary = useRef<HTMLDivElement>(null);
  const upload = useUploadAttachment(draft.id);
  const remove = useDeleteAttachment(draft.id);
  const options = useOptions();
  const reference = useReference();
  const countries = useMemo(
    () => sortByLabel((reference.data?.countries ?? []).map((c) => ({ value: c.code, label: countryName(c.code, lang) })), lang),
    [reference.data, lang],
  );

  const problems = checked ? checkAnswers(values, procedure.sections) : {};
  const serverErrors = fieldErrorsByPointer(ctx.problem, '/answers');
  const files = [...draft.attachments, ...uploaded.filter((u) => !draft.attachments.some((a) => a.id === u.id))];

  const messageOf = (code: string, check: AnswerCheck): string => {
    const q = byCode.get(code);
    if (check === 'too-small') return t('requests.compose.questions.tooSmall', { min: q?.min ?? 0 });
    if (check === 'too-big') return t('requests.compose.questions.tooBig', { max: q?.max ?? 0 });
    if (check === 'not-a-number') return t('requests.compose.questions.notANumber');
    return t('requests.compose.questions.required');
  };

  // The server's codes we have words for ("required", "out-of-range"); for the others, its own message.
  const serverMessage = (code: string) => {
    const problem = serverErrors[`/${code}`];
    if (problem?.code === 'required') return messageOf(code, 'required');
    if (problem?.code === 'out-of-range') {
      const q = byCode.get(code);
      return q?.min !== null && q?.min !== undefined && Number(values[code]) < q.min ? messageOf(code, 'too-small') : messageOf(code, 'too-big');
    }
    return problem;
  };

  function change(code: string, value: string | string[]) {
    dirty.current = true;
    setValues((v) => ({ ...v, [code]: value }));
  }

  async function save(): Promise<boolean> {
    const ok = await ctx.save({ answers: answersToSend(values, procedure.sections), language });
    if (ok) dirty.current = false;
    return ok;
  }

  useLeaveGuard(ctx.leaveGuard, async () => !dirty.current || save());

  async function uploadFile(code: string, file: File) {
    setFileBusy(code);
    setFileErrors((e) => ({ ...e, [code]: undefined }));
    try {
      const attachment = await upload.mutateAsync({ file, question: code });
      setUploaded((u) => [...u, attachment]);
      dirty.current = true;
      setValues((v) => {
        const ids = Array.isArray(v[code]) ? (v[code] as string[]) : [];
        return { ...v, [code]: [...ids, attachment.id] };
      });
    } catch (error) {
      setFileErrors((e) => ({ ...e, [code]: error }));
    } finally {
      setFileBusy(null);
    }
  }

  async function removeFile(code: string, attachment: AttachmentView) {
    setFileBusy(code);
    setFileErrors((e) => ({ ...e, [code]: undefined }));
    try {
      await remove.mutateAsync(attachment.id);
      dirty.current = true;
      setValues((v) => ({ ...v, [code]: (Array.isArray(v[code]) ? (v[code] as string[]) : []).filter((id) => id !== attachment.id) }));
    } catch (error) {
      setFileErrors((e) => ({ ...e, [code]: error }));
    } finally {
      setFileBusy(null);
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(checkAnswers(values, procedure.sections)).length > 0) {
      // The summary lists what is missing, with links to each question.
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    if (!dirty.current || (await save())) ctx.goTo('attachments');
  }

  async function saveDraft() {
    if (!dirty.current || (await save())) ctx.confirmSaved();
  }

  function focusQuestion(code: string) {
    document.getElementById(`question-${code}`)?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  const problemList = Object.entries(problems);
  const busy = ctx.busy || fileBusy !== null;
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="openimi-form" lang={procedure.language}>
      {problemList.length > 0 && (
        <div ref={summary} tabIndex={-1} className="ecl-u-mb-l">
          <Notification variant="error" role="alert" title={t('requests.compose.questions.missing', { count: problemList.length })}>
            <ul className="openimi-plain-list">
              {problemList.map(([code, check]) => (
                <li key={code}>
                  <a
                    className="ecl-link"
                    href={`#question-${code}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusQuestion(code);
                    }}
                  >
                    {byCode.get(code)?.label ?? code}
                  </a>
                  {': '}
                  {messageOf(code, check)}
                </li>
              ))}
            </ul>
          </Notification>
        </div>
      )}
      <p className="ecl-u-type-paragraph">{t('requests.compose.questions.intro')}</p>
      {sections.map((section) => (
        <section key={section.code} className="openimi-preview-section" aria-labelledby={`section-${section.code}`}>
          <h3 className="ecl-u-type-heading-3 ecl-u-mb-m" id={`section-${section.code}`}>
            {section.title}
          </h3>
          {section.questions
            .filter((q) => isShown(q, values, byCode))
            .map((q) => {
              const check = problems[q.code];
              const error = check ? messageOf(q.code, check) : serverMessage(q.code);
              return (
                <div key={q.code} id={`question-${q.code}`}>
                  <QuestionField
                    question={q}
                    value={values[q.code]}
                    onChange={(value) => change(q.code, value)}
                    countries={countries}
                    error={error}
                    renderAttachment={(frame) => (
                      <FileUploadField
                        id={frame.id}
                        label={q.label}
                        help={q.help ?? undefined}
                        required={q.required}
                        error={error}
                        requestId={draft.id}
                        files={attachmentsOf(values[q.code], files)}
                        busy={busy}
                        uploadError={fileErrors[q.code]}
                        onUpload={(file) => void uploadFile(q.code, file)}
                        onRemove={(attachment) => void removeFile(q.code, attachment)}
                      />
                    )}
                  />
                </div>
              );
            })}
        </section>
      ))}
      <div className="openimi-narrow">
        <SelectField
          id="text-language"
          label={t('requests.compose.language.label')}
          help={t('requests.compose.language.help')}
          options={options.uiLanguages}
          value={language}
          onChange={(value) => {
            dirty.current = true;
            setLanguage(value);
          }}
          error={fieldErrorsByPointer(ctx.problem)['/language']}
        />
      </div>
      <WizardActions saved={ctx.saved} busy={busy} onBack={() => ctx.leaveTo('recipient')} onSaveDraft={() => void saveDraft()} />
    </form>
  );
}
