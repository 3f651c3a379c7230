import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuthorityRole, Database } from '../../src/db/schema/index.js';
import { hashPassword } from '../../src/modules/identity/passwords.js';

/**
 * Test data written straight to the database: the state a story starts from.
 * What the story itself does goes through the API.
 */
export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;
let counter = 0;

function next(): number {
  counter += 1;
  return counter;
}

export interface UserSeed {
  email?: string;
  name?: string;
  language?: string;
  status?: 'pending' | 'active' | 'disabled';
  password?: string | null;
  commissionAdmin?: boolean;
}

export async function createUser(db: Kysely<Database>, seed: UserSeed = {}) {
  const n = next();
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash =
    seed.password === null ? null : seed.password && seed.password !== TEST_PASSWORD ? await hashPassword(seed.password) : await passwordHash;
  const now = new Date();
  const user = {
    id: randomUUID(),
    email: seed.email ?? `user${n}-${randomUUID().slice(0, 8)}@example.eu`,
    name: seed.name ?? `Test User ${n}`,
    preferred_language: seed.language ?? 'en',
    password_hash: hash,
    status: seed.status ?? 'active',
    totp_secret: null,
    totp_enabled_at: null,
    commission_admin: seed.commissionAdmin ?? false,
    created_at: now,
    updated_at: now,
  } as const;
  await db.insertInto('users').values(user).execute();
  return { ...user, password: seed.password ?? TEST_PASSWORD };
}

export interface AuthoritySeed {
  country?: string;
  region?: string | null;
  names?: Record<string, string>;
  competences?: string[];
  procedures?: string[];
  professions?: string[];
  languages?: string[];
  status?: 'active' | 'suspended';
}

export async function createAuthority(db: Kysely<Database>, seed: AuthoritySeed = {}) {
  const n = next();
  const now = new Date();
  const authority = {
    id: randomUUID(),
    country: seed.country ?? 'DE',
    region: seed.region ?? null,
    status: seed.status ?? 'active',
    address: `Teststraße ${n}, 10115 Berlin`,
    contact_email: `authority${n}@example.eu`,
    contact_phone: '+49 30 1234567',
    languages: seed.languages ?? ['de', 'en'],
    competences: seed.competences ?? ['services'],
    procedures: seed.procedures ?? [],
    professions: seed.professions ?? [],
    created_at: now,
    updated_at: now,
  } as const;
  await db.insertInto('authorities').values({
    ...authority,
    languages: [...authority.languages],
    competences: [...authority.competences],
    procedures: [...authority.procedures],
    professions: [...authority.professions],
  }).execute();
  const names = seed.names ?? { en: `Test Authority ${n}` };
  await db
    .insertInto('authority_names')
    .values(Object.entries(names).map(([language, name]) => ({ authority_id: authority.id, language, name })))
    .execute();
  return { ...authority, names };
}

export async function addMembership(db: Kysely<Database>, userId: string, authorityId: string, roles: AuthorityRole[]) {
  await db.insertInto('memberships').values({ user_id: userId, authority_id: authorityId, roles, created_at: new Date() }).execute();
}

export async function addCoordinator(
  db: Kysely<Database>,
  userId: string,
  country: string,
  kind: 'national' | 'delegated' = 'national',
  scope: { areas?: string[]; regions?: string[] } = {},
) {
  const id = randomUUID();
  await db
    .insertInto('coordinators')
    .values({ id, user_id: userId, country, kind, areas: scope.areas ?? [], regions: scope.regions ?? [], require_totp: false, created_at: new Date() })
    .execute();
  return id;
}
