import type { QuestionView } from '../../api/catalogue';
import type { AnswerValue, RequestDeadline, RequestState, TimelineEntry } from '../../api/requests';

/**
 * Pure helpers of the request screens: which deadline a request shows, the parameters of a
 * timeline sentence, how an answer reads, file sizes and checksums. No React, no clock.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Which deadline applies in which state (the API says so too; this is the fallback when it does not). */
const DEADLINE_OF_STATE: Partial<Record<RequestState, 'accept' | 'answer'>> = {
  sent: 'accept',
  'awaiting-reassignment': 'accept',
  accepted: 'answer',
  'awaiting-information': 'answer',
};

/**
 * The deadline a request shows: the one the API says applies now; else, from the state and the
 * deadlines set, the one to accept while sent, to answer while accepted; none once answered or final.
 */
export function shownDeadline(
  request: { state: RequestState; deadline: RequestDeadline | null; deadlines?: { accept: string | null; answer: string | null } },
  now: Date,
): RequestDeadline | null {
  if (request.deadline) return request.deadline;
  const kind = DEADLINE_OF_STATE[request.state];
  const at = kind ? request.deadlines?.[kind] : null;
  if (!kind || !at) return null;
  return { kind, at, overdue: new Date(at).getTime() < now.getTime() };
}

/** The calendar day of a deadline (deadlines end at the end of a day, UTC). */
export function deadlineDay(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at.slice(0, 10) : date.toISOString().slice(0, 10);
}

/** Whole calendar days from today (UTC) to a deadline's day: 0 today, 1 tomorrow, -2 two days ago. */
export function daysUntil(at: string, now: Date): number {
  const day = Date.parse(`${deadlineDay(at)}T00:00:00Z`);
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((day - today) / DAY_MS);
}

/** A free text needs a language note when it is not in the interface language. */
export function needsLanguageNote(textLanguage: string | null | undefined, uiLanguage: string): boolean {
  if (!textLanguage) return false;
  return textLanguage.slice(0, 2).toLowerCase() !== uiLanguage.slice(0, 2).toLowerCase();
}

/** A SHA-256 shortened for reading; the full value goes in a title or a disclosure. */
export function shortHash(sha256: string, length = 12): string {
  return sha256.length > length ? `${sha256.slice(0, length)}…` : sha256;
}

/* ---- timeline ---- */

/** How the timeline names what a sentence refers to, in the reader's language. */
export interface TimelineNames {
  /** A standard reason of the procedure (`messages.reject`), by code. */
  reason(code: string): string;
  country(code: string): string;
  /** A calendar day, YYYY-MM-DD. */
  day(value: string): string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/**
 * The ICU parameters of `requests.event.<type>` from an entry's details: `to`/`from` (authority
 * names) with `toCountry`/`fromCountry`, `handler` and `assigned` (yes|no), `reason` (the
 * standard reason's label), `ground` and `kind` (codes, chosen among by ICU select), `deadline`
 * (a formatted day), `filename`. Every parameter is always present, so no sentence shows a `{…}`.
 */
export function timelineParams(entry: Pick<TimelineEntry, 'details'>, names: TimelineNames): Record<string, string> {
  const d = entry.details;
  const to = isRecord(d.to) ? d.to : {};
  const from = isRecord(d.from) ? d.from : {};
  const handler = isRecord(d.handler) ? d.handler : null;
  const reason = text(d.reason);
  const deadline = text(d.deadline);
  return {
    to: text(to.name),
    toCountry: text(to.country) ? names.country(text(to.country)) : '',
    from: text(from.name),
    fromCountry: text(from.country) ? names.country(text(from.country)) : '',
    handler: handler ? text(handler.name) : '',
    assigned: handler ? 'yes' : 'no',
    reason: reason ? names.reason(reason) : '',
    ground: text(d.ground) || 'other',
    kind: text(d.kind) || 'other',
    deadline: deadline ? names.day(deadlineDay(deadline)) : '',
    filename: text(d.filename),
  };
}

/* ---- answers ---- */

/** How an answer is named in the reader's language. */
export interface AnswerNames {
  yes: string;
  no: string;
  country(code: string): string;
  day(value: string): string;
  number(value: number): string;
  list(items: string[]): string;
  /** An attached file's name, by attachment id. */
  attachment(id: string): string;
}

/** An answer as the reader reads it: the option's label, a country's name, a date in their notation. */
export function answerText(question: Pick<QuestionView, 'type' | 'options'>, value: AnswerValue, names: AnswerNames): string {
  const values = Array.isArray(value) ? value : [String(value)];
  const option = (code: string) => question.options?.find((o) => o.code === code)?.label ?? code;
  switch (question.type) {
    case 'yes-no':
      return value === 'yes' ? names.yes : value === 'no' ? names.no : String(value);
    case 'single-choice':
    case 'multiple-choice':
    case 'profession':
      return names.list(values.map(option));
    case 'country':
      return names.list(values.map(names.country));
    case 'date':
      return names.list(values.map(names.day));
    case 'number':
      return typeof value === 'number' ? names.number(value) : values.join(', ');
    case 'attachment':
      return names.list(values.map(names.attachment));
    case 'text':
    case 'long-text':
      return values.join('\n');
  }
}

/* ---- inbox ---- */

/**
 * The parties a row names besides the reader's own: the requester of an incoming request, the
 * receiver of an outgoing one or a draft (none yet, perhaps), both for a coordinator.
 */
export function counterparts<P>(summary: { box: 'incoming' | 'outgoing' | 'drafts' | 'coordination'; requester: P; receiver: P | null }): P[] {
  switch (summary.box) {
    case 'incoming':
      return [summary.requester];
    case 'coordination':
      return summary.receiver ? [summary.requester, summary.receiver] : [summary.requester];
    default:
      return summary.receiver ? [summary.receiver] : [];
  }
}
