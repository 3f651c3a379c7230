/**
 * The information-request workflow as pure functions (docs/ARCHITECTURE.md, "Workflows are data,
 * logic is pure"): `decide(request, action, actor, options)` returns the one event an action
 * produces, or a typed refusal; `evolve(request, event)` applies an event. The HTTP layer loads the
 * request, authorizes the actor's role, calls `decide`, and persists the event, the new state and
 * its audit entry in one transaction. Nothing here reads the clock or the database.
 *
 *   draft → sent → accepted → answered → closed
 *             ↘ rejected      ↖ contested (back to accepted)
 *   sent/accepted → forwarded (sent again, to another authority of the receiver's country)
 *   sent → awaiting-reassignment (forwarded to the receiver's coordinator) → sent (reassigned)
 *   accepted → awaiting-information → accepted (the requester provides it)
 *   sent/accepted/awaiting-information → withdrawn (by the requester, before an answer)
 *   any open state: escalated by either side to its coordinators (a flag, not a state)
 */
export const REQUEST_STATES = [
  'draft', 'sent', 'awaiting-reassignment', 'accepted', 'awaiting-information', 'answered', 'closed', 'rejected', 'withdrawn',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const FINAL_STATES: readonly RequestState[] = ['closed', 'rejected', 'withdrawn'];

/** The options of the procedure's `request` workflow (catalogue/…/area.json). */
export interface RequestOptions {
  forward: boolean;
  clarification: boolean;
  contest: boolean;
  escalation: boolean;
  /** Codes of the procedure's standard reasons to reject (`messages.reject`). */
  rejectReasons: readonly string[];
}

export interface RequestSnapshot {
  state: RequestState;
  requesterAuthority: string;
  receiverAuthority: string;
  receiverCountry: string;
  /** Which sides have escalated to their coordinators. */
  escalatedBy: ReadonlyArray<'requester' | 'receiver'>;
}

/**
 * How the actor stands to this request, as the shell has established it from the actor's
 * memberships and mandates: a member of the requesting or the receiving authority, a coordinator
 * of the requester's or the receiver's country, or anyone else.
 */
export type ActorSide = 'requester' | 'receiver' | 'requester-coordinator' | 'receiver-coordinator' | 'outsider';

export type RequestAction =
  | { type: 'send' }
  | { type: 'accept' }
  | { type: 'reject'; reason: string }
  | { type: 'forward'; to: { authority: string; country: string } }
  | { type: 'forward-to-coordinator' }
  | { type: 'reassign'; to: { authority: string; country: string } }
  | { type: 'request-information'; message: string }
  | { type: 'provide-information'; message: string }
  | { type: 'answer' }
  | { type: 'contest'; comment: string }
  | { type: 'close' }
  | { type: 'withdraw'; reason: string }
  | { type: 'escalate'; ground: 'disagreement' | 'lateness' };

export type RequestEvent =
  | { type: 'sent' }
  | { type: 'accepted' }
  | { type: 'rejected'; reason: string }
  | { type: 'forwarded'; from: string; to: string }
  | { type: 'forwarded-to-coordinator'; from: string }
  | { type: 'reassigned'; to: string }
  | { type: 'information-requested'; message: string }
  | { type: 'information-provided'; message: string }
  | { type: 'answered' }
  | { type: 'contested'; comment: string }
  | { type: 'closed' }
  | { type: 'withdrawn'; reason: string }
  | { type: 'escalated'; side: 'requester' | 'receiver'; ground: 'disagreement' | 'lateness' };

export type RefusalCode =
  | 'not-a-participant'
  | 'wrong-side'
  | 'not-in-this-state'
  | 'not-offered-by-procedure'
  | 'unknown-reason'
  | 'text-required'
  | 'same-authority'
  | 'other-country'
  | 'already-escalated'
  | 'not-escalated';

export type Decision = { ok: true; event: RequestEvent } | { ok: false; refusal: RefusalCode; allowedIn?: readonly RequestState[] };

/** Per action: who may take it, in which states, and the procedure option it needs. */
const RULES: Record<RequestAction['type'], { sides: readonly ActorSide[]; states: readonly RequestState[]; option?: keyof Omit<RequestOptions, 'rejectReasons'> }> = {
  send: { sides: ['requester'], states: ['draft'] },
  accept: { sides: ['receiver'], states: ['sent'] },
  reject: { sides: ['receiver'], states: ['sent'] },
  forward: { sides: ['receiver'], states: ['sent', 'accepted'], option: 'forward' },
  'forward-to-coordinator': { sides: ['receiver'], states: ['sent'], option: 'forward' },
  reassign: { sides: ['receiver-coordinator'], states: ['sent', 'awaiting-reassignment', 'accepted', 'awaiting-information'] },
  'request-information': { sides: ['receiver'], states: ['accepted'], option: 'clarification' },
  'provide-information': { sides: ['requester'], states: ['awaiting-information'] },
  answer: { sides: ['receiver'], states: ['accepted'] },
  contest: { sides: ['requester'], states: ['answered'], option: 'contest' },
  close: { sides: ['requester'], states: ['answered'] },
  withdraw: { sides: ['requester'], states: ['sent', 'awaiting-reassignment', 'accepted', 'awaiting-information'] },
  escalate: { sides: ['requester', 'receiver'], states: ['sent', 'awaiting-reassignment', 'accepted', 'awaiting-information', 'answered'], option: 'escalation' },
};

const refuse = (refusal: RefusalCode, allowedIn?: readonly RequestState[]): Decision => ({ ok: false, refusal, ...(allowedIn ? { allowedIn } : {}) });
const hasText = (s: string) => s.trim().length > 0;

export function decide(request: RequestSnapshot, action: RequestAction, side: ActorSide, options: RequestOptions): Decision {
  const rule = RULES[action.type];
  if (side === 'outsider') return refuse('not-a-participant');
  if (!rule.sides.includes(side)) return refuse('wrong-side');
  if (rule.option && !options[rule.option]) return refuse('not-offered-by-procedure');
  if (!rule.states.includes(request.state)) return refuse('not-in-this-state', rule.states);

  switch (action.type) {
    case 'send':
      return { ok: true, event: { type: 'sent' } };
    case 'accept':
      return { ok: true, event: { type: 'accepted' } };
    case 'reject':
      return options.rejectReasons.includes(action.reason) ? { ok: true, event: { type: 'rejected', reason: action.reason } } : refuse('unknown-reason');
    case 'forward':
    case 'reassign': {
      if (action.to.country !== request.receiverCountry) return refuse('other-country');
      if (action.to.authority === request.receiverAuthority || action.to.authority === request.requesterAuthority) return refuse('same-authority');
      if (action.type === 'reassign') {
        // A coordinator steps in when the receiver asked it to, or when a side escalated.
        if (request.state !== 'awaiting-reassignment' && request.escalatedBy.length === 0) return refuse('not-escalated');
        return { ok: true, event: { type: 'reassigned', to: action.to.authority } };
      }
      return { ok: true, event: { type: 'forwarded', from: request.receiverAuthority, to: action.to.authority } };
    }
    case 'forward-to-coordinator':
      return { ok: true, event: { type: 'forwarded-to-coordinator', from: request.receiverAuthority } };
    case 'request-information':
      return hasText(action.message) ? { ok: true, event: { type: 'information-requested', message: action.message } } : refuse('text-required');
    case 'provide-information':
      return hasText(action.message) ? { ok: true, event: { type: 'information-provided', message: action.message } } : refuse('text-required');
    case 'answer':
      return { ok: true, event: { type: 'answered' } };
    case 'contest':
      return hasText(action.comment) ? { ok: true, event: { type: 'contested', comment: action.comment } } : refuse('text-required');
    case 'close':
      return { ok: true, event: { type: 'closed' } };
    case 'withdraw':
      return hasText(action.reason) ? { ok: true, event: { type: 'withdrawn', reason: action.reason } } : refuse('text-required');
    case 'escalate': {
      const s = side as 'requester' | 'receiver';
      if (request.escalatedBy.includes(s)) return refuse('already-escalated');
      return { ok: true, event: { type: 'escalated', side: s, ground: action.ground } };
    }
  }
}

/** The request after an event. Total over the events `decide` can produce from the request. */
export function evolve(request: RequestSnapshot, event: RequestEvent): RequestSnapshot {
  switch (event.type) {
    case 'sent':
      return { ...request, state: 'sent' };
    case 'accepted':
      return { ...request, state: 'accepted' };
    case 'rejected':
      return { ...request, state: 'rejected' };
    case 'forwarded':
      // The new receiver starts afresh: it has to accept, and nobody has escalated with it yet.
      return { ...request, state: 'sent', receiverAuthority: event.to, escalatedBy: [] };
    case 'forwarded-to-coordinator':
      return { ...request, state: 'awaiting-reassignment' };
    case 'reassigned':
      return { ...request, state: 'sent', receiverAuthority: event.to, escalatedBy: [] };
    case 'information-requested':
      return { ...request, state: 'awaiting-information' };
    case 'information-provided':
      return { ...request, state: 'accepted' };
    case 'answered':
      return { ...request, state: 'answered' };
    case 'contested':
      return { ...request, state: 'accepted' };
    case 'closed':
      return { ...request, state: 'closed' };
    case 'withdrawn':
      return { ...request, state: 'withdrawn' };
    case 'escalated':
      return { ...request, escalatedBy: [...request.escalatedBy, event.side] };
  }
}

/** The actions this side may take now: what the request page offers, and nothing else. */
export function allowedActions(request: RequestSnapshot, side: ActorSide, options: RequestOptions): Array<RequestAction['type']> {
  return (Object.keys(RULES) as Array<RequestAction['type']>).filter((type) => {
    const rule = RULES[type];
    if (side === 'outsider' || !rule.sides.includes(side) || !rule.states.includes(request.state)) return false;
    if (rule.option && !options[rule.option]) return false;
    if (type === 'escalate') return !request.escalatedBy.includes(side as 'requester' | 'receiver');
    if (type === 'reassign') return request.state === 'awaiting-reassignment' || request.escalatedBy.length > 0;
    if (type === 'reject') return options.rejectReasons.length > 0;
    return true;
  });
}

/** The sides that may take an action at all (which of the actor's standings the shell decides under). */
export function sidesAllowed(type: RequestAction['type']): readonly ActorSide[] {
  return RULES[type].sides;
}
