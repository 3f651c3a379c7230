import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './connection.js';

/**
 * The embedded database under concurrent load: parameterised queries of several connections
 * (each an extended-protocol Parse/Bind/Execute/Sync) interleaved with transactions. Without
 * embedded-queue.ts, pglite-socket mixes their messages and queries fail with
 * `portal "" does not exist` or read another connection's result.
 */
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openDatabase({ embeddedDir: 'memory://', poolSize: 6 });
  await sql`CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)`.execute(handle.db);
  await sql`INSERT INTO counter VALUES (1, 0)`.execute(handle.db);
});
afterAll(async () => {
  await handle.close();
});

describe('the embedded database shared by several connections', () => {
  it('answers each of many concurrent queries with its own result, while transactions run', async () => {
    const queries = Array.from({ length: 300 }, async (_, i) => {
      if (i % 5 === 0) {
        return handle.db.transaction().execute(async (trx) => {
          const row = await sql<{ n: number }>`SELECT n FROM counter WHERE id = ${1} FOR UPDATE`.execute(trx);
          await sql`UPDATE counter SET n = ${row.rows[0]!.n + 1} WHERE id = ${1}`.execute(trx);
          return i;
        });
      }
      const result = await sql<{ echo: number; text: string }>`SELECT ${i}::int AS echo, repeat(${String(i)}, ${(i % 7) + 1}) AS text`.execute(handle.db);
      expect(result.rows).toEqual([{ echo: i, text: String(i).repeat((i % 7) + 1) }]);
      return i;
    });
    const settled = await Promise.allSettled(queries);
    const failures = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => String(s.reason));
    expect(failures).toEqual([]);
    const counter = await sql<{ n: number }>`SELECT n FROM counter WHERE id = 1`.execute(handle.db);
    expect(counter.rows[0]!.n).toBe(60);
  });

  it('goes on serving after a statement fails', async () => {
    await expect(sql`SELECT * FROM no_such_table WHERE id = ${1}`.execute(handle.db)).rejects.toThrow(/no_such_table/);
    const after = await Promise.all(Array.from({ length: 20 }, (_, i) => sql<{ v: number }>`SELECT ${i}::int AS v`.execute(handle.db)));
    expect(after.map((r) => r.rows[0]!.v)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
