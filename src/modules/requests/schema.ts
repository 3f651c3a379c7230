import { z } from 'zod';
import { REQUEST_STATES } from './workflow.js';

/**
 * The HTTP contracts of information requests (docs/API.md, "Information requests"). Every
 * structured text (procedure, questions, options, standard reasons) is resolved by the client
 * from the procedure version the request was created with (GET /catalogue/procedures/:code/versions/:n),
 * so the same request reads in each participant's own language; free text comes with its language.
 */
const uuid = z.uuid();
const language = z.string().regex(/^[a-z]{2}$/, 'a two-letter language code');
const freeText = (max: number) => z.string().trim().min(1).max(max);

export const idParams = z.object({ id: uuid });
export const attachmentParams = z.object({ id: uuid, attachmentId: uuid });

/** One answer, by question type: yes-no 'yes'|'no'; single-choice, country, profession a code; multiple-choice and attachment a list; date YYYY-MM-DD; number; text. */
export const answerValue = z.union([z.string().max(20_000), z.number(), z.array(z.string().max(100)).max(100)]);
export type AnswerValue = z.infer<typeof answerValue>;
/** question code → value, or null to clear it. */
export const answersInput = z.record(z.string().max(60), answerValue.nullable());

export const createRequestInput = z.object({
  procedure: z.string().max(60),
  /** The authority the caller acts for; may be omitted when the caller belongs to exactly one. */
  requesterAuthority: uuid.optional(),
  subject: freeText(200),
  /** The language the caller writes free text in; defaults to the caller's preferred language. */
  language: language.optional(),
  receiverAuthority: uuid.nullable().optional(),
  /** Include the Commission, where the procedure makes that optional. */
  commission: z.boolean().optional(),
  answers: answersInput.optional(),
});

export const updateRequestInput = z.object({
  version: z.number().int().positive(),
  /** Draft only (requester). */
  subject: freeText(200).optional(),
  receiverAuthority: uuid.nullable().optional(),
  commission: z.boolean().optional(),
  language: language.optional(),
  /** The requester's questions while a draft; the receiver's questions while accepted. */
  answers: answersInput.optional(),
});

const target = z.object({ authority: uuid });
export const actionInput = z.object({
  version: z.number().int().positive(),
  action: z.discriminatedUnion('type', [
    z.object({ type: z.literal('send') }),
    z.object({ type: z.literal('accept') }),
    z.object({ type: z.literal('reject'), reason: z.string().max(60), comment: z.string().trim().max(4000).optional() }),
    z.object({ type: z.literal('forward'), to: target, comment: z.string().trim().max(4000).optional() }),
    z.object({ type: z.literal('forward-to-coordinator'), comment: z.string().trim().max(4000).optional() }),
    z.object({ type: z.literal('reassign'), to: target, comment: z.string().trim().max(4000).optional() }),
    z.object({ type: z.literal('request-information'), message: z.string().max(8000) }),
    z.object({ type: z.literal('provide-information'), message: z.string().max(8000) }),
    z.object({ type: z.literal('answer') }),
    z.object({ type: z.literal('contest'), comment: z.string().max(8000) }),
    z.object({ type: z.literal('close') }),
    z.object({ type: z.literal('withdraw'), reason: z.string().max(8000) }),
    z.object({ type: z.literal('escalate'), ground: z.enum(['disagreement', 'lateness']), comment: z.string().trim().max(4000).optional() }),
  ]),
  /** The language of the free text in this action; defaults to the caller's preferred language. */
  language: language.optional(),
});
export type ActionInput = z.infer<typeof actionInput>;

export const commentInput = z.object({ text: freeText(8000), language: language.optional() });
export const allocationInput = z.object({ version: z.number().int().positive(), handler: uuid.nullable() });
export const deadlineInput = z.object({
  version: z.number().int().positive(),
  kind: z.enum(['accept', 'answer']),
  /** The new deadline, a calendar day (end of that day, UTC). */
  date: z.iso.date(),
  reason: freeText(2000),
  language: language.optional(),
});

export const SIDES = ['requester', 'receiver', 'requester-coordinator', 'receiver-coordinator', 'commission'] as const;
export const BOXES = ['incoming', 'outgoing', 'drafts', 'coordination'] as const;

