import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedActions, decide, evolve, FINAL_STATES, REQUEST_STATES,
  type ActorSide, type RequestAction, type RequestOptions, type RequestSnapshot,
} from './workflow.js';

const ALL_ON: RequestOptions = { forward: true, clarification: true, contest: true, escalation: true, rejectReasons: ['not-competent', 'copy-missing'] };
const start: RequestSnapshot = { state: 'draft', requesterAuthority: 'pt-1', receiverAuthority: 'de-1', receiverCountry: 'DE', escalatedBy: [] };

/** Applies actions in order, failing the test on the first refusal. */
function run(steps: Array<[RequestAction, ActorSide]>, options = ALL_ON, from = start): RequestSnapshot {
  let request = from;
  for (const [action, side] of steps) {
    const decision = decide(request, action, side, options);
    if (!decision.ok) throw new Error(`${action.type} by ${side} in ${request.state}: ${decision.refusal}`);
    request = evolve(request, decision.event);
  }
  return request;
}

describe('an information request, step by step', () => {
  it('goes draft → sent → accepted → answered → closed', () => {
    const states = [start.state];
    let r = start;
    for (const [action, side] of [[{ type: 'send' }, 'requester'], [{ type: 'accept' }, 'receiver'], [{ type: 'answer' }, 'receiver'], [{ type: 'close' }, 'requester']] as Array<[RequestAction, ActorSide]>) {
      r = run([[action, side]], ALL_ON, r);
      states.push(r.state);
    }
    expect(states).toEqual(['draft', 'sent', 'accepted', 'answered', 'closed']);
  });

  it('is rejected only with one of the procedure\'s standard reasons', () => {
    const sent = run([[{ type: 'send' }, 'requester']]);
    expect(decide(sent, { type: 'reject', reason: 'because' }, 'receiver', ALL_ON)).toEqual({ ok: false, refusal: 'unknown-reason' });
    expect(run([[{ type: 'reject', reason: 'not-competent' }, 'receiver']], ALL_ON, sent).state).toBe('rejected');
  });

  it('is forwarded to another authority of the receiver\'s country, which must accept it afresh', () => {
    const accepted = run([[{ type: 'send' }, 'requester'], [{ type: 'accept' }, 'receiver']]);
    expect(decide(accepted, { type: 'forward', to: { authority: 'fr-1', country: 'FR' } }, 'receiver', ALL_ON)).toEqual({ ok: false, refusal: 'other-country' });
    expect(decide(accepted, { type: 'forward', to: { authority: 'de-1', country: 'DE' } }, 'receiver', ALL_ON)).toEqual({ ok: false, refusal: 'same-authority' });
    const forwarded = run([[{ type: 'forward', to: { authority: 'de-2', country: 'DE' } }, 'receiver']], ALL_ON, accepted);
    expect(forwarded).toMatchObject({ state: 'sent', receiverAuthority: 'de-2' });
    expect(decide(accepted, { type: 'forward', to: { authority: 'de-2', country: 'DE' } }, 'receiver', { ...ALL_ON, forward: false })).toEqual({
      ok: false,
      refusal: 'not-offered-by-procedure',
    });
  });

  it('goes through the receiver\'s coordinator, who reassigns it', () => {
    const waiting = run([[{ type: 'send' }, 'requester'], [{ type: 'forward-to-coordinator' }, 'receiver']]);
    expect(waiting.state).toBe('awaiting-reassignment');
    expect(decide(waiting, { type: 'reassign', to: { authority: 'de-3', country: 'DE' } }, 'requester-coordinator', ALL_ON)).toEqual({ ok: false, refusal: 'wrong-side' });
    expect(run([[{ type: 'reassign', to: { authority: 'de-3', country: 'DE' } }, 'receiver-coordinator']], ALL_ON, waiting)).toMatchObject({ state: 'sent', receiverAuthority: 'de-3' });
  });

  it('waits for more information, and returns to the receiver when the requester contests the answer', () => {
    const r = run([
      [{ type: 'send' }, 'requester'],
      [{ type: 'accept' }, 'receiver'],
      [{ type: 'request-information', message: 'Bitte eine lesbare Kopie.' }, 'receiver'],
    ]);
    expect(r.state).toBe('awaiting-information');
    expect(decide(r, { type: 'answer' }, 'receiver', ALL_ON)).toEqual({ ok: false, refusal: 'not-in-this-state', allowedIn: ['accepted'] });
    const answered = run([[{ type: 'provide-information', message: 'Segue cópia legível.' }, 'requester'], [{ type: 'answer' }, 'receiver']], ALL_ON, r);
    expect(decide(answered, { type: 'contest', comment: '  ' }, 'requester', ALL_ON)).toEqual({ ok: false, refusal: 'text-required' });
    expect(run([[{ type: 'contest', comment: 'A resposta não cobre o ponto 2.' }, 'requester']], ALL_ON, answered).state).toBe('accepted');
  });

  it('can be withdrawn before an answer, not after', () => {
    const accepted = run([[{ type: 'send' }, 'requester'], [{ type: 'accept' }, 'receiver']]);
    expect(run([[{ type: 'withdraw', reason: 'Resolvido internamente.' }, 'requester']], ALL_ON, accepted).state).toBe('withdrawn');
    const answered = run([[{ type: 'answer' }, 'receiver']], ALL_ON, accepted);
    expect(decide(answered, { type: 'withdraw', reason: 'x' }, 'requester', ALL_ON)).toMatchObject({ ok: false, refusal: 'not-in-this-state' });
  });

  it('is escalated once by each side; then a coordinator may reassign it', () => {
    const accepted = run([[{ type: 'send' }, 'requester'], [{ type: 'accept' }, 'receiver']]);
    expect(decide(accepted, { type: 'reassign', to: { authority: 'de-3', country: 'DE' } }, 'receiver-coordinator', ALL_ON)).toEqual({ ok: false, refusal: 'not-escalated' });
    const escalated = run([[{ type: 'escalate', ground: 'lateness' }, 'requester']], ALL_ON, accepted);
    expect(escalated).toMatchObject({ state: 'accepted', escalatedBy: ['requester'] });
    expect(decide(escalated, { type: 'escalate', ground: 'disagreement' }, 'requester', ALL_ON)).toEqual({ ok: false, refusal: 'already-escalated' });
    expect(run([[{ type: 'reassign', to: { authority: 'de-3', country: 'DE' } }, 'receiver-coordinator']], ALL_ON, escalated)).toMatchObject({
      state: 'sent',
      receiverAuthority: 'de-3',
      escalatedBy: [],
    });
  });

  it('does not exist for anyone else', () => {
    for (const state of REQUEST_STATES) {
      for (const type of ['send', 'accept', 'answer', 'close', 'escalate'] as const) {
        expect(decide({ ...start, state }, { type, ground: 'lateness' } as RequestAction, 'outsider', ALL_ON)).toEqual({ ok: false, refusal: 'not-a-participant' });
      }
    }
  });
});

