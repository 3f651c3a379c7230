import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../tests/support/app.js';
import { verifyAuditChain } from '../audit/service.js';
import { shippedCatalogue } from '../catalogue/service.js';
import { PDF, PROCEDURE, requestWorld, senderAnswers, type Person, type RequestWorld } from './test-fixtures.js';
import { evolve, REQUEST_STATES, type RequestEvent, type RequestSnapshot } from './workflow.js';

/**
 * The workflow as the API runs it, on the real database (issue: "random sequences of actions by
 * random actors never reach a state the workflow does not define, a refused action changes
 * nothing, and every accepted action leaves exactly its audit event").
 *
 * Each run starts from a fresh request (a draft ready to send, or already sent) and takes two to
 * eight steps. A step is one of the workflow's actions, or the receiver filling in its reply (an
 * edit, so that an answer can be sent), with valid-looking or invalid arguments, by someone who
 * could plausibly take it or by anyone at all, on the current or a stale version. Some steps take
 * "whatever the request page offers the actor now" instead, so that runs reach the later states.
 */

/** Every step, those that move the story on first. */
const STEP_TYPES = [
  'send', 'accept', 'fill-reply', 'answer', 'close', 'provide-information', 'reassign', 'request-information',
  'forward', 'forward-to-coordinator', 'contest', 'escalate', 'reject', 'withdraw',
] as const;
type StepType = (typeof STEP_TYPES)[number];

/** The timeline entry and audit action an accepted step leaves (`fill-reply` is an edit: no timeline entry). */
const EVENT_OF: Record<StepType, string | null> = {
  send: 'sent',
  accept: 'accepted',
  reject: 'rejected',
  forward: 'forwarded',
  'forward-to-coordinator': 'forwarded-to-coordinator',
  reassign: 'reassigned',
  'request-information': 'information-requested',
  'provide-information': 'information-provided',
  answer: 'answered',
  contest: 'contested',
  close: 'closed',
  withdraw: 'withdrawn',
  escalate: 'escalated',
  'fill-reply': null,
};

/**
 * The world's people, and two who depend on the request: the handler and the supervisor of
 * whichever authority receives it at the time of the step (Berlin, or Munich after a forward).
 */
const PEOPLE = [
  'pt.handler', 'pt.supervisor', 'pt.allocator', 'de.handler', 'de.supervisor', 'de2.handler', 'de2.supervisor', 'fr.supervisor',
  'ptCoordinator', 'deCoordinator', 'commission', 'receiver.handler', 'receiver.supervisor',
] as const;
type PersonKey = (typeof PEOPLE)[number];
const REQUESTER: PersonKey[] = ['pt.handler', 'pt.supervisor'];
const RECEIVER: PersonKey[] = ['receiver.handler', 'receiver.supervisor'];
/** Who would take the step in the story. */
const PLAUSIBLE: Record<StepType | 'offered', PersonKey[]> = {
  send: REQUESTER,
  'provide-information': REQUESTER,
  contest: REQUESTER,
  close: REQUESTER,
  withdraw: REQUESTER,
  accept: RECEIVER,
  reject: RECEIVER,
  forward: RECEIVER,
  'forward-to-coordinator': RECEIVER,
  'request-information': RECEIVER,
  answer: RECEIVER,
  'fill-reply': RECEIVER,
  escalate: [...REQUESTER, ...RECEIVER],
  reassign: ['deCoordinator'],
  offered: [],
};

/** The arguments a step may need; which of them it uses depends on its type. */
interface Args {
  reason: string;
  text: string;
  /** Forward and reassignment target: the two German authorities (one of them receives the request) or the French one. */
  to: 'de' | 'de2' | 'fr';
  ground: 'disagreement' | 'lateness';
}
const argsArb: fc.Arbitrary<Args> = fc.record({
  reason: fc.constantFrom(...(shippedCatalogue().procedures.get(PROCEDURE)!.messages.reject ?? []), 'no-such-reason'),
  text: fc.oneof({ weight: 3, arbitrary: fc.constant('Bitte eine beglaubigte Kopie des Diploms.') }, { weight: 1, arbitrary: fc.constantFrom('', '   ') }),
  to: fc.constantFrom('de' as const, 'de2' as const, 'fr' as const),
  ground: fc.constantFrom('disagreement' as const, 'lateness' as const),
});

