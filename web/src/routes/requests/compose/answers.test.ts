import { describe, expect, it } from 'vitest';
import type { QuestionView, SectionView } from '../../../api/catalogue';
import type { AnswerView, AttachmentView } from '../../../api/requests';
import { answersToSend, attachmentsOf, checkAnswers, displayAnswer, furtherDocuments, senderSections, valuesFromDraft } from './answers';

const q = (code: string, extra: Partial<QuestionView> = {}): QuestionView => ({
  code, type: 'text', required: false, label: code, help: null, options: null, showWhen: null, min: null, max: null, ...extra,
});

const sections: SectionView[] = [
  {
    code: 'document',
    by: 'sender',
    title: 'Document',
    questions: [
      q('document-type', { type: 'single-choice', required: true, options: [{ code: 'diploma', label: 'Diploma' }, { code: 'other', label: 'Other document' }] }),
      q('document-type-other', { required: true, showWhen: { question: 'document-type', equals: ['other'] } }),
      q('issue-date', { type: 'date', required: true }),
      q('copy', { type: 'attachment', required: true }),
      q('pages', { type: 'number', min: 1, max: 50 }),
      q('multilingual-form', { type: 'yes-no' }),
      q('grounds', { type: 'multiple-choice', options: [{ code: 'seal', label: 'Seal' }, { code: 'signature', label: 'Signature' }] }),
      q('country', { type: 'country' }),
    ],
  },
  { code: 'reply', by: 'receiver', title: 'Reply', questions: [q('authentic', { type: 'yes-no', required: true })] },
];

const answer = (question: string, value: AnswerView['value'], by: AnswerView['by'] = 'sender'): AnswerView => ({ question, value, language: null, by });
const file = (id: string, extra: Partial<AttachmentView> = {}): AttachmentView => ({
  id, filename: `${id}.pdf`, size: 100, mediaType: 'application/pdf', sha256: '0', question: null, side: 'requester',
  uploadedBy: { id: 'u', name: 'U' }, uploadedAt: '2026-01-01T00:00:00Z', ...extra,
});

describe('the sender sections', () => {
  it('leaves out what the receiver answers', () => {
    expect(senderSections(sections).map((s) => s.code)).toEqual(['document']);
  });
});

describe('draft → form values', () => {
  it('turns raw values into strings and lists, only for sender questions', () => {
    const values = valuesFromDraft(
      [answer('document-type', 'diploma'), answer('pages', 3), answer('grounds', ['seal']), answer('copy', ['a1']), answer('authentic', 'yes', 'receiver'), answer('gone', 'x')],
      sections,
    );
    expect(values).toEqual({ 'document-type': 'diploma', pages: '3', grounds: ['seal'], copy: ['a1'] });
  });

  it('counts a file uploaded for a question whose answer was not saved yet', () => {
    const values = valuesFromDraft([answer('copy', ['a1'])], sections, [file('a1', { question: 'copy' }), file('a2', { question: 'copy' }), file('a3')]);
    expect(values.copy).toEqual(['a1', 'a2']);
  });

  it('drops a file removed since the answer was saved', () => {
    expect(valuesFromDraft([answer('copy', ['a1', 'gone'])], sections, [file('a1', { question: 'copy' })]).copy).toEqual(['a1']);
  });
});

describe('form values → PATCH answers', () => {
  it('serialises each type and clears what is empty', () => {
    const sent = answersToSend(
      { 'document-type': 'diploma', 'issue-date': '2019-07-01', copy: ['a1'], pages: ' 12 ', 'multilingual-form': 'no', grounds: [], country: '' },
      sections,
    );
    expect(sent).toEqual({
      'document-type': 'diploma',
      'document-type-other': null,
      'issue-date': '2019-07-01',
      copy: ['a1'],
      pages: 12,
      'multilingual-form': 'no',
      grounds: null,
      country: null,
    });
    expect(sent).not.toHaveProperty('authentic');
  });

  it('clears an answer its condition now hides', () => {
    expect(answersToSend({ 'document-type': 'diploma', 'document-type-other': 'Certificate' }, sections)['document-type-other']).toBeNull();
    expect(answersToSend({ 'document-type': 'other', 'document-type-other': ' Certificate ' }, sections)['document-type-other']).toBe('Certificate');
  });

  it('sends a number that does not parse as typed, for the server to refuse', () => {
    expect(answersToSend({ pages: '12abc' }, sections).pages).toBe('12abc');
  });

  it('round-trips through the draft', () => {
    const values = { 'document-type': 'other', 'document-type-other': 'Certificate', copy: ['a1'], pages: '2', grounds: ['seal', 'signature'] };
    const sent = answersToSend(values, sections);
    const stored = Object.entries(sent).flatMap(([code, value]) => (value === null ? [] : [answer(code, value)]));
    expect(valuesFromDraft(stored, sections)).toEqual(values);
  });
});

describe('checks before sending', () => {
  it('reports required questions that are shown and empty, and numbers out of range', () => {
    expect(checkAnswers({}, sections)).toEqual({ 'document-type': 'required', 'issue-date': 'required', copy: 'required' });
    expect(checkAnswers({ 'document-type': 'other', 'issue-date': '2019-07-01', copy: ['a1'], pages: '0' }, sections)).toEqual({
      'document-type-other': 'required',
      pages: 'too-small',
    });
    expect(checkAnswers({ 'document-type': 'diploma', 'issue-date': '2019-07-01', copy: ['a1'], pages: '51' }, sections)).toEqual({ pages: 'too-big' });
    expect(checkAnswers({ 'document-type': 'diploma', 'issue-date': '2019-07-01', copy: ['a1'], pages: 'x' }, sections)).toEqual({ pages: 'not-a-number' });
  });
});

describe('attachments', () => {
  it('lists those of a question in the order of its answer', () => {
    expect(attachmentsOf(['b', 'a', 'missing'], [file('a'), file('b')]).map((a) => a.id)).toEqual(['b', 'a']);
    expect(attachmentsOf(undefined, [file('a')])).toEqual([]);
  });

  it('keeps the requester documents that answer no question', () => {
    expect(furtherDocuments([file('a'), file('b', { question: 'copy' }), file('c', { side: 'receiver' })]).map((a) => a.id)).toEqual(['a']);
  });
});

describe('answers as the recipient reads them', () => {
  const labels = {
    yes: 'Yes',
    no: 'No',
    country: (c: string) => (c === 'DE' ? 'Germany' : c),
    date: (d: string) => `[${d}]`,
    number: (n: number) => `#${n}`,
    attachment: (id: string) => `${id}.pdf`,
  };
  const byCode = new Map(sections[0]!.questions.map((x) => [x.code, x]));
  it('shows labels, names and formats instead of codes', () => {
    expect(displayAnswer(byCode.get('document-type')!, 'diploma', labels)).toEqual(['Diploma']);
    expect(displayAnswer(byCode.get('grounds')!, ['seal', 'signature'], labels)).toEqual(['Seal', 'Signature']);
    expect(displayAnswer(byCode.get('multilingual-form')!, 'no', labels)).toEqual(['No']);
    expect(displayAnswer(byCode.get('country')!, 'DE', labels)).toEqual(['Germany']);
    expect(displayAnswer(byCode.get('issue-date')!, '2019-07-01', labels)).toEqual(['[2019-07-01]']);
    expect(displayAnswer(byCode.get('pages')!, '3', labels)).toEqual(['#3']);
    expect(displayAnswer(byCode.get('copy')!, ['a1'], labels)).toEqual(['a1.pdf']);
    expect(displayAnswer(byCode.get('document-type-other')!, '  ', labels)).toEqual([]);
  });
});
