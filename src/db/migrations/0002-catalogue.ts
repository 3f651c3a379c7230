import { sql, type Kysely } from 'kysely';

/**
 * The procedure catalogue (docs/CATALOGUE.md): every version of every procedure the server has
 * served, so exchanges keep rendering with the version they were created with; and authorities'
 * competences by procedure and by profession or activity, next to their policy areas.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE catalogue_versions (
      procedure text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      hash text NOT NULL,
      snapshot jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (procedure, version)
    );

    ALTER TABLE authorities
      ADD COLUMN procedures text[] NOT NULL DEFAULT '{}',
      ADD COLUMN professions text[] NOT NULL DEFAULT '{}';
    CREATE INDEX authorities_procedures ON authorities USING gin (procedures);
    CREATE INDEX authorities_professions ON authorities USING gin (professions);
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The catalogue migration cannot be reverted');
}
