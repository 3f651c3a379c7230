import { describe, expect, it } from 'vitest';
import type { QuestionView } from '../../api/catalogue';
import { answerText, counterparts, daysUntil, deadlineDay, needsLanguageNote, shortHash, shownDeadline, timelineParams, type AnswerNames } from './request-view';

const now = new Date('2026-03-10T12:00:00Z');

describe('which deadline a request shows', () => {
  it('is the one the API says applies now', () => {
    const deadline = { kind: 'answer' as const, at: '2026-03-20T23:59:59Z', overdue: false };
    expect(shownDeadline({ state: 'accepted', deadline, deadlines: { accept: '2026-03-01T23:59:59Z', answer: '2026-03-20T23:59:59Z' } }, now)).toBe(deadline);
  });

  it('falls back to the deadline to accept while sent, to answer while accepted', () => {
    const deadlines = { accept: '2026-03-05T23:59:59Z', answer: '2026-03-31T23:59:59Z' };
    expect(shownDeadline({ state: 'sent', deadline: null, deadlines }, now)).toEqual({ kind: 'accept', at: deadlines.accept, overdue: true });
    expect(shownDeadline({ state: 'awaiting-information', deadline: null, deadlines }, now)).toEqual({ kind: 'answer', at: deadlines.answer, overdue: false });
  });

  it('shows none for drafts, answered and final requests, or when none is set', () => {
    const deadlines = { accept: '2026-03-05T23:59:59Z', answer: '2026-03-31T23:59:59Z' };
    for (const state of ['draft', 'answered', 'closed', 'rejected', 'withdrawn'] as const) {
      expect(shownDeadline({ state, deadline: null, deadlines }, now)).toBeNull();
    }
    expect(shownDeadline({ state: 'sent', deadline: null, deadlines: { accept: null, answer: null } }, now)).toBeNull();
  });

  it('counts calendar days in UTC, the deadline being the end of its day', () => {
    expect(deadlineDay('2026-03-12T23:59:59.999Z')).toBe('2026-03-12');
    expect(daysUntil('2026-03-12T23:59:59.999Z', now)).toBe(2);
    expect(daysUntil('2026-03-10T23:59:59.999Z', now)).toBe(0);
    expect(daysUntil('2026-03-08T23:59:59.999Z', now)).toBe(-2);
  });
});

describe('timeline sentences', () => {
  const names = { reason: (code: string) => `«${code}»`, country: (code: string) => `country ${code}`, day: (d: string) => `day ${d}` };

  it('names the authorities a request went to and from, with their countries', () => {
    const params = timelineParams({ details: { from: { id: '1', name: 'Ordem', country: 'PT' }, to: { id: '2', name: 'Kammer', country: 'DE' } } }, names);
    expect(params).toMatchObject({ from: 'Ordem', fromCountry: 'country PT', to: 'Kammer', toCountry: 'country DE' });
  });

  it('labels the standard reason of a rejection, and formats a new deadline', () => {
    expect(timelineParams({ details: { reason: 'not-competent' } }, names).reason).toBe('«not-competent»');
    expect(timelineParams({ details: { kind: 'answer', deadline: '2026-04-01' } }, names)).toMatchObject({ kind: 'answer', deadline: 'day 2026-04-01' });
  });

  it('says whether an allocation gave the request to someone or took it back', () => {
    expect(timelineParams({ details: { handler: { id: 'u', name: 'Ana' } } }, names)).toMatchObject({ handler: 'Ana', assigned: 'yes' });
    expect(timelineParams({ details: { handler: null } }, names)).toMatchObject({ handler: '', assigned: 'no' });
  });

  it('always gives every parameter, so no sentence shows a placeholder', () => {
    const params = timelineParams({ details: { to: 'not an object', deadline: 42 } }, names);
    expect(Object.keys(params).sort()).toEqual(['assigned', 'deadline', 'filename', 'from', 'fromCountry', 'ground', 'handler', 'kind', 'reason', 'to', 'toCountry']);
    expect(params.ground).toBe('other');
    expect(params.to).toBe('');
  });
});

describe('answers as the reader reads them', () => {
  const names: AnswerNames = {
    yes: 'Ja', no: 'Nein', country: (c) => `land ${c}`, day: (d) => `tag ${d}`, number: (n) => n.toFixed(1), list: (items) => items.join(' / '), attachment: (id) => `${id}.pdf`,
  };
  const question = (type: QuestionView['type'], options: QuestionView['options'] = null) => ({ type, options });
  const options = [{ code: 'fine', label: 'Geldbuße' }, { code: 'ban', label: 'Verbot' }];

  it('shows the options by their labels', () => {
    expect(answerText(question('single-choice', options), 'ban', names)).toBe('Verbot');
    expect(answerText(question('multiple-choice', options), ['fine', 'ban'], names)).toBe('Geldbuße / Verbot');
    expect(answerText(question('single-choice', options), 'gone', names)).toBe('gone');
  });

  it('translates yes and no, names countries, formats dates, numbers and files', () => {
    expect(answerText(question('yes-no'), 'yes', names)).toBe('Ja');
    expect(answerText(question('country'), 'PT', names)).toBe('land PT');
    expect(answerText(question('date'), '2026-01-31', names)).toBe('tag 2026-01-31');
    expect(answerText(question('number'), 3, names)).toBe('3.0');
    expect(answerText(question('attachment'), ['a', 'b'], names)).toBe('a.pdf / b.pdf');
    expect(answerText(question('long-text'), 'Olá', names)).toBe('Olá');
  });
});

describe('free text, files and checksums', () => {
  it('notes the language of a text only when it differs from the interface', () => {
    expect(needsLanguageNote('pt', 'en')).toBe(true);
    expect(needsLanguageNote('en', 'en')).toBe(false);
    expect(needsLanguageNote(null, 'en')).toBe(false);
  });

  it('shortens a SHA-256 for reading', () => {
    expect(shortHash('a'.repeat(64))).toBe(`${'a'.repeat(12)}…`);
  });
});

describe('the counterpart a row of the inbox names', () => {
  const requester = 'PT authority';
  const receiver = 'DE authority';
  it('is the requester when incoming, the receiver when outgoing, both for coordinators', () => {
    expect(counterparts({ box: 'incoming', requester, receiver })).toEqual([requester]);
    expect(counterparts({ box: 'outgoing', requester, receiver })).toEqual([receiver]);
    expect(counterparts({ box: 'coordination', requester, receiver })).toEqual([requester, receiver]);
  });

  it('is nobody yet for a draft without a receiver', () => {
    expect(counterparts({ box: 'drafts', requester, receiver: null })).toEqual([]);
  });
});
