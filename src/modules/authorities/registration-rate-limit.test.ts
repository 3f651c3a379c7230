import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../tests/support/app.js';
import { REGISTRATION_RATE_LIMIT } from './routes.js';

/** The public registration form is rate-limited per client address (its own app: the limit is per process). */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

describe('registration rate limit', () => {
  it(`answers 429 problem+json after ${REGISTRATION_RATE_LIMIT.max} requests, and nothing is stored`, async () => {
    const client = t.client();
    for (let i = 0; i < REGISTRATION_RATE_LIMIT.max; i++) {
      expect((await client.post('/api/v1/registrations', {})).statusCode).toBe(400);
    }
    const res = await client.post('/api/v1/registrations', {});
    expect(res.statusCode).toBe(429);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 429, code: 'too-many-requests' });
    expect(await t.ctx.db.selectFrom('registrations').select('id').execute()).toEqual([]);
  });

  it('does not limit the signed-in routes of the module', async () => {
    const res = await t.client().get('/api/v1/authorities');
    expect(res.statusCode).toBe(401);
  });
});