interface Move {
  /**
   * The step, or `offered`: the person the request waits for (the receiver while it is sent or
   * accepted, the requester while it is a draft, awaits information or is answered, the receiver's
   * coordinator while it awaits reassignment) takes one of the steps the request page offers them.
   */
  type: StepType | 'offered';
  /** Which of the people the request waits for, and which of the steps offered. */
  pick: number;
  /** Who takes the step (unless it is `offered`). */
  actor: PersonKey;
  args: Args;
  /** Sends the version before the current one. */
  stale: boolean;
}
const typeArb = fc.oneof({ weight: 2, arbitrary: fc.constant('offered' as const) }, { weight: 1, arbitrary: fc.constantFrom(...STEP_TYPES) });
const moveArb: fc.Arbitrary<Move> = typeArb.chain((type) =>
  fc.record({
    type: fc.constant(type),
    pick: fc.nat(),
    // A fifth of the steps chosen in advance are taken by anyone at all.
    actor: type === 'offered' ? fc.constant('pt.handler' as const) : fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PLAUSIBLE[type]) }, { weight: 1, arbitrary: fc.constantFrom(...PEOPLE) }),
    args: argsArb,
    stale: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  }),
);
/** Where a run starts: a draft ready to send (a third of the runs), or a request just sent. */
const startArb = fc.oneof({ weight: 1, arbitrary: fc.constant('draft' as const) }, { weight: 2, arbitrary: fc.constant('sent' as const) });

// ---- the world ----

let t: TestApp;
let w: RequestWorld;

beforeAll(async () => {
  t = await testApp();
  w = await requestWorld(t);
});
afterAll(async () => {
  await t?.close();
});

/** The person behind a key; `receiver.*` is the one of the authority that receives the request now. */
function personOf(key: PersonKey, receiverAuthority: string | null): { name: string; client: TestClient } {
  const [group, role] = key.split('.') as [keyof RequestWorld | 'receiver', string | undefined];
  const team = group === 'receiver' ? (receiverAuthority === w.de2.authorityId ? w.de2 : w.de) : w[group];
  const name = group === 'receiver' ? `${team === w.de2 ? 'de2' : 'de'}.${role}` : key;
  const person = role ? (team as unknown as Record<string, Person>)[role]! : (team as Person);
  return { name, client: person.client };
}

/** A request by the Portuguese handler to the German authority, its answers complete: a draft ready to send, or sent. */
async function freshRequest(sent: boolean): Promise<string> {
  const client = w.pt.handler.client;
  const created = await client.post('/api/v1/requests', { procedure: PROCEDURE, subject: 'Diploma de professor', language: 'pt', receiverAuthority: w.de.authorityId });
  expect(created.statusCode, created.body).toBe(201);
  const { id, version } = created.json() as { id: string; version: number };
  const upload = await client.upload(`/api/v1/requests/${id}/attachments?question=copy`, 'diploma.pdf', PDF);
  expect(upload.statusCode, upload.body).toBe(201);
  const patched = await client.patch(`/api/v1/requests/${id}`, { version, answers: senderAnswers((upload.json() as { id: string }).id) });
  expect(patched.statusCode, patched.body).toBe(200);
  if (sent) {
    const res = await client.post(`/api/v1/requests/${id}/actions`, { version: (patched.json() as { version: number }).version, action: { type: 'send' } });
    expect(res.statusCode, res.body).toBe(200);
  }
  return id;
}

