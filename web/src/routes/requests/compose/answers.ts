import type { QuestionView, SectionView } from '../../../api/catalogue';
import type { AnswersInput, AnswerView, AttachmentView } from '../../../api/requests';
import { isShown, missingAnswers, questionsByCode, type Answers } from '../../catalogue/form-logic';

/**
 * The sender's answers between the draft (raw values keyed by question code, as the API keeps
 * them) and the compose form (strings, lists for multiple choice and attachments).
 */

/** The sections the requester fills in. */
export function senderSections(sections: readonly SectionView[]): SectionView[] {
  return sections.filter((s) => s.by === 'sender');
}

function isEmpty(value: string | string[] | undefined): boolean {
  return value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
}

const LIST_TYPES: ReadonlySet<QuestionView['type']> = new Set(['multiple-choice', 'attachment']);

/**
 * A draft's sender answers as form values; answers to questions the sections do not have are left
 * out. Given the draft's attachments, a file uploaded for an attachment question counts as part of
 * its answer even if the draft was left before the answer was saved, and a removed one no longer does.
 */
export function valuesFromDraft(answers: readonly AnswerView[], sections: readonly SectionView[], attachments?: readonly AttachmentView[]): Answers {
  const byCode = questionsByCode(senderSections(sections));
  const values: Answers = {};
  for (const answer of answers) {
    const question = byCode.get(answer.question);
    if (answer.by !== 'sender' || !question) continue;
    const raw = answer.value;
    if (LIST_TYPES.has(question.type)) values[question.code] = Array.isArray(raw) ? [...raw] : raw === '' ? [] : [String(raw)];
    else values[question.code] = Array.isArray(raw) ? (raw[0] ?? '') : String(raw);
  }
  if (!attachments) return values;
  // Files removed since the answer was saved are no longer part of it.
  const present = new Set(attachments.map((a) => a.id));
  for (const question of byCode.values()) {
    const listed = values[question.code];
    if (question.type === 'attachment' && Array.isArray(listed)) values[question.code] = listed.filter((id) => present.has(id));
  }
  for (const attachment of attachments) {
    const question = attachment.question ? byCode.get(attachment.question) : undefined;
    if (attachment.side !== 'requester' || question?.type !== 'attachment') continue;
    const listed = values[question.code];
    const ids = Array.isArray(listed) ? listed : [];
    if (!ids.includes(attachment.id)) values[question.code] = [...ids, attachment.id];
  }
  return values;
}

/**
 * The form values as the PATCH body's `answers`: every sender question, each shown and filled
 * one with the value its type takes, every other one `null` (cleared), so an answer emptied or
 * hidden by a changed condition does not linger in the draft. A number that does not parse is
 * sent as typed, for the server to refuse with a message on that field.
 */
export function answersToSend(values: Answers, sections: readonly SectionView[]): AnswersInput {
  const sender = senderSections(sections);
  const byCode = questionsByCode(sender);
  const out: AnswersInput = {};
  for (const question of sender.flatMap((s) => s.questions)) {
    const value = values[question.code];
    if (isEmpty(value) || !isShown(question, values, byCode)) {
      out[question.code] = null;
    } else if (LIST_TYPES.has(question.type)) {
      out[question.code] = Array.isArray(value) ? [...value] : [value!];
    } else {
      const text = (Array.isArray(value) ? (value[0] ?? '') : value!).trim();
      if (question.type === 'number') {
        const number = Number(text);
        out[question.code] = text !== '' && Number.isFinite(number) ? number : text;
      } else {
        out[question.code] = text;
      }
    }
  }
  return out;
}

export type AnswerCheck = 'required' | 'not-a-number' | 'too-small' | 'too-big';

/** What the browser can tell before sending: required questions left empty, numbers out of range. */
export function checkAnswers(values: Answers, sections: readonly SectionView[]): Record<string, AnswerCheck> {
  const sender = senderSections(sections);
  const byCode = questionsByCode(sender);
  const problems: Record<string, AnswerCheck> = {};
  for (const code of missingAnswers(sender, values)) problems[code] = 'required';
  for (const question of sender.flatMap((s) => s.questions)) {
    const value = values[question.code];
    if (question.type !== 'number' || typeof value !== 'string' || value.trim() === '' || !isShown(question, values, byCode)) continue;
    const number = Number(value.trim());
    if (!Number.isFinite(number)) problems[question.code] = 'not-a-number';
    else if (question.min !== null && number < question.min) problems[question.code] = 'too-small';
    else if (question.max !== null && number > question.max) problems[question.code] = 'too-big';
  }
  return problems;
}

/** The attachments an attachment question's value lists, in its order (ids the draft no longer has are skipped). */
export function attachmentsOf(value: string | string[] | undefined, attachments: readonly AttachmentView[]): AttachmentView[] {
  const ids = Array.isArray(value) ? value : [];
  const byId = new Map(attachments.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id)).filter((a): a is AttachmentView => a !== undefined);
}

/** The requester's documents attached to the request itself (not answering a question). */
export function furtherDocuments(attachments: readonly AttachmentView[]): AttachmentView[] {
  return attachments.filter((a) => a.side === 'requester' && a.question === null);
}

export interface AnswerLabels {
  yes: string;
  no: string;
  country: (code: string) => string;
  date: (iso: string) => string;
  number: (value: number) => string;
  attachment: (id: string) => string;
}

/**
 * One answer as the recipient reads it: option labels rather than codes, names of countries,
 * dates and numbers in the reader's format, file names of attachments. Several values for lists.
 */
export function displayAnswer(question: QuestionView, value: string | string[] | undefined, labels: AnswerLabels): string[] {
  if (isEmpty(value)) return [];
  const values = Array.isArray(value) ? value : [value!];
  const option = (code: string) => question.options?.find((o) => o.code === code)?.label ?? code;
  switch (question.type) {
    case 'yes-no':
      return values.map((v) => (v === 'yes' ? labels.yes : v === 'no' ? labels.no : v));
    case 'single-choice':
    case 'multiple-choice':
    case 'profession':
      return values.map(option);
    case 'country':
      return values.map(labels.country);
    case 'date':
      return values.map(labels.date);
    case 'number':
      return values.map((v) => (Number.isFinite(Number(v)) ? labels.number(Number(v)) : v));
    case 'attachment':
      return values.map(labels.attachment);
    case 'text':
    case 'long-text':
      return values;
  }
}
