import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../tests/support/app.js';
import { verifyAuditChain } from '../audit/service.js';
import { PDF, PROCEDURE, requestWorld, senderAnswers, type RequestWorld } from './test-fixtures.js';

interface Detail {
  id: string;
  reference: string;
  version: number;
  state: string;
  receiver: { id: string; name: string } | null;
  receiverHandler: { id: string } | null;
  requesterHandler: { id: string } | null;
  deadline: { kind: string; at: string; overdue: boolean } | null;
  deadlines: { accept: string | null; answer: string | null };
  answers: Array<{ question: string; value: unknown; language: string | null; by: string }>;
  attachments: Array<{ id: string; sha256: string; filename: string; mediaType: string }>;
  timeline: Array<{ type: string; text: string | null; textLanguage: string | null; details: Record<string, unknown> }>;
  viewer: { sides: string[]; actions: string[]; editable: string[]; canAllocate: boolean };
}

let t: TestApp;
let w: RequestWorld;

beforeAll(async () => {
  t = await testApp();
  w = await requestWorld(t);
});
afterAll(async () => {
  await t.close();
});

async function detail(client: TestClient, id: string): Promise<Detail> {
  const res = await client.get(`/api/v1/requests/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Detail;
}

async function act(client: TestClient, id: string, action: Record<string, unknown>, version?: number) {
  const v = version ?? (await detail(client, id)).version;
  return client.post(`/api/v1/requests/${id}/actions`, { version: v, action });
}

/** A draft by the Portuguese handler, with its copy attached and every required answer given. */
async function readyDraft(subject = 'Diploma de professor — autenticidade'): Promise<Detail> {
  const created = await w.pt.handler.client.post('/api/v1/requests', { procedure: PROCEDURE, subject, language: 'pt', receiverAuthority: w.de.authorityId });
  expect(created.statusCode, created.body).toBe(201);
  const draft = created.json() as Detail;
  const upload = await w.pt.handler.client.upload(`/api/v1/requests/${draft.id}/attachments?question=copy`, 'diploma.pdf', PDF);
  expect(upload.statusCode, upload.body).toBe(201);
  const copy = upload.json() as { id: string };
  const patched = await w.pt.handler.client.patch(`/api/v1/requests/${draft.id}`, { version: draft.version, answers: senderAnswers(copy.id), language: 'pt' });
  expect(patched.statusCode, patched.body).toBe(200);
  return patched.json() as Detail;
}

async function sentRequest(): Promise<Detail> {
  const draft = await readyDraft();
  const sent = await act(w.pt.handler.client, draft.id, { type: 'send' }, draft.version);
  expect(sent.statusCode, sent.body).toBe(200);
  return sent.json() as Detail;
}

describe('a Portuguese authority asks a German one to confirm a diploma is authentic', () => {
  it('goes from draft to closed, each side acting in turn, with deadlines, timeline, notifications and audit', async () => {
    const draft = await readyDraft();
    expect(draft.state).toBe('draft');
    expect(draft.reference).toMatch(/^REQ-\d{4}-\d{6}$/);
    expect(draft.viewer.actions).toEqual(['send']);
    // Nobody at the receiver sees a draft.
    expect((await w.de.supervisor.client.get(`/api/v1/requests/${draft.id}`)).statusCode).toBe(404);

    const sent = (await act(w.pt.handler.client, draft.id, { type: 'send' }, draft.version)).json() as Detail;
    expect(sent.state).toBe('sent');
    expect(sent.deadline?.kind).toBe('accept');
    expect(new Date(sent.deadlines.accept!).getTime()).toBeGreaterThan(t.clock.now.getTime() + 86_400_000);

    // The German allocator is told and allocates it to a handler.
    const notes = (await w.de.allocator.client.get('/api/v1/notifications')).json() as { items: Array<{ kind: string; params: Record<string, string> }>; unread: number };
    expect(notes.items.find((n) => n.params.reference === sent.reference)).toMatchObject({ kind: 'received', params: { authority: 'Conservatória do Registo Civil de Lisboa' } });
    const incomingForAllocator = await detail(w.de.allocator.client, draft.id);
    expect(incomingForAllocator.viewer.actions).toEqual([]);
    expect(incomingForAllocator.viewer.canAllocate).toBe(true);
    const candidates = (await w.de.allocator.client.get(`/api/v1/requests/${draft.id}/handlers`)).json() as { items: Array<{ id: string }> };
    expect(candidates.items.map((c) => c.id)).toEqual(expect.arrayContaining([w.de.handler.id, w.de.handler2.id, w.de.supervisor.id]));
    expect(candidates.items.map((c) => c.id)).not.toContain(w.de.administrator.id);
    const allocated = await w.de.allocator.client.post(`/api/v1/requests/${draft.id}/allocation`, { version: incomingForAllocator.version, handler: w.de.handler.id });
    expect(allocated.statusCode, allocated.body).toBe(200);
    // The other handler no longer sees it: it is someone else's now.
    expect((await w.de.handler2.client.get(`/api/v1/requests/${draft.id}`)).statusCode).toBe(404);

    const forHandler = await detail(w.de.handler.client, draft.id);
    expect(forHandler.viewer.actions).toEqual(expect.arrayContaining(['accept', 'reject', 'forward']));
    const accepted = (await act(w.de.handler.client, draft.id, { type: 'accept' })).json() as Detail;
    expect(accepted.state).toBe('accepted');
    expect(accepted.deadline?.kind).toBe('answer');
    expect(accepted.viewer.editable).toEqual(['receiver']);

    // Sending an answer with a required question unanswered is refused, and changes nothing.
    const early = await act(w.de.handler.client, draft.id, { type: 'answer' });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'request-answers-missing', errors: [{ pointer: '/answers/authentic', code: 'required' }] });
    expect((await detail(w.de.handler.client, draft.id)).state).toBe('accepted');

    const answered = await w.de.handler.client.patch(`/api/v1/requests/${draft.id}`, { version: accepted.version, answers: { authentic: 'authentic', 'still-valid': 'yes', comments: 'Die Urkunde ist echt.' }, language: 'de' });
    expect(answered.statusCode, answered.body).toBe(200);
    const done = (await act(w.de.handler.client, draft.id, { type: 'answer' })).json() as Detail;
    expect(done.state).toBe('answered');
    expect(done.answers.find((a) => a.question === 'comments')).toMatchObject({ value: 'Die Urkunde ist echt.', language: 'de', by: 'receiver' });
    expect(done.answers.find((a) => a.question === 'doubt-details')).toMatchObject({ language: 'pt', by: 'sender' });

    const forRequester = await detail(w.pt.handler.client, draft.id);
    expect(forRequester.viewer.actions).toEqual(expect.arrayContaining(['close', 'escalate']));
    const closed = (await act(w.pt.handler.client, draft.id, { type: 'close' })).json() as Detail;
    expect(closed.state).toBe('closed');
    expect(closed.viewer.actions).toEqual([]);
    expect(closed.timeline.map((e) => e.type)).toEqual(['created', 'attachment-added', 'sent', 'allocated', 'accepted', 'answered', 'closed']);

    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('subject_id', '=', draft.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual([
      'request.created', 'request.attachment-added', 'request.updated', 'request.sent', 'request.allocated', 'request.accepted', 'request.updated', 'request.answered', 'request.closed',
    ]);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('lets either participant download the attachment, checked by its SHA-256, and nobody else', async () => {
    const sent = await sentRequest();
    const a = sent.attachments[0]!;
    expect(a).toMatchObject({ mediaType: 'application/pdf', filename: 'diploma.pdf' });
    const mine = await w.de.supervisor.client.get(`/api/v1/requests/${sent.id}/attachments/${a.id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-disposition']).toContain('diploma.pdf');
    expect(Buffer.compare(mine.rawPayload, PDF)).toBe(0);
    for (const outsider of [w.fr.supervisor, w.de2.supervisor, w.de.administrator]) {
      expect((await outsider.client.get(`/api/v1/requests/${sent.id}/attachments/${a.id}`)).statusCode).toBe(404);
    }
  });
});