/** Everything a step may touch: the row's workflow fields, its timeline, its answers, and the end of the whole audit log. */
async function footprint(id: string) {
  const row = await t.ctx.db
    .selectFrom('requests')
    .select(['state', 'version', 'requester_authority', 'receiver_authority', 'receiver_country', 'requester_handler', 'receiver_handler', 'escalated_by', 'accept_by', 'answer_by', 'closed_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const events = await t.ctx.db.selectFrom('request_events').select(['seq', 'type', 'side', 'details']).where('request_id', '=', id).orderBy('seq').execute();
  const answers = await t.ctx.db.selectFrom('request_answers').select(['question', 'value']).where('request_id', '=', id).orderBy('question').execute();
  const audit = await t.ctx.db.selectFrom('audit_events').select(['seq', 'action', 'subject_id']).orderBy('seq', 'desc').limit(3).execute();
  return { row, events, answers, audit: audit.reverse() };
}
type Footprint = Awaited<ReturnType<typeof footprint>>;

/** The person the request waits for in a state. */
function waitedFor(state: string, pick: number): PersonKey {
  if (state === 'sent' || state === 'accepted') return RECEIVER[pick % RECEIVER.length]!;
  if (state === 'awaiting-reassignment') return 'deCoordinator';
  return REQUESTER[pick % REQUESTER.length]!;
}

/**
 * The step of an `offered` move: one of those the request page offers (filling in the reply only
 * while it is not), the ones that move the story on (STEP_TYPES' order) more often than the
 * others; any step when the page offers none.
 */
async function offeredStep(client: TestClient, id: string, pick: number, replied: boolean): Promise<StepType> {
  const res = await client.get(`/api/v1/requests/${id}`);
  const viewer = res.statusCode === 200 ? (res.json() as { viewer: { actions: StepType[]; editable: string[] } }).viewer : { actions: [], editable: [] };
  const fill = viewer.editable.includes('receiver') && !replied ? (['fill-reply'] as const) : [];
  const offered = [...viewer.actions, ...fill].sort((x, y) => STEP_TYPES.indexOf(x) - STEP_TYPES.indexOf(y));
  if (offered.length === 0) return STEP_TYPES[pick % STEP_TYPES.length]!;
  return offered[Math.min(pick % offered.length, (pick >> 8) % offered.length)]!;
}

/** What the step sends: the action (or the reply's answers), its arguments taken from the move. */
function bodyOf(type: StepType, args: Args): Record<string, unknown> {
  if (type === 'fill-reply') return { answers: { authentic: 'authentic', 'still-valid': 'yes' }, language: 'de' };
  return {
    action: {
      type,
      ...(type === 'reject' ? { reason: args.reason } : {}),
      ...(type === 'forward' || type === 'reassign' ? { to: { authority: w[args.to].authorityId } } : {}),
      ...(type === 'request-information' || type === 'provide-information' ? { message: args.text } : {}),
      ...(type === 'contest' ? { comment: args.text } : {}),
      ...(type === 'withdraw' ? { reason: args.text } : {}),
      ...(type === 'escalate' ? { ground: args.ground } : {}),
    },
  };
}

const snapshotOf = (row: Footprint['row']): RequestSnapshot => ({
  state: row.state,
  requesterAuthority: row.requester_authority,
  receiverAuthority: row.receiver_authority ?? '',
  receiverCountry: row.receiver_country ?? '',
  escalatedBy: row.escalated_by,
});

/** The workflow event a timeline entry records, as `evolve` takes it (forward and reassignment name their target in `to`; an escalation its side). */
const eventOf = (entry: Footprint['events'][number]) => ({ ...(entry.details as object), type: entry.type, side: entry.side }) as RequestEvent;

/** One step, and what must hold after it. Returns whether it was accepted. */
async function checkStep(id: string, move: Move): Promise<boolean> {
  const before = await footprint(id);
  const actor = personOf(move.type === 'offered' ? waitedFor(before.row.state, move.pick) : move.actor, before.row.receiver_authority);
  const type = move.type === 'offered' ? await offeredStep(actor.client, id, move.pick >> 1, before.answers.some((x) => x.question === 'authentic')) : move.type;
  const version = move.stale ? before.row.version - 1 : before.row.version;
  const body = bodyOf(type, move.args);
  const res = type === 'fill-reply' ? await actor.client.patch(`/api/v1/requests/${id}`, { version, ...body }) : await actor.client.post(`/api/v1/requests/${id}/actions`, { version, ...body });
  const after = await footprint(id);
  const answer = res.json() as { code?: string; state?: string; handedOver?: { state: string } };
  const outcome = res.statusCode >= 400 ? answer.code : (answer.state ?? answer.handedOver?.state);
  const label = `${actor.name} in ${before.row.state}, version ${version}${move.stale ? ' (stale)' : ''}: ${JSON.stringify(body)}${type === 'forward' || type === 'reassign' ? ` (to ${move.args.to})` : ''} → ${res.statusCode} ${outcome}`;

  expect(REQUEST_STATES, label).toContain(after.row.state);
  expect([200, 202, 400, 403, 404, 409], label).toContain(res.statusCode);
  if (res.statusCode >= 400) {
    expect(after, label).toEqual(before);
    return false;
  }

  expect(move.stale, `a stale version was accepted: ${label}`).toBe(false);
  expect(after.row.version, label).toBe(before.row.version + 1);
  const newAudit = after.audit.filter((a) => !before.audit.some((b) => b.seq === a.seq)).map((a) => [a.action, a.subject_id]);
  const newEvents = after.events.slice(before.events.length);
  const eventType = EVENT_OF[type];
  if (eventType === null) {
    // The reply filled in: an edit, not a workflow event.
    expect(newAudit, label).toEqual([['request.updated', id]]);
    expect(newEvents, label).toEqual([]);
    expect(after.row.state, label).toBe(before.row.state);
    return true;
  }
  expect(newAudit, label).toEqual([[`request.${eventType}`, id]]);
  expect(newEvents.map((e) => e.type), label).toEqual([eventType]);
  // The request is where the workflow's own `evolve` takes it with that event.
  const expected = evolve(snapshotOf(before.row), eventOf(newEvents[0]!));
  expect({ state: after.row.state, receiver: after.row.receiver_authority, escalatedBy: after.row.escalated_by }, label).toEqual({
    state: expected.state,
    receiver: expected.receiverAuthority,
    escalatedBy: expected.escalatedBy,
  });
  return true;
}

describe('random sequences of actions by random people', () => {
  it('stay in the workflow, change nothing when refused, and leave exactly one audit event and timeline entry when accepted', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(startArb, fc.array(moveArb, { minLength: 4, maxLength: 8, size: 'max' }), async (start, moves) => {
        const id = await freshRequest(start === 'sent');
        for (const move of moves) await checkStep(id, move);
        const chain = await verifyAuditChain(t.ctx.db);
        expect(chain.ok, JSON.stringify(chain)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
