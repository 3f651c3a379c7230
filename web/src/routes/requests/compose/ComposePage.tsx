import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/problem';
import { useMe } from '../../../api/queries';
import {
  isRequestChanged,
  requestKeys,
  useAct,
  useCreateRequest,
  useRequest,
  useRequestProcedure,
  useUpdateRequest,
  type CreateRequestInput,
  type RequestDetail,
  type UpdateRequestInput,
} from '../../../api/requests';
import { Loading } from '../../../components/Loading';
import { Notification } from '../../../components/Notification';
import { Page } from '../../../components/Page';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { AttachmentsStep } from './AttachmentsStep';
import { randomUuid } from './idempotency';
import { ProcedureStep } from './ProcedureStep';
import { QuestionsStep } from './QuestionsStep';
import { RecipientStep } from './RecipientStep';
import { ReviewStep } from './ReviewStep';
import type { LeaveGuard, StepContext } from './step-context';
import { StepIndicator } from './StepIndicator';
import { composeHref, firstIncompleteStep, STEPS, stepNumber, stepOfProblem, type StepId } from './steps';

type Notice = 'saved' | 'conflict' | null;

/**
 * Composing an information request, step by step: procedure → recipient found in the directory →
 * questions → further documents → review and send. The draft exists on the server from the first
 * Continue on (its id in the address, so a reload or the inbox's Drafts tab resumes it at the first
 * incomplete step); every save sends the version of the last answer, and a 409 reloads the draft.
 */
