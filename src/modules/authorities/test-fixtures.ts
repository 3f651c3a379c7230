import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema/index.js';

/**
 * Test data for this module's API tests (imported by *.test.ts only): request bodies and
 * the "nothing changed" check. Everything here is plain data or a read of the database.
 */
let n = 0;

export function uniqueName(prefix = 'Behörde'): string {
  n += 1;
  return `${prefix} ${randomUUID().slice(0, 8)} ${n}`;
}

export interface RegistrationBody {
  authority: {
    names: Array<{ language: string; name: string }>;
    country: string;
    region?: string | null;
    address: string;
    contactEmail: string;
    contactPhone?: string | null;
    languages: string[];
    competences: string[];
    procedures?: string[];
    professions?: string[];
  };
  administrator: { email: string; name: string; preferredLanguage: string };
}

export function registrationBody(overrides: { authority?: Partial<RegistrationBody['authority']>; administrator?: Partial<RegistrationBody['administrator']> } = {}): RegistrationBody {
  return {
    authority: {
      names: [{ language: 'de', name: uniqueName() }],
      country: 'DE',
      region: 'Bayern',
      address: 'Mühlenstraße 1, 80331 München',
      contactEmail: 'kontakt@behoerde.example.eu',
      contactPhone: '+49 89 123456',
      languages: ['de', 'en'],
      competences: ['services'],
      ...overrides.authority,
    },
    administrator: {
      email: `admin-${randomUUID().slice(0, 8)}@behoerde.example.eu`,
      name: 'Anna Administratorin',
      preferredLanguage: 'de',
      ...overrides.administrator,
    },
  };
}

/** A pending registration written straight to the database (the state a decision story starts from). */
export async function seedRegistration(db: Kysely<Database>, body: RegistrationBody = registrationBody()): Promise<string> {
  const id = randomUUID();
  const { country, region, competences, ...profile } = body.authority;
  await db
    .insertInto('registrations')
    .values({
      id,
      status: 'pending',
      country,
      region: region ?? null,
      competences,
      authority: JSON.stringify({ ...profile, contactPhone: profile.contactPhone ?? null }),
      administrator: JSON.stringify(body.administrator),
      submitted_at: new Date(),
      decided_at: null,
      decided_by: null,
      reason: null,
      authority_id: null,
    })
    .execute();
  return id;
}

const COUNTED = ['authorities', 'authority_names', 'memberships', 'users', 'registrations', 'user_tokens', 'mail_outbox', 'audit_events'] as const;

/** Row counts of every table a use case of this module writes, plus pending registrations. */
export async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const parts = COUNTED.map((table) => sql`SELECT ${table}::text AS t, count(*)::int AS n FROM ${sql.table(table)}`);
  parts.push(sql`SELECT 'registrations pending'::text, count(*)::int FROM registrations WHERE status = 'pending'`);
  parts.push(sql`SELECT 'authorities suspended'::text, count(*)::int FROM authorities WHERE status = 'suspended'`);
  const r = await sql<{ t: string; n: number }>`${sql.join(parts, sql` UNION ALL `)}`.execute(db);
  return Object.fromEntries(r.rows.map((row) => [row.t, row.n]));
}

/** A fingerprint of every membership (who has which roles where), to show that roles did not change. */
export async function membershipFingerprint(db: Kysely<Database>): Promise<string> {
  const rows = await db.selectFrom('memberships').select(['user_id', 'authority_id', 'roles']).orderBy('user_id').orderBy('authority_id').execute();
  return JSON.stringify(rows);
}
