import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.js';
import { migrate } from '../../src/db/migrate.js';

/**
 * Test databases. OPENIMI_TEST_DB=embedded (default) gives each test file its own
 * in-memory PGlite behind the socket server; OPENIMI_TEST_DB=postgres gives it a fresh
 * database on the PostgreSQL at OPENIMI_TEST_PG_URL, cloned from a migrated template.
 */
export type TestDbKind = 'embedded' | 'postgres';

export function testDbKind(): TestDbKind {
  const v = process.env.OPENIMI_TEST_DB ?? 'embedded';
  if (v !== 'embedded' && v !== 'postgres') throw new Error(`OPENIMI_TEST_DB must be embedded or postgres, not ${v}`);
  return v;
}

export const ADMIN_URL = process.env.OPENIMI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEMPLATE_DB = 'openimi_test_template';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Run once per test run (vitest globalSetup): a migrated template on PostgreSQL. */
export async function prepareTemplate(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({ databaseUrl: withDatabase(ADMIN_URL, TEMPLATE_DB), poolSize: 1 });
  try {
    await migrate(handle.db);
  } finally {
    await handle.close();
  }
}

export async function dropTemplate(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** A fresh, migrated database for one test file. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  if (testDbKind() === 'embedded') {
    const handle = await openDatabase({ embeddedDir: 'memory://' });
    await migrate(handle.db);
    return handle;
  }
  const name = `openimi_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({ databaseUrl: withDatabase(ADMIN_URL, name), poolSize: 5 });
  const close = handle.close;
  return {
    ...handle,
    async close() {
      await close();
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}