export const listQuery = z.object({
  box: z.enum(BOXES).default('incoming'),
  state: z.enum(REQUEST_STATES).optional(),
  procedure: z.string().max(60).optional(),
  /** Only requests whose next deadline is on or before this day. */
  deadlineBefore: z.iso.date().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Handlers' own queue: `me`; allocators' queue: `unassigned`. */
  assigned: z.enum(['me', 'unassigned']).optional(),
  /** Limit to one of the caller's authorities. */
  authority: uuid.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListQuery = z.infer<typeof listQuery>;

const party = z.object({ id: z.string(), name: z.string(), country: z.string() });
const person = z.object({ id: z.string(), name: z.string() });
const deadline = z.object({ kind: z.enum(['accept', 'answer']), at: z.string(), overdue: z.boolean() });

export const requestSummary = z.object({
  id: z.string(),
  reference: z.string(),
  subject: z.string(),
  subjectLanguage: z.string(),
  procedure: z.object({ code: z.string(), version: z.number().int() }),
  state: z.enum(REQUEST_STATES),
  /** How the caller stands to it: which box it is in. */
  box: z.enum(BOXES),
  requester: party,
  receiver: party.nullable(),
  handler: person.nullable(),
  /** The deadline that applies now (to accept while sent, to answer while accepted). */
  deadline: deadline.nullable(),
  escalated: z.boolean(),
  /** Something the caller may do now (accept, answer, close, provide information...). */
  needsAction: z.boolean(),
  updatedAt: z.string(),
});

export const requestList = z.object({
  items: z.array(requestSummary),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  /** How many requests each box holds for the caller, and how many of them are overdue, unfiltered. */
  counts: z.object({
    incoming: z.number().int(),
    outgoing: z.number().int(),
    drafts: z.number().int(),
    coordination: z.number().int(),
    overdue: z.number().int(),
    needsAction: z.number().int(),
  }),
});

export const answerView = z.object({
  question: z.string(),
  value: answerValue,
  /** The language of a free-text answer (text, long-text). */
  language: z.string().nullable(),
  by: z.enum(['sender', 'receiver']),
});

export const attachmentView = z.object({
  id: z.string(),
  filename: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  sha256: z.string(),
  /** The question it answers, or null for a document attached to the request. */
  question: z.string().nullable(),
  side: z.enum(['requester', 'receiver']),
  uploadedBy: person,
  uploadedAt: z.string(),
});

export const timelineEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  /** created, sent, accepted, rejected, forwarded, forwarded-to-coordinator, reassigned, information-requested,
   * information-provided, answered, contested, closed, withdrawn, escalated, commented, allocated,
   * deadline-changed, attachment-added, attachment-removed, reminder, overdue */
  type: z.string(),
  side: z.enum(SIDES).nullable(),
  actor: person.nullable(),
  authority: party.nullable(),
  /** Structured details: reason (a standard-message code), ground, to/from authority, handler, kind, deadline, filename. */
  details: z.record(z.string(), z.unknown()),
  /** Free text written with the event, and its language. */
  text: z.string().nullable(),
  textLanguage: z.string().nullable(),
});

export const requestDetail = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number().int(),
  state: z.enum(REQUEST_STATES),
  procedure: z.object({ code: z.string(), version: z.number().int(), area: z.string() }),
  subject: z.string(),
  subjectLanguage: z.string(),
  requester: party,
  receiver: party.nullable(),
  requesterHandler: person.nullable(),
  receiverHandler: person.nullable(),
  commission: z.boolean(),
  deadlines: z.object({ accept: z.string().nullable(), answer: z.string().nullable() }),
  /** The deadline that applies now, if any, and whether it has passed. */
  deadline: deadline.nullable(),
  escalatedBy: z.array(z.enum(['requester', 'receiver'])),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  answers: z.array(answerView),
  attachments: z.array(attachmentView),
  timeline: z.array(timelineEntry),
  /** What the caller may do now: exactly what the page offers. */
  viewer: z.object({
    sides: z.array(z.enum(SIDES)),
    actions: z.array(z.string()),
    /** Which question sections the caller may fill in now. */
    editable: z.array(z.enum(['sender', 'receiver'])),
    canEditDraft: z.boolean(),
    canAllocate: z.boolean(),
    canAdjustDeadlines: z.boolean(),
    canComment: z.boolean(),
    canAttach: z.boolean(),
    canDelete: z.boolean(),
  }),
});
export type RequestDetail = z.infer<typeof requestDetail>;

/** The answer to an action after which the caller no longer takes part (it forwarded or reassigned the request). */
export const handedOver = z.object({ handedOver: z.object({ id: z.string(), reference: z.string(), state: z.enum(REQUEST_STATES), version: z.number().int() }) });

export const handlerCandidates = z.object({ items: z.array(person) });

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  request: z.object({ id: z.string(), reference: z.string(), subject: z.string() }).nullable(),
  /** Parameters of the message `requests.notification.<kind>`. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const notificationList = z.object({ items: z.array(notificationView), unread: z.number().int() });