describe('the other paths of the workflow', () => {
  it('rejects with one of the standard reasons only', async () => {
    const sent = await sentRequest();
    expect((await act(w.de.supervisor.client, sent.id, { type: 'reject', reason: 'no-such-reason' })).json()).toMatchObject({ code: 'request-unknown-reason' });
    const rejected = await act(w.de.supervisor.client, sent.id, { type: 'reject', reason: 'not-competent', comment: 'Bitte an das Standesamt München.' }, undefined);
    expect(rejected.statusCode, rejected.body).toBe(200);
    const body = rejected.json() as Detail;
    expect(body.state).toBe('rejected');
    expect(body.timeline.at(-1)).toMatchObject({ type: 'rejected', details: { reason: 'not-competent' }, text: 'Bitte an das Standesamt München.', textLanguage: 'de' });
  });

  it('forwards to a better-placed authority of the same country, which then has to accept it', async () => {
    const sent = await sentRequest();
    expect((await act(w.de.supervisor.client, sent.id, { type: 'forward', to: { authority: w.fr.authorityId } })).json()).toMatchObject({ code: 'request-other-country' });
    const forwarded = await act(w.de.supervisor.client, sent.id, { type: 'forward', to: { authority: w.de2.authorityId } });
    expect(forwarded.statusCode, forwarded.body).toBe(202);
    expect(forwarded.json()).toMatchObject({ handedOver: { id: sent.id, state: 'sent' } });
    expect((await detail(w.pt.handler.client, sent.id)).receiver?.id).toBe(w.de2.authorityId);
    // Berlin no longer takes part; Munich does.
    expect((await w.de.supervisor.client.get(`/api/v1/requests/${sent.id}`)).statusCode).toBe(404);
    expect((await detail(w.de2.handler.client, sent.id)).viewer.actions).toContain('accept');
  });

  it('waits for more information, then goes back to the receiver', async () => {
    const sent = await sentRequest();
    await act(w.de.handler.client, sent.id, { type: 'accept' });
    expect((await act(w.de.handler.client, sent.id, { type: 'request-information', message: '   ' })).json()).toMatchObject({ code: 'request-text-required' });
    const waiting = (await act(w.de.handler.client, sent.id, { type: 'request-information', message: 'Bitte eine bessere Kopie.' })).json() as Detail;
    expect(waiting.state).toBe('awaiting-information');
    const provided = (await act(w.pt.handler.client, sent.id, { type: 'provide-information', message: 'Segue uma cópia melhor.' })).json() as Detail;
    expect(provided.state).toBe('accepted');
  });

  it('withdraws before an answer, and not after', async () => {
    const sent = await sentRequest();
    const withdrawn = (await act(w.pt.supervisor.client, sent.id, { type: 'withdraw', reason: 'O processo foi arquivado.' })).json() as Detail;
    expect(withdrawn.state).toBe('withdrawn');
    const again = await act(w.pt.supervisor.client, sent.id, { type: 'withdraw', reason: 'again' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'request-not-in-this-state', state: 'withdrawn' });
  });

  it('escalates to the coordinators, who then see it, and the receiving coordinator reassigns it', async () => {
    const sent = await sentRequest();
    expect((await w.de.handler.client.get(`/api/v1/requests/${sent.id}`)).statusCode).toBe(200);
    expect((await w.deCoordinator.client.get(`/api/v1/requests/${sent.id}`)).statusCode).toBe(404);
    const escalated = (await act(w.pt.handler.client, sent.id, { type: 'escalate', ground: 'lateness' })).json() as Detail;
    expect(escalated.timeline.at(-1)).toMatchObject({ type: 'escalated', details: { ground: 'lateness' } });
    expect((await act(w.pt.handler.client, sent.id, { type: 'escalate', ground: 'lateness' })).json()).toMatchObject({ code: 'request-already-escalated' });
    const forCoordinator = await detail(w.deCoordinator.client, sent.id);
    expect(forCoordinator.viewer.sides).toEqual(['receiver-coordinator']);
    expect(forCoordinator.viewer.actions).toEqual(['reassign']);
    expect((await w.frCoordinator.client.get(`/api/v1/requests/${sent.id}`)).statusCode).toBe(404);
    const coordinatorNotes = (await w.ptCoordinator.client.get('/api/v1/notifications')).json() as { items: Array<{ kind: string }> };
    expect(coordinatorNotes.items.map((n) => n.kind)).toContain('escalated');
    const reassigned = await act(w.deCoordinator.client, sent.id, { type: 'reassign', to: { authority: w.de2.authorityId } });
    expect(reassigned.statusCode, reassigned.body).toBe(202);
    expect(await detail(w.pt.handler.client, sent.id)).toMatchObject({ state: 'sent', receiver: { id: w.de2.authorityId } });
  });

  it('contests an answer where the procedure allows it, and refuses it where it does not', async () => {
    const sent = await sentRequest();
    await act(w.de.handler.client, sent.id, { type: 'accept' });
    const d = await detail(w.de.handler.client, sent.id);
    await w.de.handler.client.patch(`/api/v1/requests/${sent.id}`, { version: d.version, answers: { authentic: 'cannot-be-established' } });
    await act(w.de.handler.client, sent.id, { type: 'answer' });
    // pd-authenticity-request does not offer "contest".
    const contest = await act(w.pt.handler.client, sent.id, { type: 'contest', comment: 'Não concordamos.' });
    expect(contest.statusCode).toBe(403);
    expect(contest.json()).toMatchObject({ code: 'request-action-not-offered' });
  });
});

