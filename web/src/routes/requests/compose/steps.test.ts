import { describe, expect, it } from 'vitest';
import type { QuestionView, SectionView } from '../../../api/catalogue';
import { ApiError } from '../../../api/problem';
import type { AnswerView, RequestDetail } from '../../../api/requests';
import { composeHref, firstIncompleteStep, nextStep, previousStep, stepNumber, stepOfPointer, stepOfProblem } from './steps';

const q = (code: string, extra: Partial<QuestionView> = {}): QuestionView => ({
  code, type: 'text', required: false, label: code, help: null, options: null, showWhen: null, min: null, max: null, ...extra,
});
const sections: SectionView[] = [
  { code: 's', by: 'sender', title: 'S', questions: [q('name', { required: true }), q('note')] },
  { code: 'r', by: 'receiver', title: 'R', questions: [q('reply', { required: true })] },
];
const answer = (question: string, value: string): AnswerView => ({ question, value, language: 'pt', by: 'sender' });
const receiver = { id: 'de-1', name: 'Kultusministerium', country: 'DE' };
type Progress = Pick<RequestDetail, 'receiver' | 'answers' | 'attachments'>;
const draft = (extra: Partial<Progress> = {}): Progress => ({ receiver: null, answers: [], attachments: [], ...extra });

describe('where a draft resumes', () => {
  it('starts with the procedure when there is no draft yet', () => {
    expect(firstIncompleteStep(null, sections)).toBe('procedure');
  });

  it('asks for the recipient first', () => {
    expect(firstIncompleteStep(draft({ answers: [answer('name', 'Ana')] }), sections)).toBe('recipient');
  });

  it('then for the questions, while a required one is unanswered or none was ever saved', () => {
    expect(firstIncompleteStep(draft({ receiver }), sections)).toBe('questions');
    expect(firstIncompleteStep(draft({ receiver, answers: [answer('note', 'x')] }), sections)).toBe('questions');
    const optionalOnly: SectionView[] = [{ code: 's', by: 'sender', title: 'S', questions: [q('note')] }];
    expect(firstIncompleteStep(draft({ receiver }), optionalOnly)).toBe('questions');
    expect(firstIncompleteStep(draft({ receiver }), [])).toBe('review');
  });

  it('opens the review when everything needed is there', () => {
    expect(firstIncompleteStep(draft({ receiver, answers: [answer('name', 'Ana')] }), sections)).toBe('review');
  });
});

describe('moving between steps', () => {
  it('stops at the ends', () => {
    expect(nextStep('procedure')).toBe('recipient');
    expect(nextStep('review')).toBe('review');
    expect(previousStep('recipient')).toBe('procedure');
    expect(previousStep('procedure')).toBe('procedure');
    expect(stepNumber('questions')).toBe(3);
  });
});

describe('the step a refusal points at', () => {
  it('maps field pointers to steps', () => {
    expect(stepOfPointer('/subject')).toBe('procedure');
    expect(stepOfPointer('/receiverAuthority')).toBe('recipient');
    expect(stepOfPointer('/answers/copy')).toBe('questions');
    expect(stepOfPointer('/attachments/0')).toBe('attachments');
    expect(stepOfPointer('/version')).toBeNull();
    expect(stepOfPointer('')).toBeNull();
  });

  it('takes the earliest step among several field errors', () => {
    const error = new ApiError({
      status: 422,
      code: 'validation',
      errors: [
        { pointer: '/answers/copy', code: 'required', message: 'Required' },
        { pointer: '/receiverAuthority', code: 'required', message: 'Required' },
      ],
    });
    expect(stepOfProblem(error)).toBe('recipient');
    expect(stepOfProblem(new ApiError({ status: 409, code: 'request-changed' }))).toBeNull();
    expect(stepOfProblem(new ApiError({ status: 422, code: 'request-receiver-missing' }))).toBe('recipient');
    expect(stepOfProblem(new Error('x'))).toBeNull();
  });
});

describe('the address of a draft', () => {
  it('carries the draft id', () => {
    expect(composeHref('abc')).toBe('/requests/new?draft=abc');
    expect(composeHref()).toBe('/requests/new');
  });
});