// --- Properties over random sequences of actions by random actors ---------------------------

const sides = fc.constantFrom<ActorSide>('requester', 'receiver', 'requester-coordinator', 'receiver-coordinator', 'outsider');
const text = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ minLength: 1, maxLength: 20 }));
const target = fc.record({ authority: fc.constantFrom('de-1', 'de-2', 'de-3', 'pt-1'), country: fc.constantFrom('DE', 'FR') });
const actions: fc.Arbitrary<RequestAction> = fc.oneof(
  fc.constant({ type: 'send' as const }),
  fc.constant({ type: 'accept' as const }),
  fc.record({ type: fc.constant('reject' as const), reason: fc.constantFrom('not-competent', 'copy-missing', 'whatever') }),
  fc.record({ type: fc.constant('forward' as const), to: target }),
  fc.constant({ type: 'forward-to-coordinator' as const }),
  fc.record({ type: fc.constant('reassign' as const), to: target }),
  fc.record({ type: fc.constant('request-information' as const), message: text }),
  fc.record({ type: fc.constant('provide-information' as const), message: text }),
  fc.constant({ type: 'answer' as const }),
  fc.record({ type: fc.constant('contest' as const), comment: text }),
  fc.constant({ type: 'close' as const }),
  fc.record({ type: fc.constant('withdraw' as const), reason: text }),
  fc.record({ type: fc.constant('escalate' as const), ground: fc.constantFrom('disagreement' as const, 'lateness' as const) }),
);
const options: fc.Arbitrary<RequestOptions> = fc.record({
  forward: fc.boolean(),
  clarification: fc.boolean(),
  contest: fc.boolean(),
  escalation: fc.boolean(),
  rejectReasons: fc.constantFrom(['not-competent'], ['not-competent', 'copy-missing']),
});

