import type { SectionView } from '../../../api/catalogue';
import { isApiError } from '../../../api/problem';
import type { RequestDetail } from '../../../api/requests';
import { checkAnswers, senderSections, valuesFromDraft } from './answers';

/** The compose wizard's steps, in order. */
export const STEPS = ['procedure', 'recipient', 'questions', 'attachments', 'review'] as const;
export type StepId = (typeof STEPS)[number];

export function stepNumber(step: StepId): number {
  return STEPS.indexOf(step) + 1;
}

export function nextStep(step: StepId): StepId {
  return STEPS[Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1)]!;
}

export function previousStep(step: StepId): StepId {
  return STEPS[Math.max(STEPS.indexOf(step) - 1, 0)]!;
}

export function isStep(value: unknown): value is StepId {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

type DraftProgress = Pick<RequestDetail, 'receiver' | 'answers' | 'attachments'>;

/**
 * Where a draft resumes: the first step that still lacks something the request needs before it
 * can be sent (no draft yet, no recipient, a required question unanswered or a sender section
 * never opened), else the review. Further documents are optional, so that step is never "incomplete".
 */
export function firstIncompleteStep(draft: DraftProgress | null | undefined, sections: readonly SectionView[]): StepId {
  if (!draft) return 'procedure';
  if (!draft.receiver) return 'recipient';
  const sender = senderSections(sections);
  const hasQuestions = sender.some((s) => s.questions.length > 0);
  const answered = draft.answers.some((a) => a.by === 'sender');
  if (hasQuestions && !answered) return 'questions';
  const values = valuesFromDraft(draft.answers, sections, draft.attachments);
  if (Object.keys(checkAnswers(values, sections)).length > 0) return 'questions';
  return 'review';
}

/** The step whose field a problem's JSON pointer (into the request body or the draft) is about. */
export function stepOfPointer(pointer: string): StepId | null {
  const head = pointer.split('/')[1] ?? '';
  switch (head) {
    case 'procedure':
    case 'subject':
    case 'requesterAuthority':
      return 'procedure';
    case 'receiverAuthority':
    case 'receiver':
    case 'commission':
      return 'recipient';
    case 'answers':
    case 'language':
      return 'questions';
    case 'attachments':
    case 'file':
      return 'attachments';
    default:
      return null;
  }
}

/** The earliest step a refusal points at (a send refused for an unanswered question → the questions), or null. */
export function stepOfProblem(error: unknown): StepId | null {
  if (!isApiError(error)) return null;
  const steps = error.errors.map((e) => stepOfPointer(e.pointer)).filter((s): s is StepId => s !== null);
  // Refusals about the recipient (none chosen, same country, not competent) come without a field.
  if (error.code.startsWith('request-receiver')) steps.push('recipient');
  if (steps.length === 0) return null;
  return steps.reduce((a, b) => (STEPS.indexOf(a) <= STEPS.indexOf(b) ? a : b));
}

/** The address of the wizard on a draft, so a reload (or the inbox's Drafts tab) resumes it. */
export function composeHref(draftId?: string): string {
  return draftId ? `/requests/new?draft=${encodeURIComponent(draftId)}` : '/requests/new';
}