describe('concurrency and idempotency', () => {
  it('lets one of two simultaneous actions through; the other gets 409 with the new state', async () => {
    const sent = await sentRequest();
    const d = await detail(w.de.handler.client, sent.id);
    const [a, b] = await Promise.all([
      act(w.de.handler.client, sent.id, { type: 'accept' }, d.version),
      act(w.de.supervisor.client, sent.id, { type: 'reject', reason: 'not-competent' }, d.version),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json()).toMatchObject({ code: 'request-changed', currentVersion: d.version + 1 });
    const events = await t.ctx.db.selectFrom('request_events').select('type').where('request_id', '=', sent.id).where('type', 'in', ['accepted', 'rejected']).execute();
    expect(events).toHaveLength(1);
  });

  it('creates one draft for one idempotency key, however often the call is retried', async () => {
    const body = { procedure: PROCEDURE, subject: 'Idempotent', receiverAuthority: w.de.authorityId };
    const key = 'compose-7f3a9c2e-0b1d';
    const [first, second] = await Promise.all([
      w.pt.handler.client.post('/api/v1/requests', body, { 'idempotency-key': key }),
      w.pt.handler.client.post('/api/v1/requests', body, { 'idempotency-key': key }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 201]);
    expect((first.json() as Detail).id).toBe((second.json() as Detail).id);
    const reused = await w.pt.handler.client.post('/api/v1/requests', { ...body, subject: 'Other' }, { 'idempotency-key': key });
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'idempotency-key-reused' });
  });
});