/** An action made valid in its arguments, to compare with `allowedActions`. */
function wellFormed(type: RequestAction['type'], request: RequestSnapshot, o: RequestOptions): RequestAction {
  const to = { authority: request.receiverAuthority === 'de-2' ? 'de-3' : 'de-2', country: request.receiverCountry };
  switch (type) {
    case 'reject':
      return { type, reason: o.rejectReasons[0]! };
    case 'forward':
    case 'reassign':
      return { type, to };
    case 'request-information':
    case 'provide-information':
      return { type, message: 'text' };
    case 'contest':
      return { type, comment: 'text' };
    case 'withdraw':
      return { type, reason: 'text' };
    case 'escalate':
      return { type, ground: 'lateness' };
    default:
      return { type } as RequestAction;
  }
}

describe('the workflow, over random sequences of actions by random actors', () => {
  it('never reaches a state it does not define; a refusal changes nothing; an accepted action gives exactly one event', () => {
    fc.assert(
      fc.property(options, fc.array(fc.tuple(actions, sides), { maxLength: 40 }), (o, steps) => {
        let request: RequestSnapshot = start;
        for (const [action, side] of steps) {
          const before = structuredClone(request);
          const frozen = Object.freeze({ ...request, escalatedBy: Object.freeze([...request.escalatedBy]) }) as RequestSnapshot;
          const decision = decide(frozen, action, side, o);
          expect(request).toEqual(before);
          if (!decision.ok) continue;
          expect(Object.keys(decision)).toEqual(['ok', 'event']);
          const wasFinal = FINAL_STATES.includes(request.state);
          request = evolve(request, decision.event);
          expect(REQUEST_STATES).toContain(request.state);
          expect(wasFinal).toBe(false);
          expect(request.receiverCountry).toBe('DE');
          expect(request.receiverAuthority).not.toBe(request.requesterAuthority);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('offers exactly the actions that would succeed (the request page shows only these)', () => {
    fc.assert(
      fc.property(options, fc.array(fc.tuple(actions, sides), { maxLength: 30 }), sides, (o, steps, who) => {
        let request: RequestSnapshot = start;
        for (const [action, side] of steps) {
          const d = decide(request, action, side, o);
          if (d.ok) request = evolve(request, d.event);
        }
        const offered = allowedActions(request, who, o);
        const all: Array<RequestAction['type']> = ['send', 'accept', 'reject', 'forward', 'forward-to-coordinator', 'reassign', 'request-information', 'provide-information', 'answer', 'contest', 'close', 'withdraw', 'escalate'];
        for (const type of all) expect(decide(request, wellFormed(type, request, o), who, o).ok, `${type} by ${who} in ${request.state}`).toBe(offered.includes(type));
      }),
      { numRuns: 500 },
    );
  });

  it('ends where it ends: nothing is possible in a closed, rejected or withdrawn request', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FINAL_STATES), actions, sides, options, (state, action, side, o) => {
        expect(decide({ ...start, state }, action, side, o).ok).toBe(false);
      }),
    );
  });
});
