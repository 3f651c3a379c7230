import { Migrator, sql, type Kysely, type MigrationResult } from 'kysely';
import { COUNTRIES } from '../modules/reference/countries.js';
import { EU_LANGUAGES, LANGUAGES } from '../modules/reference/languages.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema/index.js';

export class MigrationError extends Error {}

/** Applies every pending migration, then brings the reference data up to date. */
export async function migrate(db: Kysely<Database>): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MigrationError(`Migration ${failed?.migrationName ?? '?'} failed: ${String((error as Error).message ?? error)}`);
  }
  await syncReferenceData(db);
  return results ?? [];
}

/** Languages and countries are reference data owned by the code: upserted on every start. */
export async function syncReferenceData(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const code of LANGUAGES) {
      await trx
        .insertInto('languages')
        .values({ code, eu_official: (EU_LANGUAGES as readonly string[]).includes(code) })
        .onConflict((oc) => oc.column('code').doUpdateSet({ eu_official: (eb) => eb.ref('excluded.eu_official') }))
        .execute();
    }
    for (const c of COUNTRIES) {
      await trx
        .insertInto('countries')
        .values({ code: c.code, eu: c.eu, languages: [...c.languages] })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({ eu: (eb) => eb.ref('excluded.eu'), languages: (eb) => eb.ref('excluded.languages') }),
        )
        .execute();
    }
  });
}

export async function databaseIsReachable(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`SELECT 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
