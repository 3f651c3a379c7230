import type { AuthoritiesTable, AuthorityRole, CoordinatorsTable } from '../../db/schema/authorities.js';
import type { Catalogue } from '../catalogue/load.js';
import { shippedCatalogue } from '../catalogue/service.js';
import { COUNTRIES } from '../reference/countries.js';
import type { Language } from '../reference/languages.js';
import { TRAINING_AREAS, type TrainingArea } from './areas.js';
import { planAuthorities, type PlannedAuthority } from './authority-plan.js';
import type { CountryData } from './country-data.js';
import { COUNTRY_DATA } from './data/index.js';
import { DEMO_ACCOUNTS, demoAuthorityNames, TRAINING_DOMAIN, type DemoAccount } from './demo-logins.js';
import { shortSlug, type FoldOptions } from './fold.js';
import { trainingUuid } from './ids.js';
import { competencesOf, professionsOf, usesEuro, type InstitutionKind } from './institutions.js';
import { EmailBook, personName } from './people.js';
import { hashSeed, Random } from './prng.js';
import { trainingRegistrations, type TrainingRegistration } from './registrations.js';

/** The seed of the world `openimi seed --training` loads. */
export const TRAINING_SEED = 20080101;

export type AuthorityRow = Omit<AuthoritiesTable, 'created_at' | 'updated_at'>;
export interface AuthorityNameRow {
  authority_id: string;
  language: string;
  name: string;
}
export interface UserRow {
  id: string;
  email: string;
  name: string;
  preferred_language: string;
  commission_admin: boolean;
}
export interface MembershipRow {
  user_id: string;
  authority_id: string;
  roles: AuthorityRole[];
}
export type CoordinatorRow = Omit<CoordinatorsTable, 'created_at' | 'require_totp'>;
export interface CountryPolicyRow {
  country: string;
  require_totp: boolean;
}

/** Plain rows, without timestamps or password hashes (the seeder adds those). */
export interface TrainingWorld {
  seed: number;
  scale: number;
  authorities: AuthorityRow[];
  authorityNames: AuthorityNameRow[];
  users: UserRow[];
  memberships: MembershipRow[];
  coordinators: CoordinatorRow[];
  countryPolicies: CountryPolicyRow[];
  /** Pending registrations for the demo coordinators to decide (the same at every scale). */
  registrations: TrainingRegistration[];
}

/** Staff sizes, drawn uniformly: 2 to 5 users, mostly 2 or 3. */
const STAFF_SIZES = [2, 2, 2, 3, 3, 3, 3, 4, 4, 5] as const;
const ROLE_MIXES: readonly AuthorityRole[][] = [['handler'], ['handler'], ['allocator', 'handler'], ['supervisor'], ['handler', 'supervisor']];
/** Share of staff places filled by someone already working for another authority of the country. */
const SHARED_STAFF = 0.06;

/**
 * Pure: the whole training world for a scale and a seed. Same arguments, same rows.
 * Scale multiplies the authorities of every country (and so the users); time and
 * memory grow linearly with it.
 */
/**
 * What the world needs of the catalogue: the procedures of each policy area that competent
 * authorities take part in, and the taxonomy's codes (see `trainingCatalogueOf`).
 */
export interface TrainingCatalogue {
  proceduresByArea: ReadonlyMap<string, readonly string[]>;
  professions: ReadonlySet<string>;
}

export function trainingCatalogueOf(catalogue: Catalogue): TrainingCatalogue {
  const proceduresByArea = new Map<string, string[]>();
  for (const area of catalogue.areas) {
    const taking = area.procedures.filter((p) => [...p.participants.senders, ...p.participants.receivers].includes('competent-authority'));
    proceduresByArea.set(area.code, taking.map((p) => p.code));
  }
  return { proceduresByArea, professions: new Set(catalogue.taxonomy.map((e) => e.code)) };
}