describe('attachments are checked before anything is kept', () => {
  it('refuses a renamed executable and an empty file, and stores nothing', async () => {
    const created = (await w.pt.handler.client.post('/api/v1/requests', { procedure: PROCEDURE, subject: 'Files' })).json() as Detail;
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
    const exe = await w.pt.handler.client.upload(`/api/v1/requests/${created.id}/attachments`, 'diploma.pdf', elf);
    expect(exe.statusCode).toBe(400);
    expect(exe.json()).toMatchObject({ code: 'attachment-type-not-allowed' });
    expect((await w.pt.handler.client.upload(`/api/v1/requests/${created.id}/attachments`, 'empty.pdf', Buffer.alloc(0))).json()).toMatchObject({ code: 'attachment-empty' });
    expect((await detail(w.pt.handler.client, created.id)).attachments).toEqual([]);
  });

  it('refuses a file over the configured limit', async () => {
    // The limit is read on every upload; this app is built with the default (20 MB), lowered here for one call.
    const limits = t.ctx.config.attachments;
    const saved = limits.maxBytes;
    limits.maxBytes = 1024;
    try {
      const created = (await w.pt.handler.client.post('/api/v1/requests', { procedure: PROCEDURE, subject: 'Big' })).json() as Detail;
      const big = await w.pt.handler.client.upload(`/api/v1/requests/${created.id}/attachments`, 'big.pdf', Buffer.concat([PDF, Buffer.alloc(4096, 0x20)]));
      expect(big.statusCode).toBe(400);
      expect(big.json()).toMatchObject({ code: 'attachment-too-large' });
      expect(await t.ctx.db.selectFrom('request_attachments').select('id').where('request_id', '=', created.id).execute()).toEqual([]);
    } finally {
      limits.maxBytes = saved;
    }
  });
});

