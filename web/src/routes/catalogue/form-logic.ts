import type { QuestionView, SectionView } from '../../api/catalogue';

/** What a person has entered in a previewed form: one value per question, several for multiple choice. */
export type Answers = Record<string, string | string[] | undefined>;

/**
 * Whether a question is shown: it has no condition, or the answer it depends on is one of the
 * condition's values (for multiple choice: any chosen option is). A question whose condition
 * depends on a hidden question is hidden too, so hiding cascades down the chain.
 */
export function isShown(question: QuestionView, answers: Answers, byCode: ReadonlyMap<string, QuestionView>): boolean {
  const seen = new Set<string>();
  let current: QuestionView | undefined = question;
  while (current?.showWhen) {
    if (seen.has(current.code)) return false;
    seen.add(current.code);
    const answer = answers[current.showWhen.question];
    const values = Array.isArray(answer) ? answer : answer ? [answer] : [];
    if (!values.some((v) => current!.showWhen!.equals.includes(v))) return false;
    current = byCode.get(current.showWhen.question);
  }
  return true;
}

export function questionsByCode(sections: readonly SectionView[]): Map<string, QuestionView> {
  return new Map(sections.flatMap((s) => s.questions.map((q) => [q.code, q] as const)));
}

/** Required questions that are shown and still empty: what the preview's check reports. */
export function missingAnswers(sections: readonly SectionView[], answers: Answers): string[] {
  const byCode = questionsByCode(sections);
  return sections
    .flatMap((s) => s.questions)
    .filter((q) => q.required && isShown(q, answers, byCode))
    .filter((q) => {
      const a = answers[q.code];
      return a === undefined || (Array.isArray(a) ? a.length === 0 : a.trim() === '');
    })
    .map((q) => q.code);
}
