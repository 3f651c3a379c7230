import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import type { Actor } from '../../server/actor.js';
import type { UnitOfWork } from '../../db/transaction.js';
import { Conflict, NotFound } from '../../server/errors.js';
import type { AuthorityResource } from '../access/policy.js';
import { displayName, orderNames, type AuthorityName } from './authority-names.js';
import type { AuthorityProfile } from './schema.js';

/** Reading and writing authority rows and their names; used by the use cases of this module. */
export interface AuthorityRecord extends AuthorityResource {
  address: string;
  contactEmail: string;
  contactPhone: string | null;
  languages: string[];
  competences: string[];
  procedures: string[];
  professions: string[];
  createdAt: Date;
  /** National-language names first (authority-names.ts). */
  names: AuthorityName[];
}

type Db = Kysely<Database> | Transaction<Database>;

/** The authority with its names, or 404. `forUpdate` locks the row: the mutex for changes to it and its memberships. */
export async function loadAuthority(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<AuthorityRecord> {
  let query = db.selectFrom('authorities').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new NotFound();
  const names = await db.selectFrom('authority_names').select(['language', 'name']).where('authority_id', '=', id).execute();
  return {
    id: row.id,
    country: row.country,
    region: row.region,
    status: row.status,
    address: row.address,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    languages: row.languages,
    competences: row.competences,
    procedures: row.procedures,
    professions: row.professions,
    createdAt: row.created_at,
    names: orderNames(names, row.country),
  };
}

export function toProfile(record: AuthorityRecord, readerLanguage: string): AuthorityProfile {
  const shown = displayName(record.names, record.country, readerLanguage);
  return {
    id: record.id,
    country: record.country,
    region: record.region,
    status: record.status,
    name: shown.name,
    nameLanguage: shown.language,
    names: record.names.map(({ language, name }) => ({ language, name })),
    competences: record.competences,
    procedures: record.procedures,
    professions: record.professions,
    languages: record.languages,
    address: record.address,
    contactEmail: record.contactEmail,
    contactPhone: record.contactPhone,
    createdAt: record.createdAt.toISOString(),
  };
}

/**
 * The actor as of now for this authority: its roles re-read inside the transaction, after
 * the authority row is locked, so that a user removed or demoted a moment ago by a
 * concurrent request no longer acts with the roles loaded at the start of the request.
 */
export async function withCurrentRoles(trx: Transaction<Database>, actor: Actor, authority: AuthorityRecord): Promise<Actor> {
  const row = await trx
    .selectFrom('memberships')
    .select('roles')
    .where('user_id', '=', actor.userId)
    .where('authority_id', '=', authority.id)
    .executeTakeFirst();
  const others = actor.memberships.filter((m) => m.authorityId !== authority.id);
  const current = row ? [{ authorityId: authority.id, country: authority.country, roles: row.roles, authorityStatus: authority.status }] : [];
  return { ...actor, memberships: [...others, ...current] };
}

/** What the audit log keeps of an authority. */
export function auditSnapshot(record: AuthorityRecord) {
  const { createdAt: _createdAt, ...rest } = record;
  return rest;
}

/**
 * Refuses a second authority with the same name in a country: an existing authority, or
 * a pending registration, with any name that folds (lower case, no accents) to one of
 * `names`. Serialised per country by an advisory lock held until the transaction ends,
 * so that two concurrent registrations cannot both pass.
 */
export async function assertNoDuplicate(
  trx: Transaction<Database>,
  country: string,
  names: readonly AuthorityName[],
  except: { authorityId?: string; registrationId?: string } = {},
): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`openimi.authority-name.${country}`}))`.execute(trx);
  const candidates = names.map((n) => n.name);
  const found = await sql<{ name: string }>`
    WITH wanted AS (SELECT DISTINCT imi_fold(x) AS folded FROM unnest(${candidates}::text[]) AS x)
    SELECT n.name
      FROM authority_names n
      JOIN authorities a ON a.id = n.authority_id
      JOIN wanted w ON w.folded = n.folded
     WHERE a.country = ${country}
       AND a.id IS DISTINCT FROM ${except.authorityId ?? null}::uuid
    UNION ALL
    SELECT e.value->>'name'
      FROM registrations r
      CROSS JOIN LATERAL jsonb_array_elements(r.authority->'names') AS e(value)
      JOIN wanted w ON w.folded = imi_fold(e.value->>'name')
     WHERE r.status = 'pending'
       AND r.country = ${country}
       AND r.id IS DISTINCT FROM ${except.registrationId ?? null}::uuid
    LIMIT 1`.execute(trx);
  const hit = found.rows[0];
  if (hit) throw new Conflict('authority-duplicate', { name: hit.name, country });
}

/** What a new authority is made of (an AuthorityInput, or a registration's stored request). */
export interface NewAuthority {
  names: readonly AuthorityName[];
  country: string;
  region?: string | null | undefined;
  address: string;
  contactEmail: string;
  contactPhone?: string | null | undefined;
  languages: readonly string[];
  /** Already resolved against the catalogue (competences.ts). */
  competences: readonly string[];
  procedures: readonly string[];
  professions: readonly string[];
}

/** Inserts an authority and its names; returns the stored record. */
export async function insertAuthority(uow: UnitOfWork, input: NewAuthority): Promise<AuthorityRecord> {
  const id = randomUUID();
  await uow.trx
    .insertInto('authorities')
    .values({
      id,
      country: input.country,
      region: input.region ?? null,
      status: 'active',
      address: input.address,
      contact_email: input.contactEmail,
      contact_phone: input.contactPhone ?? null,
      languages: [...input.languages],
      competences: [...input.competences],
      procedures: [...input.procedures],
      professions: [...input.professions],
      created_at: uow.now,
      updated_at: uow.now,
    })
    .execute();
  await replaceNames(uow, id, input.names);
  return loadAuthority(uow.trx, id);
}

export async function replaceNames(uow: UnitOfWork, authorityId: string, names: readonly AuthorityName[]): Promise<void> {
  await uow.trx.deleteFrom('authority_names').where('authority_id', '=', authorityId).execute();
  await uow.trx
    .insertInto('authority_names')
    .values(names.map((n) => ({ authority_id: authorityId, language: n.language, name: n.name })))
    .execute();
}