describe('the PDF case file', () => {
  it('is there for participants in their language, and for nobody else', async () => {
    const sent = await sentRequest();
    const pdf = await w.de.supervisor.client.get(`/api/v1/requests/${sent.id}/pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await w.fr.supervisor.client.get(`/api/v1/requests/${sent.id}/pdf`)).statusCode).toBe(404);
  });
});

describe('deadlines', () => {
  it('reminds before a deadline and flags it overdue once, each only once; a moved deadline re-arms them', async () => {
    const { sweepDeadlines } = await import('./deadline-sweep.js');
    const sent = await sentRequest();
    // Rather than moving the clock days ahead (sessions would expire), the deadline comes closer.
    const dueIn = async (ms: number) => {
      const at = new Date(t.clock.now.getTime() + ms);
      await t.ctx.db.updateTable('requests').set({ accept_by: at }).where('id', '=', sent.id).execute();
      return at;
    };
    {
      // Up to a day before: a reminder to the receiving side, once.
      const acceptBy = await dueIn(3_600_000);
      await sweepDeadlines(t.ctx);
      await sweepDeadlines(t.ctx);
      let d = await detail(w.pt.handler.client, sent.id);
      expect(d.timeline.filter((e) => e.type === 'reminder')).toHaveLength(1);
      const allocatorNotes = (await w.de.allocator.client.get('/api/v1/notifications')).json() as { items: Array<{ kind: string; params: Record<string, string> }> };
      // (The test clock stands still, so notifications of one test share their time: look them up by kind.)
      expect(allocatorNotes.items.filter((n) => n.kind === 'deadline-soon' && n.params.reference === sent.reference)).toEqual([
        expect.objectContaining({ params: expect.objectContaining({ deadline: acceptBy.toISOString().slice(0, 10) }) }),
      ]);

      // Past it: overdue, in the detail, the inbox and the timeline, once; both sides are told.
      await dueIn(-60_000);
      await sweepDeadlines(t.ctx);
      await sweepDeadlines(t.ctx);
      d = await detail(w.pt.handler.client, sent.id);
      expect(d.deadline).toMatchObject({ kind: 'accept', overdue: true });
      expect(d.timeline.filter((e) => e.type === 'overdue')).toHaveLength(1);
      const inbox = (await w.pt.handler.client.get('/api/v1/requests?box=outgoing&overdue=true')).json() as { items: Array<{ id: string; deadline: { overdue: boolean } }>; counts: { overdue: number } };
      expect(inbox.items.map((i) => i.id)).toContain(sent.id);
      expect(inbox.counts.overdue).toBeGreaterThan(0);
      const requesterNotes = (await w.pt.handler.client.get('/api/v1/notifications')).json() as { items: Array<{ kind: string; params: Record<string, string> }> };
      expect(requesterNotes.items.filter((n) => n.kind === 'overdue' && n.params.reference === sent.reference)).toHaveLength(1);

      // The requester gives more time, with a reason: no longer overdue, and the reminders re-arm.
      const later = new Date(t.clock.now.getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
      const moved = await w.pt.handler.client.post(`/api/v1/requests/${sent.id}/deadlines`, { version: d.version, kind: 'accept', date: later, reason: 'Férias escolares na Alemanha.', language: 'pt' });
      expect(moved.statusCode, moved.body).toBe(200);
      expect((moved.json() as Detail).deadline).toMatchObject({ kind: 'accept', overdue: false });
      expect((moved.json() as Detail).timeline.at(-1)).toMatchObject({ type: 'deadline-changed', text: 'Férias escolares na Alemanha.', textLanguage: 'pt' });
      const past = await w.pt.handler.client.post(`/api/v1/requests/${sent.id}/deadlines`, { version: (moved.json() as Detail).version, kind: 'accept', date: '2020-01-01', reason: 'x' });
      expect(past.json()).toMatchObject({ code: 'request-deadline-past' });
    }
  });
});

describe('notifications by e-mail', () => {
  it('mails those who want it, in their own language, and only shows the others in the app', async () => {
    // The German allocator keeps mail on (the default); the German supervisor turns it off.
    const off = await w.de.supervisor.client.patch('/api/v1/me', { mailNotifications: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ mailNotifications: false });
    const sent = await sentRequest();
    await act(w.de.handler.client, sent.id, { type: 'accept' });
    await act(w.pt.handler.client, sent.id, { type: 'withdraw', reason: 'O processo foi arquivado.' });

    const mails = await t.ctx.db.selectFrom('mail_outbox').select(['recipient', 'subject', 'body_text', 'language']).where('subject', 'like', `%${sent.reference}%`).execute();
    const to = (email: string) => mails.filter((m) => m.recipient === email);
    // The handler who accepted it is the one told of the withdrawal, in German, with a link to the request.
    expect(to(w.de.handler.email)).toEqual([expect.objectContaining({ language: 'de', body_text: expect.stringContaining(`/requests/${sent.id}`) })]);
    expect(to(w.de.allocator.email)).toHaveLength(1); // told of its arrival
    expect(to(w.de.supervisor.email)).toEqual([]);
    const inApp = (await w.de.supervisor.client.get('/api/v1/notifications')).json() as { items: Array<{ kind: string; params: Record<string, string> }> };
    expect(inApp.items.filter((n) => n.params.reference === sent.reference).map((n) => n.kind)).toEqual(['received']);
    await w.de.supervisor.client.patch('/api/v1/me', { mailNotifications: true });
  });
});