export function generateTrainingWorld(scale = 1, seed = TRAINING_SEED, catalogue: TrainingCatalogue = trainingCatalogueOf(shippedCatalogue())): TrainingWorld {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) throw new RangeError(`The training scale must be above 0 and at most 1000, not ${scale}`);
  const world: TrainingWorld = { seed, scale, authorities: [], authorityNames: [], users: [], memberships: [], coordinators: [], countryPolicies: [], registrations: trainingRegistrations(seed) };
  for (const country of COUNTRIES) {
    const data = COUNTRY_DATA[country.code];
    if (!data) throw new Error(`No training data for ${country.code}`);
    generateCountry(world, data, country.languages, catalogue);
  }
  const commission = DEMO_ACCOUNTS.filter((a) => !a.country);
  for (const account of commission) world.users.push(demoUser(world.seed, account));
  return world;
}

/** An institution's areas, the procedures of those areas it takes part in, and its professions, as the catalogue has them. */
function competencesIn(catalogue: TrainingCatalogue, kind: InstitutionKind, country: string) {
  const competences = competencesOf(kind, country).filter((a) => catalogue.proceduresByArea.has(a));
  return {
    competences,
    procedures: competences.flatMap((a) => catalogue.proceduresByArea.get(a) ?? []),
    professions: professionsOf(kind).filter((p) => catalogue.professions.has(p)),
  };
}

function demoUser(seed: number, account: DemoAccount): UserRow {
  return {
    id: trainingUuid(seed, 'user', `demo:${account.email}`),
    email: account.email,
    name: account.name,
    preferred_language: account.language,
    commission_admin: account.commissionAdmin ?? false,
  };
}

