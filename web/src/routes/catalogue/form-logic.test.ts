import { describe, expect, it } from 'vitest';
import type { QuestionView, SectionView } from '../../api/catalogue';
import { isShown, missingAnswers, questionsByCode } from './form-logic';

const q = (code: string, extra: Partial<QuestionView> = {}): QuestionView => ({
  code, type: 'text', required: false, label: code, help: null, options: null, showWhen: null, min: null, max: null, ...extra,
});

const sections: SectionView[] = [
  {
    code: 's',
    by: 'sender',
    title: 'S',
    questions: [
      q('sanctioned', { type: 'yes-no', required: true }),
      q('kind', { type: 'multiple-choice', options: [{ code: 'fine', label: 'Fine' }, { code: 'ban', label: 'Ban' }], showWhen: { question: 'sanctioned', equals: ['yes'] } }),
      q('ban-end', { type: 'date', required: true, showWhen: { question: 'kind', equals: ['ban'] } }),
      q('comments'),
    ],
  },
];
const byCode = questionsByCode(sections);

describe('conditional questions in the form preview', () => {
  it('shows a question when the answer it depends on has one of its values', () => {
    expect(isShown(byCode.get('kind')!, {}, byCode)).toBe(false);
    expect(isShown(byCode.get('kind')!, { sanctioned: 'no' }, byCode)).toBe(false);
    expect(isShown(byCode.get('kind')!, { sanctioned: 'yes' }, byCode)).toBe(true);
  });

  it('matches any chosen option of a multiple choice', () => {
    expect(isShown(byCode.get('ban-end')!, { sanctioned: 'yes', kind: ['fine'] }, byCode)).toBe(false);
    expect(isShown(byCode.get('ban-end')!, { sanctioned: 'yes', kind: ['fine', 'ban'] }, byCode)).toBe(true);
  });

  it('hides a question whose condition depends on a hidden question', () => {
    // "ban" is still chosen, but "kind" is hidden again once the professional is not sanctioned.
    expect(isShown(byCode.get('ban-end')!, { sanctioned: 'no', kind: ['ban'] }, byCode)).toBe(false);
  });

  it('asks only for required questions that are shown', () => {
    expect(missingAnswers(sections, {})).toEqual(['sanctioned']);
    expect(missingAnswers(sections, { sanctioned: 'yes', kind: ['ban'] })).toEqual(['ban-end']);
    expect(missingAnswers(sections, { sanctioned: 'yes', kind: ['ban'], 'ban-end': '2027-01-31' })).toEqual([]);
    expect(missingAnswers(sections, { sanctioned: 'no', kind: ['ban'] })).toEqual([]);
  });
});