export function ComposePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const draftId = params.get('draft') || undefined;
  const me = useMe();
  const draft = useRequest(draftId);
  const procedure = useRequestProcedure(draft.data?.procedure.code, draft.data?.procedure.version, i18n.language);
  const create = useCreateRequest();
  const update = useUpdateRequest(draftId ?? '');
  const act = useAct(draftId ?? '');

  // One key for the one draft this wizard creates: a double click, or a retry after a lost answer, never makes two.
  const [idempotencyKey, setIdempotencyKey] = useState(() => randomUuid());
  const [chosenStep, setChosenStep] = useState<StepId | null>(null);
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [createdId, setCreatedId] = useState<string | undefined>(undefined);
  const [trackedDraft, setTrackedDraft] = useState(draftId);
  const [sent, setSent] = useState(false);
  const leaveGuard = useRef<LeaveGuard | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const conflictNotice = useRef<HTMLDivElement>(null);
  const shownStep = useRef<StepId | null>(null);
  const problemRef = useRef<unknown>(null);
  problemRef.current = problem;

  // Another draft, or a new request, opened in the same page (a link from the inbox or the menu): start over.
  // The draft this wizard has just created is not another one: the wizard goes on with it.
  if (trackedDraft !== draftId) {
    setTrackedDraft(draftId);
    if (!draftId || draftId !== createdId) {
      setChosenStep(null);
      setNotice(null);
      setProblem(null);
      setIdempotencyKey(randomUuid());
      setCreatedId(undefined);
    }
  }

  const loaded = draft.data && procedure.data ? { draft: draft.data, procedure: procedure.data } : null;
  const resumeAt = loaded ? firstIncompleteStep(loaded.draft, loaded.procedure.sections) : null;
  // A resumed draft opens at its first incomplete step, once; from then on the user moves.
  if (chosenStep === null && (draftId ? resumeAt : 'procedure')) setChosenStep(draftId ? resumeAt : 'procedure');
  const current: StepId | null = chosenStep ?? (draftId ? resumeAt : 'procedure');

  // A new step: focus its heading, so screen readers announce it (unless a refusal brought the user here: its notice takes focus).
  useEffect(() => {
    if (shownStep.current !== null && current !== null && shownStep.current !== current && !problemRef.current) heading.current?.focus();
    if (current !== null) shownStep.current = current;
  }, [current]);

  // After a 409 the button that had focus may be gone or disabled: the notice takes it, and is read out.
  useEffect(() => {
    if (notice === 'conflict') conflictNotice.current?.focus();
  }, [notice, reloads]);

  const busy = create.isPending || update.isPending || act.isPending;

  function latest(): RequestDetail | undefined {
    return (draftId ? queryClient.getQueryData<RequestDetail>(requestKeys.detail(draftId)) : undefined) ?? draft.data;
  }

  async function failed(error: unknown): Promise<void> {
    if (isRequestChanged(error)) {
      // Someone (or another window) changed the draft: show what the server has now, and say so.
      await draft.refetch();
      setReloads((n) => n + 1);
      setNotice('conflict');
    } else {
      setProblem(error);
    }
  }

  async function save(changes: Omit<UpdateRequestInput, 'version'>): Promise<boolean> {
    const base = latest();
    if (!base) return false;
    setProblem(null);
    setNotice(null);
    try {
      await update.mutateAsync({ version: base.version, ...changes });
      return true;
    } catch (error) {
      await failed(error);
      return false;
    }
  }

  function goTo(step: StepId) {
    setProblem(null);
    setNotice(null);
    setChosenStep(step);
  }

  async function leaveTo(step: StepId) {
    if (leaveGuard.current && !(await leaveGuard.current())) return;
    goTo(step);
  }

  function createDraft(body: CreateRequestInput, stay: boolean) {
    setProblem(null);
    setNotice(null);
    create.mutate(
      { body, key: idempotencyKey },
      {
        onSuccess: (detail) => {
          setCreatedId(detail.id);
          setChosenStep(stay ? 'procedure' : 'recipient');
          if (stay) setNotice('saved');
          void navigate(composeHref(detail.id), { replace: true });
        },
        onError: (error) => {
          // A refusal is final for that body: the corrected one goes with a new key. A lost answer keeps it.
          if (isApiError(error) && error.status >= 400 && error.status < 500) setIdempotencyKey(randomUuid());
          setProblem(error);
        },
      },
    );
  }

  async function updateSubject(subject: string, stay: boolean) {
    const base = latest();
    if (base && subject !== base.subject && !(await save({ subject }))) return;
    if (stay) setNotice('saved');
    else goTo('recipient');
  }

  async function send() {
    const base = latest();
    if (!base) return;
    setProblem(null);
    setNotice(null);
    try {
      const detail = await act.mutateAsync({ version: base.version, action: { type: 'send' } });
      setSent(true);
      void navigate(`/requests/${encodeURIComponent(detail.id)}`);
    } catch (error) {
      await failed(error);
      // A refusal about a field (a required question unanswered...) takes the user to the step concerned.
      const step = stepOfProblem(error);
      if (step && !isRequestChanged(error)) setChosenStep(step);
    }
  }

  const title = t('requests.compose.title');
  const meta = draft.data ? t('requests.compose.draftMeta', { reference: draft.data.reference }) : undefined;

  if (draftId && draft.isError) {
    return (
      <Page title={title}>
        <ProblemNotice error={draft.error} />
        <StartOver />
      </Page>
    );
  }
  if (sent) {
    return (
      <Page title={title} meta={meta}>
        <Loading />
      </Page>
    );
  }
  if (draft.data && (draft.data.state !== 'draft' || !draft.data.viewer.canEditDraft)) {
    return (
      <Page title={title} meta={meta}>
        <Notification variant="info" className="ecl-u-mb-l" title={t(draft.data.state === 'draft' ? 'requests.compose.notYours' : 'requests.compose.alreadySent')} />
        <Link className="ecl-link ecl-link--standalone" to={`/requests/${encodeURIComponent(draft.data.id)}`}>
          {t('requests.compose.openRequest', { reference: draft.data.reference })}
        </Link>
      </Page>
    );
  }
  if (draftId && procedure.isError) {
    return (
      <Page title={title} meta={meta}>
        <ProblemNotice error={procedure.error} />
      </Page>
    );
  }

  const firstIncomplete = resumeAt ? STEPS.indexOf(resumeAt) : 0;
  const currentIndex = current ? STEPS.indexOf(current) : 0;
  const ctx: StepContext | null = loaded
    ? {
        ...loaded,
        problem,
        busy,
        save,
        goTo,
        leaveTo: (step) => void leaveTo(step),
        confirmSaved: () => {
          setProblem(null);
          setNotice('saved');
        },
        leaveGuard,
        saved: notice === 'saved',
      }
    : null;

  let body: ReactNode = <Loading />;
  if (current === 'procedure' && me.data && (!draftId || draft.data)) {
    body = (
      <ProcedureStep
        key={`procedure-${draftId ?? 'new'}-${reloads}`}
        me={me.data}
        draft={draft.data ?? null}
        problem={problem}
        busy={busy}
        saved={notice === 'saved'}
        create={createDraft}
        update={(subject, stay) => void updateSubject(subject, stay)}
      />
    );
  } else if (ctx && current && current !== 'procedure') {
    const key = `${current}-${reloads}`;
    body =
      current === 'recipient' ? (
        <RecipientStep key={key} ctx={ctx} />
      ) : current === 'questions' ? (
        <QuestionsStep key={key} ctx={ctx} />
      ) : current === 'attachments' ? (
        <AttachmentsStep key={key} ctx={ctx} />
      ) : (
        <ReviewStep key={key} ctx={ctx} onSend={() => void send()} />
      );
  }

  return (
    <Page title={title} meta={meta}>
      {current && (
        <>
          <StepIndicator
            current={current}
            done={(step) => Boolean(draftId) && STEPS.indexOf(step) < firstIncomplete}
            reachable={(step) => Boolean(loaded) && !busy && STEPS.indexOf(step) <= Math.max(firstIncomplete, currentIndex)}
            onGo={(step) => void leaveTo(step)}
          />
          <h2 ref={heading} tabIndex={-1} className="openimi-step-heading" id="compose-step-title">
            <span className="openimi-step-heading__position">{t('requests.compose.steps.position', { number: stepNumber(current), total: STEPS.length })}</span>
            <span className="ecl-u-sr-only">: </span>
            <span className="openimi-step-heading__title">{t(`requests.compose.step.${current}`)}</span>
          </h2>
        </>
      )}
      {notice === 'conflict' && (
        <div ref={conflictNotice} tabIndex={-1}>
          <Notification variant="warning" role="alert" className="ecl-u-mb-l" title={t('requests.compose.conflict.title')}>
            {t('requests.compose.conflict.text')}
          </Notification>
        </div>
      )}
      <ProblemNotice error={problem} focus />
      {body}
    </Page>
  );
}

function StartOver() {
  const { t } = useTranslation();
  return (
    <Link className="ecl-link ecl-link--standalone" to={composeHref()} reloadDocument>
      {t('requests.compose.startOver')}
    </Link>
  );
}
