import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../tests/support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

describe('operations endpoints', () => {
  it('answers /healthz with the database checked', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok', training: false });
  });

  it('serves Prometheus metrics with process and HTTP figures', async () => {
    await t.app.inject({ method: 'GET', url: '/healthz' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('openimi_process_cpu_user_seconds_total');
    expect(res.body).toMatch(/openimi_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/);
  });

  it('serves the OpenAPI 3.1 document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toBe('3.1.0');
  });
});

describe('errors are problem+json in the caller\'s language', () => {
  it('answers an unknown route with 404 problem+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'route-not-found', type: 'urn:openimi:problem:route-not-found' });
  });

  it('translates the message from Accept-Language', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing', headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' } });
    expect(res.headers['content-language']).toBe('de');
    const en = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(res.json().detail).not.toBe(en.json().detail);
  });

  it('refuses a write without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: {} });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf');
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const csrf = await t.app.inject({ method: 'GET', url: '/api/v1/csrf' });
    const cookie = csrf.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf.json().token },
      payload: '{"email": "a@b.eu", "password":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('malformed-body');
  });
});

describe('when the database is down', () => {
  it('/healthz answers 503 problem+json', async () => {
    const down = await testApp();
    await down.database.pool.end();
    try {
      const res = await down.app.inject({ method: 'GET', url: '/healthz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 503, code: 'database-down' });
    } finally {
      await down.close();
    }
  });
});
