import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClamd, type ClamdProcess } from '../../../tests/fixtures/clamav/clamd.js';
import { testApp, type TestApp } from '../../../tests/support/app.js';
import { createAttachmentFiles } from '../files/attachments.js';
import { eicar, samplePdf } from '../files/test-fixtures.js';
import { PROCEDURE, requestWorld, type RequestWorld } from './test-fixtures.js';

/**
 * Uploads through the API with a real ClamAV daemon (Debian's clamd with a one-line EICAR
 * signature database): the test virus is refused with a clear message and nothing is kept;
 * a clean document goes through.
 */
let clamd: ClamdProcess;
let t: TestApp;
let w: RequestWorld;

beforeAll(async () => {
  clamd = await startClamd();
  t = await testApp();
  // The same app, its uploads now scanned by this clamd.
  t.ctx.files = createAttachmentFiles({ ...t.ctx.config.attachments, clamd: { host: clamd.host, port: clamd.port, timeoutMs: 10_000 } });
  w = await requestWorld(t);
}, 90_000);
afterAll(async () => {
  await t?.close();
  await clamd?.stop();
});

describe('an upload scanned by ClamAV', () => {
  it('refuses the EICAR test file (a text file, so the type check lets it through to the scan) in the caller’s language and keeps nothing; accepts a clean PDF', async () => {
    const pt = w.pt.handler.client;
    pt.lang = 'pt';
    const draft = (await pt.post('/api/v1/requests', { procedure: PROCEDURE, subject: 'Verificação antivírus' })).json() as { id: string };
    const infected = await pt.upload(`/api/v1/requests/${draft.id}/attachments`, 'leia-me.txt', eicar());
    expect(infected.statusCode).toBe(400);
    expect(infected.headers['content-type']).toContain('application/problem+json');
    expect(infected.json()).toMatchObject({ code: 'attachment-infected', detail: expect.stringContaining('leia-me.txt') });
    expect(infected.headers['content-language']).toBe('pt');
    expect(await t.ctx.db.selectFrom('request_attachments').select('id').where('request_id', '=', draft.id).execute()).toEqual([]);

    const clean = await pt.upload(`/api/v1/requests/${draft.id}/attachments`, 'diploma.pdf', samplePdf());
    expect(clean.statusCode, clean.body).toBe(201);
    expect(clean.json()).toMatchObject({ mediaType: 'application/pdf' });
  });
});
