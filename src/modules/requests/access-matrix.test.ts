import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../tests/support/app.js';
import { PDF, PROCEDURE, requestWorld, senderAnswers, type Person, type RequestWorld } from './test-fixtures.js';

/**
 * Who sees an information request and who may do what with it, as tables (issue: "Only the two
 * authorities taking part — and coordinators once escalated, and the Commission where the
 * procedure includes it — can see a request; for anyone else it does not exist (404)").
 *
 * The request: the Portuguese authority's handler sent it to the German authority, whose allocator
 * gave it to one of its handlers (so the other handler of each side is not on it). In the
 * `+escalated` situations the Portuguese handler has also escalated it to the coordinators. The
 * procedure (pd-authenticity-request) does not include the Commission.
 *
 * Every cell is one call through the HTTP API, on the version that is current. A refused call runs
 * on the one shared request of its situation, which must come out unchanged; an allowed workflow
 * action runs on a fresh request in the same situation; any other allowed write (answers, comment,
 * allocation to the handler who already has it, deadline, upload) on a "workbench" request in it.
 *
 * Legend
 *   ok    200          new   201 (document stored)          gone  202 (done; the actor no longer takes part)
 *   -     404: the request does not exist for this person; in the inbox column: no box lists it
 *   RO    403 request-read-only         WS  403 request-wrong-side         NA  403 request-not-an-allocator
 *   NE    409 request-not-editable      NS  409 request-not-in-this-state
 * inbox: the box of `GET /requests?box=…` that lists the request for this person.
 * detail, pdf, file: GET of the request, of its PDF case file, of its attachment.
 * answers: PATCH of answers. comment, allocate, deadline, upload: POST to /comments, /allocation, /deadlines, /attachments.
 * The other columns are the workflow actions open in the request's state (POST /actions);
 * to-coord is forward-to-coordinator, ask-info is request-information.
 */
const SENT = `
  person            request          inbox         detail  pdf  file  answers  accept  reject  forward  to-coord  reassign  withdraw  escalate  comment  allocate  deadline  upload
  pt.handler        sent             outgoing      ok      ok   ok    NE       WS      WS      WS       WS        WS        ok        ok        ok       NA        ok        new
  pt.handler2       sent             -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
  pt.supervisor     sent             outgoing      ok      ok   ok    NE       WS      WS      WS       WS        WS        ok        ok        ok       ok        ok        new
  pt.allocator      sent             outgoing      ok      ok   ok    RO       RO      RO      RO       RO        RO        RO        RO        RO       ok        RO        RO
  pt.administrator  sent             -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
  de.handler        sent             incoming      ok      ok   ok    NE       ok      ok      gone     ok        WS        WS        ok        ok       NA        ok        NS
  de.handler2       sent             -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
  de.supervisor     sent             incoming      ok      ok   ok    NE       ok      ok      gone     ok        WS        WS        ok        ok       ok        ok        NS
  de.allocator      sent             incoming      ok      ok   ok    RO       RO      RO      RO       RO        RO        RO        RO        RO       ok        RO        RO
  de.administrator  sent             -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
  de2.supervisor    sent             -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
  fr.supervisor     sent             -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
  ptCoordinator     sent             -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
  deCoordinator     sent             -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
  frCoordinator     sent             -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
  commission        sent             -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
  ptCoordinator     sent+escalated   coordination  ok      ok   ok    RO       WS      WS      WS       WS        WS        WS        WS        RO       NA        RO        RO
  deCoordinator     sent+escalated   coordination  ok      ok   ok    RO       WS      WS      WS       WS        gone      WS        WS        RO       NA        RO        RO
  frCoordinator     sent+escalated   -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
  commission        sent+escalated   -             -       -    -     -        -       -       -        -         -         -         -         -        -         -         -
`;

