import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_URL, testDbKind } from '../support/database.js';
import { freePort, runCli, waitFor } from '../support/process.js';

/**
 * The operator's commands, run as processes. With OPENIMI_TEST_DB=postgres they use a fresh
 * PostgreSQL database through DATABASE_URL; otherwise the embedded database in a temp DATA_DIR.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openimi-cli-'));
const dbName = `openimi_cli_${process.pid}`;
let env: Record<string, string | undefined>;

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  env = { DATA_DIR: dataDir, DATABASE_URL: undefined, NODE_ENV: 'development', TRAINING: undefined };
  if (testDbKind() === 'postgres') {
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${dbName}`);
    const u = new URL(ADMIN_URL);
    u.pathname = `/${dbName}`;
    env.DATABASE_URL = u.toString();
  }
});

afterAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (testDbKind() === 'postgres') await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
});

describe('openimi start --training', () => {
  it('migrates, loads the training world on first start, prints the URL and demo logins, and serves /healthz', async () => {
    const port = await freePort();
    const started = Date.now();
    const run = runCli(['start', '--training', '--port', String(port)], env);
    try {
      const health = await waitFor(
        async () => {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`);
          return res.status === 200 ? ((await res.json()) as { training: boolean }) : undefined;
        },
        90_000,
        '/healthz',
      );
      expect(health.training).toBe(true);
      await waitFor(async () => (run.output().includes('Demo logins') ? true : undefined), 5_000, 'the banner');
      const out = run.output();
      expect(out).toContain(`OpenIMI is running at http://localhost:${port}`);
      expect(out).toContain('TRAINING ENVIRONMENT');
      expect(out).toMatch(/coordinator\.de@/);
      console.log(`first start to /healthz 200: ${Date.now() - started} ms`);
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  }, 120_000);

  it('starts again on the same data without seeding twice', async () => {
    const port = await freePort();
    const started = Date.now();
    const run = runCli(['start', '--training', '--port', String(port)], env);
    try {
      await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200 ? true : undefined), 60_000, '/healthz');
      expect(run.output()).not.toContain('training world loaded now');
      console.log(`second start to /healthz 200: ${Date.now() - started} ms`);
    } finally {
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    }
  }, 90_000);
});

describe('openimi audit verify and user create', () => {
  it('creates a national coordinator, then verifies the audit chain', async () => {
    const create = runCli(['user', 'create', '--email', 'new.coordinator@example.eu', '--name', 'Nieuwe Coördinator', '--language', 'nl', '--coordinator', 'NL'], {
      ...env,
      OPENIMI_PASSWORD: 'a long and varied passphrase',
    });
    expect(await create.exited, create.output()).toBe(0);
    expect(create.output()).toContain('User new.coordinator@example.eu created');

    const verify = runCli(['audit', 'verify'], env);
    expect(await verify.exited, verify.output()).toBe(0);
    expect(verify.output()).toMatch(/Audit chain intact: \d+ events/);
  }, 60_000);

  it('refuses a weak password and an unknown country with clear messages, creating nothing', async () => {
    const run = runCli(['user', 'create', '--email', 'x@example.eu', '--name', 'X', '--password', 'short', '--coordinator', 'XX'], env);
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('the password is not acceptable');
    expect(run.output()).toContain('unknown country "XX"');
  }, 30_000);

  it('refuses to start in production with the default secret', async () => {
    const run = runCli(['start'], { ...env, NODE_ENV: 'production', SESSION_SECRET: undefined });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('Refusing to start in production with the default SESSION_SECRET');
  }, 30_000);
});
