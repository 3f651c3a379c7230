import { describe, expect, it } from 'vitest';
import type { QuestionView, SectionView } from '../../api/catalogue';
import type { AttachmentView } from '../../api/requests';
import { answersPatch, formValues, withAttachments } from './answer-form';

const q = (code: string, extra: Partial<QuestionView> = {}): QuestionView => ({
  code, type: 'text', required: false, label: code, help: null, options: null, showWhen: null, min: null, max: null, ...extra,
});

const sections: SectionView[] = [{
  code: 'reply',
  by: 'receiver',
  title: 'Reply',
  questions: [
    q('registered', { type: 'yes-no', required: true }),
    q('since', { type: 'date', showWhen: { question: 'registered', equals: ['yes'] } }),
    q('fee', { type: 'number' }),
    q('kinds', { type: 'multiple-choice', options: [{ code: 'a', label: 'A' }] }),
    q('certificate', { type: 'attachment' }),
    q('remarks', { type: 'long-text' }),
  ],
}];

const attachment = (id: string, question: string | null): AttachmentView => ({
  id, filename: `${id}.pdf`, size: 1, mediaType: 'application/pdf', sha256: 'x', question, side: 'receiver', uploadedBy: { id: 'u', name: 'U' }, uploadedAt: '2026-01-01T00:00:00Z',
});

describe("the receiver's answer form", () => {
  it('starts from the answers that side has given, as strings', () => {
    expect(formValues([
      { question: 'fee', value: 12.5, language: null, by: 'receiver' },
      { question: 'kinds', value: ['a'], language: null, by: 'receiver' },
      { question: 'subject-name', value: 'Ana', language: 'pt', by: 'sender' },
    ], 'receiver')).toEqual({ fee: '12.5', kinds: ['a'] });
  });

  it('saves numbers as numbers, trims text, clears emptied answers', () => {
    const patch = answersPatch(sections, { registered: 'yes', since: '2020-05-01', fee: ' 12,5 ', kinds: [], remarks: '  ' }, []);
    expect(patch).toEqual({ registered: 'yes', since: '2020-05-01', fee: 12.5, kinds: null, certificate: null, remarks: null });
  });

  it('clears the answers of questions hidden by a condition', () => {
    expect(answersPatch(sections, { registered: 'no', since: '2020-05-01' }, []).since).toBeNull();
  });

  it('answers an attachment question with the files attached to it', () => {
    const files = [attachment('f1', 'certificate'), attachment('f2', null), attachment('f3', 'certificate')];
    expect(answersPatch(sections, {}, files).certificate).toEqual(['f1', 'f3']);
    expect(withAttachments({}, sections, files).certificate).toEqual(['f1', 'f3']);
  });
});

describe('conditions across the two sides', () => {
  const reply: SectionView[] = [{
    code: 'reply', by: 'receiver', title: 'Reply',
    questions: [q('authentic', { type: 'single-choice', required: true, showWhen: { question: 'checks', equals: ['authenticity'] } })],
  }];

  it("keeps a receiver's answer shown by what the requester asked", () => {
    expect(answersPatch(reply, { authentic: 'authentic' }, [], { checks: ['authenticity', 'no-sanctions'] })).toEqual({ authentic: 'authentic' });
    expect(answersPatch(reply, { authentic: 'authentic' }, [], { checks: ['no-sanctions'] })).toEqual({ authentic: null });
  });
});