/** The same people once the German handler has accepted the request and filled in the reply (not yet sent). */
const ACCEPTED = `
  person            request              inbox         detail  answers  forward  ask-info  answer  reassign  withdraw  escalate  upload
  pt.handler        accepted             outgoing      ok      NE       WS       WS        WS      WS        ok        ok        new
  pt.handler2       accepted             -             -       -        -        -         -       -         -         -         -
  pt.supervisor     accepted             outgoing      ok      NE       WS       WS        WS      WS        ok        ok        new
  pt.allocator      accepted             outgoing      ok      RO       RO       RO        RO      RO        RO        RO        RO
  pt.administrator  accepted             -             -       -        -        -         -       -         -         -         -
  de.handler        accepted             incoming      ok      ok       gone     ok        ok      WS        WS        ok        new
  de.handler2       accepted             -             -       -        -        -         -       -         -         -         -
  de.supervisor     accepted             incoming      ok      ok       gone     ok        ok      WS        WS        ok        new
  de.allocator      accepted             incoming      ok      RO       RO       RO        RO      RO        RO        RO        RO
  de.administrator  accepted             -             -       -        -        -         -       -         -         -         -
  de2.supervisor    accepted             -             -       -        -        -         -       -         -         -         -
  fr.supervisor     accepted             -             -       -        -        -         -       -         -         -         -
  ptCoordinator     accepted             -             -       -        -        -         -       -         -         -         -
  deCoordinator     accepted             -             -       -        -        -         -       -         -         -         -
  frCoordinator     accepted             -             -       -        -        -         -       -         -         -         -
  commission        accepted             -             -       -        -        -         -       -         -         -         -
  ptCoordinator     accepted+escalated   coordination  ok      RO       WS       WS        WS      WS        WS        WS        RO
  deCoordinator     accepted+escalated   coordination  ok      RO       WS       WS        WS      gone      WS        WS        RO
  frCoordinator     accepted+escalated   -             -       -        -        -         -       -         -         -         -
  commission        accepted+escalated   -             -       -        -        -         -       -         -         -         -
`;

// ---- reading the tables ----

const ACTIONS = {
  accept: 'accept',
  reject: 'reject',
  forward: 'forward',
  'to-coord': 'forward-to-coordinator',
  'ask-info': 'request-information',
  answer: 'answer',
  reassign: 'reassign',
  withdraw: 'withdraw',
  escalate: 'escalate',
} as const;
type Action = keyof typeof ACTIONS;
const OTHER_OPERATIONS = ['detail', 'pdf', 'file', 'answers', 'comment', 'allocate', 'deadline', 'upload'] as const;
type Operation = Action | (typeof OTHER_OPERATIONS)[number];
const isAction = (op: string): op is Action => op in ACTIONS;
const READS: readonly Operation[] = ['detail', 'pdf', 'file'];

const OUTCOMES: Record<string, { status: number; code?: string }> = {
  ok: { status: 200 },
  new: { status: 201 },
  gone: { status: 202 },
  '-': { status: 404, code: 'not-found' },
  RO: { status: 403, code: 'request-read-only' },
  WS: { status: 403, code: 'request-wrong-side' },
  NA: { status: 403, code: 'request-not-an-allocator' },
  NE: { status: 409, code: 'request-not-editable' },
  NS: { status: 409, code: 'request-not-in-this-state' },
};
const allowed = (cell: string | undefined) => cell === 'ok' || cell === 'new' || cell === 'gone';

const BOXES = ['incoming', 'outgoing', 'drafts', 'coordination'] as const;
const SITUATIONS = ['sent', 'sent+escalated', 'accepted', 'accepted+escalated'] as const;
type Situation = (typeof SITUATIONS)[number];

interface Row {
  person: string;
  situation: Situation;
  operations: Operation[];
  /** The expected cells: `inbox` and one per operation of the table. */
  expected: Record<string, string>;
}

function parseMatrix(text: string): Row[] {
  const [header, ...lines] = text.trim().split('\n').map((l) => l.trim().split(/\s+/));
  const [, , , ...operations] = header as [string, string, string, ...Operation[]];
  for (const op of operations) if (!isAction(op) && !(OTHER_OPERATIONS as readonly string[]).includes(op)) throw new Error(`unknown operation ${op}`);
  return lines.map((cells) => {
    const [person, situation, inbox, ...outcomes] = cells as [string, Situation, string, ...string[]];
    if (cells.length !== header!.length) throw new Error(`${person} ${situation}: ${cells.length} cells for ${header!.length} columns`);
    if (!SITUATIONS.includes(situation)) throw new Error(`${person}: unknown situation ${situation}`);
    if (![...BOXES, '-'].includes(inbox)) throw new Error(`${person}: unknown box ${inbox}`);
    for (const o of outcomes) if (!(o in OUTCOMES)) throw new Error(`${person} ${situation}: unknown outcome ${o}`);
    return { person, situation, operations, expected: { inbox, ...Object.fromEntries(operations.map((op, i) => [op, outcomes[i]!])) } };
  });
}

// ---- the world and its requests ----

let t: TestApp;
let w: RequestWorld;

interface Detail {
  id: string;
  viewer: { actions: string[]; editable: string[]; canAllocate: boolean; canAdjustDeadlines: boolean; canComment: boolean; canAttach: boolean };
}
interface Case {
  id: string;
  attachment: string;
}

function personOf(key: string): Person {
  const [group, role] = key.split('.') as [keyof RequestWorld, string | undefined];
  const found = role ? (w[group] as unknown as Record<string, Person>)[role] : (w[group] as Person);
  if (!found) throw new Error(`no ${key} in the world`);
  return found;
}

