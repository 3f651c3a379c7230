import type { Procedure } from '../catalogue/schema.js';
import type { Side, Standing } from './access.js';
import type { RequestDetail } from './schema.js';
import { snapshotOfRow, type RequestRow } from './store.js';
import { allowedActions, FINAL_STATES, type ActorSide, type RequestOptions, type RequestState } from './workflow.js';

/**
 * What a reader may do with a request besides the workflow's actions: edit a side's answers,
 * allocate, move deadlines, comment, attach. Pure; the service enforces exactly these rules and
 * the request page offers exactly these controls.
 */
export function optionsOf(definition: Procedure): RequestOptions {
  if (definition.workflow.type !== 'request') throw new Error(`${definition.code} is not a request procedure`);
  const { forward, clarification, contest, escalation } = definition.workflow;
  return { forward, clarification, contest, escalation, rejectReasons: definition.messages.reject ?? [] };
}

const OPEN: readonly RequestState[] = ['sent', 'awaiting-reassignment', 'accepted', 'awaiting-information', 'answered'];

/** The section a side fills in, and when. */
export function editableSection(state: RequestState, side: Side): 'sender' | 'receiver' | null {
  if (side === 'requester' && state === 'draft') return 'sender';
  if (side === 'receiver' && (state === 'accepted' || state === 'awaiting-information')) return 'receiver';
  return null;
}

/** When a side may add documents: the requester while drafting and while the request is open, the receiver while working on it. */
export function mayAttach(state: RequestState, side: Side): boolean {
  if (side === 'requester') return state === 'draft' || OPEN.includes(state);
  return state === 'accepted' || state === 'awaiting-information';
}

export const mayComment = (state: RequestState) => OPEN.includes(state);
/** Deadlines apply while waiting for acceptance or for the answer. */
export const mayAdjustDeadlines = (state: RequestState) => state === 'sent' || state === 'awaiting-reassignment' || state === 'accepted' || state === 'awaiting-information';

export function viewerCapabilities(row: RequestRow, standing: Standing, options: RequestOptions): RequestDetail['viewer'] {
  const snapshot = snapshotOfRow(row);
  const actingSides: ActorSide[] = [
    ...standing.actsFor,
    ...standing.sides.filter((s): s is 'requester-coordinator' | 'receiver-coordinator' => s === 'requester-coordinator' || s === 'receiver-coordinator'),
  ];
  const actions = [...new Set(actingSides.flatMap((side) => allowedActions(snapshot, side, options)))];
  // `send` needs a receiver; the draft's check explains what is missing when it is tried.
  const editable = [...new Set(standing.actsFor.map((s) => editableSection(row.state, s)).filter((s): s is 'sender' | 'receiver' => s !== null))];
  return {
    sides: standing.sides,
    actions,
    editable,
    canEditDraft: row.state === 'draft' && standing.actsFor.includes('requester'),
    canAllocate: standing.allocates.some((s) => s === 'requester' || row.state !== 'draft') && !FINAL_STATES.includes(row.state),
    canAdjustDeadlines: standing.actsFor.length > 0 && mayAdjustDeadlines(row.state),
    canComment: standing.actsFor.length > 0 && mayComment(row.state),
    canAttach: standing.actsFor.some((s) => mayAttach(row.state, s)),
    canDelete: row.state === 'draft' && standing.actsFor.includes('requester'),
  };
}
