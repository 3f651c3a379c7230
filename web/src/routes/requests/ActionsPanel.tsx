import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureView } from '../../api/catalogue';
import { ACTION_TYPES, isConflict, useAct, type ActionType, type RequestDetail } from '../../api/requests';
import { Notification } from '../../components/Notification';
import { ActionFields } from './ActionFields';
import type { AnswerFormStatus } from './ReceiverAnswerForm';
import { WriteProblem } from './WriteProblem';
import { ACTION_INPUT, buildAction, DESTRUCTIVE, EMPTY_DRAFT, unsentTexts, type ActionDraft, type ActionProblem } from './action-input';
import type { ChosenAuthority } from './AuthorityChoice';

interface ActionsPanelProps {
  request: RequestDetail;
  procedure: ProcedureView | undefined;
  answerStatus: AnswerFormStatus | null;
  onConflict: () => void;
}

const PRIMARY: ReadonlySet<ActionType> = new Set<ActionType>(['send', 'accept', 'answer', 'provide-information', 'close']);

/**
 * Exactly the actions the API offers this reader now (`viewer.actions`), each a button; those
 * that need more open a small form. What was typed stays in this panel's state, so a refusal
 * because someone else acted first loses nothing.
 */
export function ActionsPanel({ request, procedure, answerStatus, onConflict }: ActionsPanelProps) {
  const { t } = useTranslation();
  const act = useAct(request.id);
  const offered = request.viewer.actions.filter((a): a is ActionType => (ACTION_TYPES as readonly string[]).includes(a));
  const [open, setOpen] = useState<ActionType | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<ActionType, ActionDraft>>>({});
  const [targets, setTargets] = useState<Partial<Record<ActionType, ChosenAuthority>>>({});
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<ActionProblem>(null);
  const [blocked, setBlocked] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const current = open && offered.includes(open) ? open : null;
  const leftovers = unsentTexts(drafts, offered);

  const draftOf = (type: ActionType) => drafts[type] ?? EMPTY_DRAFT;
  const edit = (type: ActionType) => (patch: Partial<ActionDraft>) => {
    setProblem(null);
    setDrafts((d) => ({ ...d, [type]: { ...(d[type] ?? EMPTY_DRAFT), ...patch } }));
  };

  function reset() {
    act.reset();
    setProblem(null);
    setBlocked(null);
    setConfirming(false);
    setDone(false);
  }

  function run(type: ActionType) {
    if (type === 'answer' && answerStatus?.dirty) return setBlocked(t('requests.actions.saveAnswersFirst'));
    if (type === 'answer' && answerStatus && answerStatus.missing > 0) return setBlocked(t('requests.actions.answersMissing', { count: answerStatus.missing }));
    const built = buildAction(type, draftOf(type));
    if ('missing' in built) return setProblem(built.missing);
    if (DESTRUCTIVE.has(type) && !confirming) return setConfirming(true);
    act.mutate(
      { version: request.version, action: built.action },
      {
        onSuccess: () => {
          setDrafts((d) => ({ ...d, [type]: undefined }));
          setOpen(null);
          setConfirming(false);
          setDone(true);
        },
        onError: (error) => {
          setConfirming(false);
          if (isConflict(error)) onConflict();
        },
      },
    );
  }

  function choose(type: ActionType) {
    reset();
    if (ACTION_INPUT[type] === 'none' && !DESTRUCTIVE.has(type)) {
      setOpen(null);
      run(type);
    } else {
      setOpen(type);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (current) run(current);
  }

  return (
    <section aria-labelledby="request-actions" className="openimi-panel ecl-u-mb-xl">
      <h2 className="openimi-panel__title" id="request-actions">
        {t('requests.actions.title')}
      </h2>
      {done && <Notification variant="success" role="status" className="ecl-u-mb-m" title={t('requests.actions.done', { state: t(`requests.state.${request.state}`) })} />}
      {blocked && <Notification variant="warning" role="alert" className="ecl-u-mb-m" title={blocked} />}
      <WriteProblem error={act.error} className="ecl-u-mb-m" />
      {offered.length === 0 ? (
        <p className="ecl-u-type-paragraph ecl-u-mv-none">{t('requests.actions.none')}</p>
      ) : (
        <div className="openimi-actions">
          {offered.map((type) => (
            <button
              key={type}
              type="button"
              className={`ecl-button ${PRIMARY.has(type) ? 'ecl-button--primary' : 'ecl-button--secondary'}`}
              aria-expanded={ACTION_INPUT[type] === 'none' && !DESTRUCTIVE.has(type) ? undefined : current === type}
              aria-controls={ACTION_INPUT[type] === 'none' && !DESTRUCTIVE.has(type) ? undefined : 'action-form'}
              disabled={act.isPending}
              onClick={() => choose(type)}
            >
              {t(`requests.action.${type}`)}
            </button>
          ))}
        </div>
      )}
      {current && (
        <form id="action-form" className="openimi-action-form ecl-u-mt-l" onSubmit={submit} noValidate aria-labelledby="action-form-title">
          <h3 className="openimi-panel__subtitle" id="action-form-title">
            {t(`requests.action.${current}`)}
          </h3>
          <p className="ecl-u-type-paragraph-s">{t(`requests.actionHelp.${current}`)}</p>
          <ActionFields
            type={current}
            request={request}
            procedure={procedure}
            draft={draftOf(current)}
            onChange={edit(current)}
            target={targets[current] ?? null}
            onTarget={(chosen) => {
              setTargets((c) => ({ ...c, [current]: chosen }));
              edit(current)({ target: chosen.id });
            }}
            problem={problem}
          />
          {confirming ? (
            <Notification variant="warning" role="alert" className="ecl-u-mb-m" title={t(`requests.confirm.${current}`)}>
              <div className="openimi-actions ecl-u-mt-s">
                <button type="submit" className="ecl-button ecl-button--primary" disabled={act.isPending}>
                  {t('requests.confirm.yes', { action: t(`requests.action.${current}`) })}
                </button>
                <button type="button" className="ecl-button ecl-button--secondary" onClick={() => setConfirming(false)}>
                  {t('requests.confirm.no')}
                </button>
              </div>
            </Notification>
          ) : (
            <div className="openimi-actions">
              <button type="submit" className="ecl-button ecl-button--primary" disabled={act.isPending}>
                {t(`requests.action.${current}`)}
              </button>
              <button type="button" className="ecl-button ecl-button--secondary" onClick={() => setOpen(null)}>
                {t('web.action.cancel')}
              </button>
            </div>
          )}
        </form>
      )}
      {leftovers.map(({ action, text }) => (
        <details key={action} className="ecl-u-mt-l" open>
          <summary className="ecl-u-type-paragraph-s">{t('requests.actions.unsent', { action: t(`requests.action.${action}`) })}</summary>
          <textarea className="ecl-text-area ecl-text-area--l ecl-u-mt-xs" readOnly rows={4} value={text} aria-label={t('requests.actions.unsent', { action: t(`requests.action.${action}`) })} />
          <button type="button" className="ecl-button ecl-button--ghost" onClick={() => setDrafts((d) => ({ ...d, [action]: undefined }))}>
            {t('requests.actions.discard')}
          </button>
        </details>
      ))}
    </section>
  );
}
