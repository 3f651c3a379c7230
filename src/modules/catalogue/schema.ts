import { z } from 'zod';

/**
 * The shape of the catalogue's data files (docs/CATALOGUE.md). Structure files hold codes only;
 * texts are in `i18n/<lang>.json`. Cross-references (legislation, professions, conditions) are
 * checked by the loader, which knows the whole catalogue.
 */
export const CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const code = z.string().max(60).regex(CODE_PATTERN, 'a lower-case kebab-case code such as "pq-alert"');

export const QUESTION_TYPES = [
  'yes-no', 'single-choice', 'multiple-choice', 'date', 'number', 'country',
  'text', 'long-text', 'attachment', 'profession',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const CHOICE_TYPES: readonly QuestionType[] = ['single-choice', 'multiple-choice'];
/** The answers a yes-no question can have, as `showWhen` values. */
export const YES_NO_VALUES = ['yes', 'no'] as const;

export const PARTICIPANT_KINDS = ['competent-authority', 'coordinator', 'alert-coordinator', 'commission', 'applicant'] as const;
export const COMMISSION_ROLES = ['none', 'optional', 'always'] as const;
export const DEADLINE_KINDS = ['accept', 'answer', 'validate', 'broadcast', 'acknowledge', 'review', 'decision'] as const;
export const MESSAGE_GROUPS = ['reject', 'forward', 'withdraw', 'close', 'return', 'clarification', 'acknowledge'] as const;
export const WORKFLOW_TYPES = ['request', 'notification', 'alert', 'repository', 'public-case'] as const;
export type WorkflowType = (typeof WORKFLOW_TYPES)[number];

const distinctCodes = <T extends string>(item: z.ZodType<T>, what: string) =>
  z.array(item).refine((list) => new Set(list).size === list.length, { message: `each ${what} only once` });

export const questionSchema = z
  .strictObject({
    code,
    type: z.enum(QUESTION_TYPES),
    required: z.boolean().default(false),
    options: distinctCodes(code, 'option').min(2).max(30).optional(),
    showWhen: z.strictObject({ question: code, equals: z.array(code).min(1) }).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .superRefine((q, ctx) => {
    const isChoice = CHOICE_TYPES.includes(q.type);
    if (isChoice && !q.options) ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${q.type} question needs its options` });
    if (!isChoice && q.options) ctx.addIssue({ code: 'custom', path: ['options'], message: `only choice questions have options, not ${q.type}` });
    if (q.type !== 'number' && (q.min !== undefined || q.max !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: 'min and max apply to number questions only' });
    }
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) ctx.addIssue({ code: 'custom', path: ['max'], message: 'max is below min' });
  });
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z.strictObject({
  code,
  by: z.enum(['sender', 'receiver']),
  questions: z.array(questionSchema).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

const recipientsOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).min(1).refine((l) => new Set(l).size === l.length, { message: 'each recipient kind only once' });

export const workflowSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('request'),
    forward: z.boolean(),
    clarification: z.boolean(),
    contest: z.boolean(),
    escalation: z.boolean(),
  }),
  z.strictObject({
    type: z.literal('notification'),
    acknowledge: z.boolean(),
    comments: z.boolean(),
    passOn: z.boolean(),
    recipients: recipientsOf(['authorities', 'countries', 'all-countries', 'commission'] as const),
  }),
  z.strictObject({
    type: z.literal('alert'),
    outgoingValidation: z.boolean(),
    incomingDistribution: z.boolean(),
    banEndDate: z.boolean(),
    recipients: recipientsOf(['countries', 'all-countries', 'commission'] as const),
  }),
  z.strictObject({
    type: z.literal('repository'),
    readers: z.enum(['all-users', 'competent-authorities']),
    history: z.boolean(),
  }),
  z.strictObject({
    type: z.literal('public-case'),
    applicants: recipientsOf(['person', 'business'] as const),
    homeReview: z.boolean(),
    tacitApproval: z.boolean(),
  }),
]);
export type Workflow = z.infer<typeof workflowSchema>;

const days = z.number().int().min(1).max(730);

export const procedureSchema = z.strictObject({
  code,
  workflow: workflowSchema,
  legalBasis: z
    .array(
      z
        .strictObject({
          legislation: code,
          /** Article numbers as written: "8", "56(1)", "3(4)(b)". */
          articles: z.array(z.string().trim().min(1).max(30)).default([]),
          /** Annexes by Roman numeral; "" for an act's only, unnumbered annex. */
          annexes: z.array(z.string().regex(/^([IVXLC]+)?$/, 'a Roman numeral such as "VII", or "" for the only annex')).default([]),
        })
        .refine((b) => b.articles.length + b.annexes.length > 0, { message: 'cite at least one article or annex' }),
    )
    .min(1),
  participants: z.strictObject({
    senders: distinctCodes(z.enum(PARTICIPANT_KINDS), 'participant kind').min(1),
    receivers: distinctCodes(z.enum(PARTICIPANT_KINDS), 'participant kind'),
    commission: z.enum(COMMISSION_ROLES),
  }),
  deadlines: z.partialRecord(z.enum(DEADLINE_KINDS), days).default({}),
  retentionMonths: z.number().int().min(1).max(240),
  professions: distinctCodes(code, 'profession').default([]),
  sections: z.array(sectionSchema).min(1),
  messages: z.partialRecord(z.enum(MESSAGE_GROUPS), distinctCodes(code, 'message').min(1)).default({}),
});
export type Procedure = z.infer<typeof procedureSchema>;

export const legislationSchema = z.strictObject({
  code,
  /** The act's CELEX number on EUR-Lex, e.g. 32005L0036. */
  celex: z.string().regex(/^[0-9][0-9]{4}[A-Z]{1,2}[0-9]{4}$/, 'a CELEX number such as 32005L0036').optional(),
});
export type Legislation = z.infer<typeof legislationSchema>;

export const areaSchema = z.strictObject({
  code,
  legislation: z.array(legislationSchema).min(1),
  procedures: z.array(procedureSchema).min(1),
});
export type AreaFile = z.infer<typeof areaSchema>;

export const taxonomySchema = z.strictObject({
  entries: z.array(z.strictObject({ code, kind: z.enum(['profession', 'activity']) })).min(1),
});
export type TaxonomyFile = z.infer<typeof taxonomySchema>;

/** A language file: flat key → non-empty text. */
export const stringsSchema = z.record(z.string(), z.string().trim().min(1, 'an empty text').max(2000));
