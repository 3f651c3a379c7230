import { COUNTRY_CODES } from '../reference/countries.js';
import type { Procedure, Question } from '../catalogue/schema.js';
import type { AnswerValue } from './schema.js';

/**
 * Answers to a procedure's questions, checked against the procedure version the request was
 * created with: each value has the shape its question type asks for, a question is answered by
 * the side its section belongs to, and required questions that are shown (their conditions
 * hold) are answered before the side sends or answers.
 */
export type AnswerBy = 'sender' | 'receiver';
export interface AnswerProblem {
  question: string;
  code: 'unknown-question' | 'not-your-question' | 'invalid-value' | 'unknown-option' | 'out-of-range' | 'unknown-attachment' | 'required';
}

export interface QuestionRef {
  question: Question;
  by: AnswerBy;
}

export function questionIndex(definition: Procedure): Map<string, QuestionRef> {
  return new Map(definition.sections.flatMap((s) => s.questions.map((q) => [q.code, { question: q, by: s.by }] as const)));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string) => ISO_DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const TEXT_MAX = { text: 500, 'long-text': 20_000 } as const;

function checkValue(q: Question, value: AnswerValue, professions: ReadonlySet<string>, attachments: ReadonlySet<string>): AnswerProblem['code'] | null {
  switch (q.type) {
    case 'yes-no':
      return value === 'yes' || value === 'no' ? null : 'invalid-value';
    case 'single-choice':
      if (typeof value !== 'string') return 'invalid-value';
      return q.options!.includes(value) ? null : 'unknown-option';
    case 'multiple-choice':
      if (!Array.isArray(value) || new Set(value).size !== value.length) return 'invalid-value';
      return value.every((v) => q.options!.includes(v)) ? null : 'unknown-option';
    case 'date':
      return typeof value === 'string' && isDate(value) ? null : 'invalid-value';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'invalid-value';
      return (q.min !== undefined && value < q.min) || (q.max !== undefined && value > q.max) ? 'out-of-range' : null;
    case 'country':
      if (typeof value !== 'string') return 'invalid-value';
      return COUNTRY_CODES.includes(value) ? null : 'unknown-option';
    case 'profession':
      if (typeof value !== 'string') return 'invalid-value';
      return professions.has(value) ? null : 'unknown-option';
    case 'text':
    case 'long-text':
      return typeof value === 'string' && value.trim().length > 0 && value.length <= TEXT_MAX[q.type] ? null : 'invalid-value';
    case 'attachment':
      if (!Array.isArray(value) || value.length === 0) return 'invalid-value';
      return value.every((id) => attachments.has(id)) ? null : 'unknown-attachment';
  }
}

/** Problems with a set of changes one side makes to its answers (null values clear an answer). */
export function checkAnswers(
  definition: Procedure,
  by: AnswerBy,
  changes: Record<string, AnswerValue | null>,
  context: { professions: ReadonlySet<string>; attachments: ReadonlySet<string> },
): AnswerProblem[] {
  const index = questionIndex(definition);
  const problems: AnswerProblem[] = [];
  for (const [code, value] of Object.entries(changes)) {
    const ref = index.get(code);
    if (!ref) problems.push({ question: code, code: 'unknown-question' });
    else if (ref.by !== by) problems.push({ question: code, code: 'not-your-question' });
    else if (value !== null) {
      const problem = checkValue(ref.question, value, context.professions, context.attachments);
      if (problem) problems.push({ question: code, code: problem });
    }
  }
  return problems;
}

/** Whether a question is shown given all answers: its condition (and its condition's, up the chain) holds. */
export function isShown(code: string, answers: ReadonlyMap<string, AnswerValue>, index: ReadonlyMap<string, QuestionRef>): boolean {
  const seen = new Set<string>();
  let current = index.get(code)?.question;
  while (current?.showWhen) {
    if (seen.has(current.code)) return false;
    seen.add(current.code);
    const answer = answers.get(current.showWhen.question);
    const values = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
    const equals = current.showWhen.equals;
    if (!values.some((v) => equals.includes(v))) return false;
    current = index.get(current.showWhen.question)?.question;
  }
  return true;
}

/** The shown, required questions of one side that have no answer. */
export function missingRequired(definition: Procedure, by: AnswerBy, answers: ReadonlyMap<string, AnswerValue>): AnswerProblem[] {
  const index = questionIndex(definition);
  return definition.sections
    .filter((s) => s.by === by)
    .flatMap((s) => s.questions)
    .filter((q) => q.required && !answers.has(q.code) && isShown(q.code, answers, index))
    .map((q) => ({ question: q.code, code: 'required' as const }));
}

/** Answers that are no longer shown once others changed: they are dropped rather than kept hidden. */
export function hiddenAnswers(definition: Procedure, answers: ReadonlyMap<string, AnswerValue>): string[] {
  const index = questionIndex(definition);
  return [...answers.keys()].filter((code) => index.has(code) && !isShown(code, answers, index));
}
