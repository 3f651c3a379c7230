import type { ActionType, EscalationGround, RequestAction } from '../../api/requests';

/** What an action asks the person for, besides pressing its button. */
export type ActionInputKind = 'none' | 'reason' | 'target' | 'message' | 'comment' | 'ground';

export const ACTION_INPUT: Record<ActionType, ActionInputKind> = {
  send: 'none',
  accept: 'none',
  answer: 'none',
  close: 'none',
  reject: 'reason',
  forward: 'target',
  reassign: 'target',
  'forward-to-coordinator': 'comment',
  'request-information': 'message',
  'provide-information': 'message',
  contest: 'message',
  withdraw: 'message',
  escalate: 'ground',
};

/** Actions that end the exchange for the other side: asked to confirm first. */
export const DESTRUCTIVE: ReadonlySet<ActionType> = new Set<ActionType>(['reject', 'withdraw', 'close']);

/** What the person has entered for one action. */
export interface ActionDraft {
  text: string;
  reason: string;
  ground: EscalationGround | '';
  target: string;
}

export const EMPTY_DRAFT: ActionDraft = { text: '', reason: '', ground: '', target: '' };

/** The missing input of an action, by field, or none. */
export type ActionProblem = 'text' | 'reason' | 'ground' | 'target' | null;

/**
 * The action to send from what was entered, or what is missing: a required message (request or
 * provide information, contest, withdraw), a standard reason, an authority, a ground. Optional
 * comments are trimmed and left out when empty.
 */
export function buildAction(type: ActionType, draft: ActionDraft): { action: RequestAction } | { missing: Exclude<ActionProblem, null> } {
  const text = draft.text.trim();
  const comment = text ? { comment: text } : {};
  switch (type) {
    case 'send':
    case 'accept':
    case 'answer':
    case 'close':
      return { action: { type } };
    case 'reject':
      return draft.reason ? { action: { type, reason: draft.reason, ...comment } } : { missing: 'reason' };
    case 'forward':
    case 'reassign':
      return draft.target ? { action: { type, to: { authority: draft.target }, ...comment } } : { missing: 'target' };
    case 'forward-to-coordinator':
      return { action: { type, ...comment } };
    case 'request-information':
    case 'provide-information':
      return text ? { action: { type, message: text } } : { missing: 'text' };
    case 'contest':
      return text ? { action: { type, comment: text } } : { missing: 'text' };
    case 'withdraw':
      return text ? { action: { type, reason: text } } : { missing: 'text' };
    case 'escalate':
      return draft.ground ? { action: { type, ground: draft.ground, ...comment } } : { missing: 'ground' };
  }
}

/** Texts typed for actions the request no longer offers (someone acted meanwhile): kept to be copied, never dropped. */
export function unsentTexts(drafts: Partial<Record<ActionType, ActionDraft>>, offered: readonly ActionType[]): { action: ActionType; text: string }[] {
  return Object.entries(drafts)
    .filter(([action, draft]) => !offered.includes(action as ActionType) && draft && draft.text.trim() !== '')
    .map(([action, draft]) => ({ action: action as ActionType, text: draft!.text }));
}