function generateCountry(world: TrainingWorld, data: CountryData, languages: readonly Language[], catalogue: TrainingCatalogue): void {
  const code = data.code;
  const rng = new Random(hashSeed(world.seed, code));
  const fold: FoldOptions = { germanUmlauts: data.germanFolding ?? false };
  const domain = `${code.toLowerCase()}.${TRAINING_DOMAIN}`;
  const emails = new EmailBook();
  const contactSlugs = new Map<string, number>();
  const countryUsers: UserRow[] = [];

  const newUser = (language: string): UserRow => {
    const name = personName(data.people, rng);
    const user: UserRow = {
      id: trainingUuid(world.seed, 'user', `${code}:${countryUsers.length}`),
      email: emails.claim(name, domain, fold),
      name: name.display,
      preferred_language: language,
      commission_admin: false,
    };
    countryUsers.push(user);
    world.users.push(user);
    return user;
  };

  const count = Math.max(1, Math.round(data.size * world.scale));
  const plan = planAuthorities(data, languages, count, rng, demoAuthorityNames(code));
  const idsByName = new Map<string, string>();

  plan.forEach((planned, index) => {
    const id = trainingUuid(world.seed, 'authority', `${code}:${index}`);
    const national = planned.names.map(([l]) => l).filter((l) => l !== 'en');
    const works: Language[] = [...national];
    if (!works.includes('en') && (planned.names.some(([l]) => l === 'en') || rng.chance(0.5))) works.push('en');
    const primary = planned.names[0]!;
    idsByName.set(primary[1], id);

    const slug = shortSlug(primary[1], 60, fold) || 'authority';
    const seen = (contactSlugs.get(slug) ?? 0) + 1;
    contactSlugs.set(slug, seen);

    world.authorities.push({
      id,
      country: code,
      region: planned.region?.name ?? null,
      status: 'active',
      address: address(data, planned, rng),
      contact_email: `${seen === 1 ? slug : `${slug}-${seen}`}@${domain}`,
      contact_phone: rng.pattern(data.phone.replace('#', '%')),
      languages: works,
      ...competencesIn(catalogue, planned.kind, code),
    });
    for (const [language, name] of planned.names) world.authorityNames.push({ authority_id: id, language, name });

    const size = rng.pick(STAFF_SIZES);
    const members = new Set<string>();
    rolesFor(size, rng).forEach((roles, slot) => {
      let user: UserRow | undefined;
      if (slot > 0 && countryUsers.length > 0 && rng.chance(SHARED_STAFF)) {
        const candidate = rng.pick(countryUsers);
        if (!members.has(candidate.id)) user = candidate;
      }
      user ??= newUser(rng.chance(0.8) ? primary[0] : rng.pick(works));
      members.add(user.id);
      world.memberships.push({ user_id: user.id, authority_id: id, roles });
    });
  });

  const demo = DEMO_ACCOUNTS.filter((a) => a.country === code);
  for (const account of demo.filter((a) => a.membership)) {
    const authorityId = idsByName.get(account.membership!.authority);
    if (!authorityId) throw new Error(`The demo authority ${account.membership!.authority} (${code}) is not in the training world`);
    const user = demoUser(world.seed, account);
    world.users.push(user);
    world.memberships.push({ user_id: user.id, authority_id: authorityId, roles: [...account.membership!.roles] });
  }

  const coordinator = (userId: string, kind: 'national' | 'delegated', areas: string[], regions: string[]) => {
    world.coordinators.push({ id: trainingUuid(world.seed, 'coordinator', `${code}:${world.coordinators.length}`), user_id: userId, country: code, kind, areas, regions });
  };
  const demoCoordinators = demo.filter((a) => a.coordinator);
  const demoNational = demoCoordinators.find((a) => a.coordinator!.kind === 'national');
  if (demoNational) {
    const user = demoUser(world.seed, demoNational);
    world.users.push(user);
    coordinator(user.id, 'national', [], []);
  } else {
    coordinator(newUser(languages[0]!).id, 'national', [], []);
  }
  const demoDelegated = demoCoordinators.filter((a) => a.coordinator!.kind === 'delegated');
  for (const account of demoDelegated) {
    const user = demoUser(world.seed, account);
    world.users.push(user);
    coordinator(user.id, 'delegated', [...account.coordinator!.areas], [...account.coordinator!.regions]);
  }
  const areas = TRAINING_AREAS.filter((a): a is TrainingArea => a !== 'euro-cash-transport' || usesEuro(code));
  const delegated = Math.max(0, rng.int(1, 3) - demoDelegated.length);
  for (let i = 0; i < delegated; i++) {
    const scope = rng.int(0, 2); // 0: areas, 1: a region, 2: both
    const scopedAreas = scope === 1 ? [] : rng.sample(areas, rng.int(1, 2));
    const scopedRegions = scope === 0 ? [] : [rng.pick(data.regions).name];
    coordinator(newUser(languages[0]!).id, 'delegated', scopedAreas, scopedRegions);
  }

  world.countryPolicies.push({ country: code, require_totp: false });
}

/** Roles of an authority's staff: an administrator first, always someone to allocate and handle. */
function rolesFor(size: number, rng: Random): AuthorityRole[][] {
  if (size === 2) return rng.chance(0.5) ? [['administrator', 'allocator', 'supervisor'], ['handler']] : [['administrator'], ['allocator', 'handler']];
  const admin: AuthorityRole[] = rng.chance(0.5) ? ['administrator', 'allocator'] : ['administrator'];
  const roles: AuthorityRole[][] = [admin, admin.includes('allocator') ? ['handler'] : ['allocator', 'handler']];
  while (roles.length < size) roles.push([...rng.pick(ROLE_MIXES)]);
  return roles;
}

function address(data: CountryData, planned: PlannedAuthority, rng: Random): string {
  const street = rng.pick(planned.seatRegion.streets ?? data.streets);
  return data.address
    .replace('{street}', street)
    .replace('{no}', String(rng.int(1, 120)))
    .replace('{zip}', postcode(data.zip, planned.seat.zip, rng))
    .replace('{city}', planned.seat.name);
}

/** The country's pattern, its first positions filled from the place's prefix. */
export function postcode(pattern: string, prefix: string, rng: Random): string {
  let used = 0;
  let out = '';
  for (const ch of pattern) {
    if (ch === '#' || ch === '@') out += used < prefix.length ? prefix[used++] : rng.pattern(ch);
    else out += ch;
  }
  return out;
}
