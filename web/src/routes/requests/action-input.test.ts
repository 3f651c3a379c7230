import { describe, expect, it } from 'vitest';
import { buildAction, EMPTY_DRAFT, unsentTexts } from './action-input';

describe('the action a person sends', () => {
  it('needs nothing more to accept, answer, send or close', () => {
    for (const type of ['accept', 'answer', 'send', 'close'] as const) expect(buildAction(type, EMPTY_DRAFT)).toEqual({ action: { type } });
  });

  it('rejects with a standard reason, and a comment only when one was written', () => {
    expect(buildAction('reject', EMPTY_DRAFT)).toEqual({ missing: 'reason' });
    expect(buildAction('reject', { ...EMPTY_DRAFT, reason: 'not-competent', text: '  ' })).toEqual({ action: { type: 'reject', reason: 'not-competent' } });
    expect(buildAction('reject', { ...EMPTY_DRAFT, reason: 'not-competent', text: ' Not us. ' })).toEqual({ action: { type: 'reject', reason: 'not-competent', comment: 'Not us.' } });
  });

  it('forwards and reassigns to a chosen authority', () => {
    expect(buildAction('forward', EMPTY_DRAFT)).toEqual({ missing: 'target' });
    expect(buildAction('reassign', { ...EMPTY_DRAFT, target: 'a1' })).toEqual({ action: { type: 'reassign', to: { authority: 'a1' } } });
  });

  it('asks for the message of an information request, a contest or a withdrawal', () => {
    expect(buildAction('request-information', EMPTY_DRAFT)).toEqual({ missing: 'text' });
    expect(buildAction('provide-information', { ...EMPTY_DRAFT, text: 'Here.' })).toEqual({ action: { type: 'provide-information', message: 'Here.' } });
    expect(buildAction('contest', { ...EMPTY_DRAFT, text: 'Incomplete' })).toEqual({ action: { type: 'contest', comment: 'Incomplete' } });
    expect(buildAction('withdraw', { ...EMPTY_DRAFT, text: 'Solved' })).toEqual({ action: { type: 'withdraw', reason: 'Solved' } });
  });

  it('escalates on a ground', () => {
    expect(buildAction('escalate', EMPTY_DRAFT)).toEqual({ missing: 'ground' });
    expect(buildAction('escalate', { ...EMPTY_DRAFT, ground: 'lateness' })).toEqual({ action: { type: 'escalate', ground: 'lateness' } });
  });

  it('keeps what was typed for an action that is no longer offered', () => {
    const drafts = { contest: { ...EMPTY_DRAFT, text: 'My long objection' }, close: EMPTY_DRAFT, 'request-information': { ...EMPTY_DRAFT, text: 'Still offered' } };
    expect(unsentTexts(drafts, ['request-information'])).toEqual([{ action: 'contest', text: 'My long objection' }]);
  });
});