async function currentVersion(id: string): Promise<number> {
  return (await t.ctx.db.selectFrom('requests').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
}

/** A request brought into the situation through the API, each step on the version current then. */
async function newRequest(situation: Situation): Promise<Case> {
  const created = await w.pt.handler.client.post('/api/v1/requests', { procedure: PROCEDURE, subject: 'Diploma — autenticidade', language: 'pt', receiverAuthority: w.de.authorityId });
  expect(created.statusCode, created.body).toBe(201);
  const id = (created.json() as Detail).id;
  const upload = await w.pt.handler.client.upload(`/api/v1/requests/${id}/attachments?question=copy`, 'diploma.pdf', PDF);
  expect(upload.statusCode, upload.body).toBe(201);
  const attachment = (upload.json() as { id: string }).id;
  const url = `/api/v1/requests/${id}`;
  const steps: Array<[Person, 'patch' | 'post', string, Record<string, unknown>]> = [
    [w.pt.handler, 'patch', url, { answers: senderAnswers(attachment) }],
    [w.pt.handler, 'post', `${url}/actions`, { action: { type: 'send' } }],
    [w.de.allocator, 'post', `${url}/allocation`, { handler: w.de.handler.id }],
  ];
  if (situation.startsWith('accepted')) {
    steps.push([w.de.handler, 'post', `${url}/actions`, { action: { type: 'accept' } }]);
    steps.push([w.de.handler, 'patch', url, { answers: { authentic: 'authentic', 'still-valid': 'yes' }, language: 'de' }]);
  }
  if (situation.endsWith('+escalated')) steps.push([w.pt.handler, 'post', `${url}/actions`, { action: { type: 'escalate', ground: 'lateness' } }]);
  for (const [who, method, path, body] of steps) {
    const res = await who.client[method](path, { version: await currentVersion(id), ...body });
    expect(res.statusCode, `${path} ${res.body}`).toBe(200);
  }
  return { id, attachment };
}

const ACTION_INPUTS: Record<Action, () => Record<string, unknown>> = {
  accept: () => ({ type: 'accept' }),
  reject: () => ({ type: 'reject', reason: 'not-competent' }),
  forward: () => ({ type: 'forward', to: { authority: w.de2.authorityId } }),
  'to-coord': () => ({ type: 'forward-to-coordinator' }),
  'ask-info': () => ({ type: 'request-information', message: 'Bitte eine beglaubigte Kopie.' }),
  answer: () => ({ type: 'answer' }),
  reassign: () => ({ type: 'reassign', to: { authority: w.de2.authorityId } }),
  withdraw: () => ({ type: 'withdraw', reason: 'O processo foi arquivado.' }),
  escalate: () => ({ type: 'escalate', ground: 'disagreement' }),
};

/** One cell: the person does the operation on the request. */
async function perform(key: string, operation: Operation, request: Case, situation: Situation): Promise<LightMyRequestResponse> {
  const { client } = personOf(key);
  const url = `/api/v1/requests/${request.id}`;
  switch (operation) {
    case 'detail':
      return client.get(url);
    case 'pdf':
      return client.get(`${url}/pdf`);
    case 'file':
      return client.get(`${url}/attachments/${request.attachment}`);
    case 'answers':
      return client.patch(url, { version: await currentVersion(request.id), answers: { comments: 'Geprüft im Register.' }, language: 'de' });
    case 'comment':
      return client.post(`${url}/comments`, { text: 'Ver anexo.' });
    case 'allocate':
      // To the handler of the person's side who already has it: the request stays where it was.
      return client.post(`${url}/allocation`, { version: await currentVersion(request.id), handler: key.startsWith('pt.') ? w.pt.handler.id : w.de.handler.id });
    case 'deadline': {
      const date = new Date(t.clock.now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
      return client.post(`${url}/deadlines`, { version: await currentVersion(request.id), kind: situation.startsWith('sent') ? 'accept' : 'answer', date, reason: 'Feriado nacional.' });
    }
    case 'upload':
      return client.upload(`${url}/attachments`, 'annex.pdf', PDF);
    default:
      return client.post(`${url}/actions`, { version: await currentVersion(request.id), action: ACTION_INPUTS[operation]() });
  }
}

/** The table's symbol for a response, or its status and problem code when no symbol fits. */
function outcomeOf(res: LightMyRequestResponse): string {
  const code = res.statusCode >= 400 ? (res.json() as { code?: string }).code : undefined;
  const symbol = Object.entries(OUTCOMES).find(([, o]) => o.status === res.statusCode && o.code === code)?.[0];
  return symbol ?? `${res.statusCode} ${code ?? ''}`.trim();
}

/** The boxes of the person's inbox that list the request, every page read. */
async function boxesListing(key: string, id: string): Promise<string> {
  const found: string[] = [];
  for (const box of BOXES) {
    for (let page = 1; ; page += 1) {
      const res = await personOf(key).client.get(`/api/v1/requests?box=${box}&pageSize=100&page=${page}`);
      expect(res.statusCode, res.body).toBe(200);
      const items = (res.json() as { items: Array<{ id: string }> }).items;
      if (items.some((i) => i.id === id)) found.push(box);
      if (items.length < 100) break;
    }
  }
  return found.length === 0 ? '-' : found.join('+');
}

/** What a refusal must leave alone: the row, its timeline, its audit trail, its documents. */
async function footprint(id: string) {
  const row = await t.ctx.db
    .selectFrom('requests')
    .select(['state', 'version', 'receiver_authority', 'requester_handler', 'receiver_handler', 'escalated_by', 'accept_by', 'answer_by'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const events = await t.ctx.db.selectFrom('request_events').select(['seq', 'type']).where('request_id', '=', id).orderBy('seq').execute();
  const audit = await t.ctx.db.selectFrom('audit_events').select(['seq', 'action']).where('subject_id', '=', id).orderBy('seq').execute();
  const attachments = await t.ctx.db.selectFrom('request_attachments').select('id').where('request_id', '=', id).orderBy('id').execute();
  const answers = await t.ctx.db.selectFrom('request_answers').select(['question', 'value']).where('request_id', '=', id).orderBy('question').execute();
  return { row, events, audit, attachments, answers };
}

const shared = new Map<Situation, Case>();
const workbenches = new Map<Situation, Case>();
const untouched = new Map<Situation, Awaited<ReturnType<typeof footprint>>>();

beforeAll(async () => {
  t = await testApp();
  w = await requestWorld(t);
  for (const situation of SITUATIONS) {
    const request = await newRequest(situation);
    shared.set(situation, request);
    untouched.set(situation, await footprint(request.id));
  }
});
afterAll(async () => {
  await t?.close();
});

/** Where a cell runs: reads and refusals on the shared request, allowed actions on a fresh one, other allowed writes on the workbench. */
async function requestFor(row: Row, operation: Operation): Promise<Case> {
  if (READS.includes(operation) || !allowed(row.expected[operation])) return shared.get(row.situation)!;
  if (isAction(operation)) return newRequest(row.situation);
  if (!workbenches.has(row.situation)) workbenches.set(row.situation, await newRequest(row.situation));
  return workbenches.get(row.situation)!;
}

// ---- the checks ----

async function checkRow(row: Row) {
  const request = shared.get(row.situation)!;
  const observed: Record<string, string> = { inbox: await boxesListing(row.person, request.id) };
  for (const operation of row.operations) observed[operation] = outcomeOf(await perform(row.person, operation, await requestFor(row, operation), row.situation));
  // Soft: a row with a wrong cell still checks the inbox and the page below.
  expect.soft(observed).toEqual(row.expected);

  // The list and the request page agree: listed exactly when it opens.
  expect(observed.inbox !== '-', 'listed in an inbox ⇔ the request opens').toBe(observed.detail === 'ok');
  if (observed.detail !== 'ok') return;

  // The page offers exactly what the API allowed: the workflow actions, and the other controls the table covers.
  const viewer = ((await personOf(row.person).client.get(`/api/v1/requests/${request.id}`)).json() as Detail).viewer;
  const actions = row.operations.filter(isAction);
  expect([...viewer.actions].sort()).toEqual(actions.filter((a) => allowed(observed[a])).map((a) => ACTIONS[a]).sort());
  const controls = { answers: viewer.editable.length > 0, comment: viewer.canComment, allocate: viewer.canAllocate, deadline: viewer.canAdjustDeadlines, upload: viewer.canAttach };
  for (const [operation, offered] of Object.entries(controls)) {
    if (operation in observed) expect(offered, `viewer offers ${operation}`).toBe(allowed(observed[operation]));
  }
}

describe.each([
  ['sent to the German authority and allocated to its handler', SENT],
  ['accepted by the German handler, its reply filled in', ACCEPTED],
])('a request %s: who sees it and what each may do', (_, table) => {
  for (const row of parseMatrix(table)) {
    const sees = row.expected.detail === '-' ? 'it does not exist' : `opens it from ${row.expected.inbox}`;
    it(`${row.person} (${row.situation}) ${sees}`, { timeout: 60_000 }, () => checkRow(row));
  }
});

describe('refusals', () => {
  it('left every shared request exactly as it was', async () => {
    for (const [situation, request] of shared) expect(await footprint(request.id), situation).toEqual(untouched.get(situation));
  });
});
