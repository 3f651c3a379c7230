import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from '../identity/passwords.js';
import { COUNTRIES } from '../reference/countries.js';
import { LANGUAGES } from '../reference/languages.js';
import { shippedCatalogue } from '../catalogue/service.js';
import { TRAINING_AREAS } from './areas.js';
import { COUNTRY_DATA } from './data/index.js';
import { DEMO_ACCOUNTS, DEMO_LOGINS, TRAINING_PASSWORD } from './demo-logins.js';
import { generateTrainingWorld, type TrainingWorld } from './world.js';

const fingerprint = (w: TrainingWorld) => createHash('sha256').update(JSON.stringify(w)).digest('hex');
const world = generateTrainingWorld(1);
const nameOf = new Map<string, string>();
for (const n of world.authorityNames) if (!nameOf.has(n.authority_id)) nameOf.set(n.authority_id, n.name);
const byName = (country: string, name: string) => world.authorities.find((a) => a.country === country && nameOf.get(a.id) === name);

function uniqueNamesPerCountry(w: TrainingWorld): void {
  const countryOf = new Map(w.authorities.map((a) => [a.id, a.country]));
  const owner = new Map<string, string>();
  for (const n of w.authorityNames) {
    const key = `${countryOf.get(n.authority_id)}|${n.name}`;
    const other = owner.get(key);
    if (other && other !== n.authority_id) throw new Error(`Two authorities named ${key}`);
    owner.set(key, n.authority_id);
  }
}

function uniqueEmailsAndIds(w: TrainingWorld): void {
  const emails = w.users.map((u) => u.email.toLowerCase());
  expect(new Set(emails).size).toBe(emails.length);
  for (const e of emails) expect(e).toMatch(/^[a-z0-9][a-z0-9.-]*@[a-z0-9.-]+\.eu$/);
  const ids = [...w.users, ...w.authorities, ...w.coordinators].map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
}

describe('the training world is deterministic', () => {
  it('gives the same rows, to the byte, for the same scale and seed', () => {
    const again = generateTrainingWorld(1);
    expect(fingerprint(again)).toBe(fingerprint(world));
    expect(again).toEqual(world);
  });

  it('gives another world for another seed', () => {
    expect(fingerprint(generateTrainingWorld(1, 7))).not.toBe(fingerprint(world));
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => generateTrainingWorld(0)).toThrow(RangeError);
    expect(() => generateTrainingWorld(Number.NaN)).toThrow(RangeError);
  });
});

describe('at scale 1', () => {
  it('has at least 300 authorities spread over the 30 EEA countries, bigger countries more', () => {
    expect(world.authorities.length).toBeGreaterThanOrEqual(300);
    const per = new Map<string, number>();
    for (const a of world.authorities) per.set(a.country, (per.get(a.country) ?? 0) + 1);
    expect([...per.keys()].sort()).toEqual(COUNTRIES.map((c) => c.code).sort());
    for (const n of per.values()) expect(n).toBeGreaterThanOrEqual(4);
    expect(per.get('DE')!).toBeGreaterThan(per.get('PT')!);
    expect(per.get('PT')!).toBeGreaterThan(per.get('LU')!);
  });

  it('has about 1,000 users, each authority 2 to 5 of its own with an administrator and a handler', () => {
    expect(world.users.length).toBeGreaterThan(900);
    expect(world.users.length).toBeLessThan(1200);
    const demoIds = new Set(world.users.filter((u) => DEMO_ACCOUNTS.some((d) => d.email === u.email)).map((u) => u.id));
    for (const a of world.authorities) {
      const staff = world.memberships.filter((m) => m.authority_id === a.id && !demoIds.has(m.user_id));
      expect(staff.length).toBeGreaterThanOrEqual(2);
      expect(staff.length).toBeLessThanOrEqual(5);
      expect(staff.some((m) => m.roles.includes('administrator'))).toBe(true);
      expect(staff.some((m) => m.roles.includes('handler'))).toBe(true);
    }
  });

  it('has some users working for two authorities', () => {
    const count = new Map<string, number>();
    for (const m of world.memberships) count.set(m.user_id, (count.get(m.user_id) ?? 0) + 1);
    expect([...count.values()].filter((n) => n >= 2).length).toBeGreaterThan(10);
  });

  it('has one national and one to three delegated coordinators per country, scoped by area and/or region', () => {
    for (const { code } of COUNTRIES) {
      const mine = world.coordinators.filter((c) => c.country === code);
      expect(mine.filter((c) => c.kind === 'national')).toHaveLength(1);
      const delegated = mine.filter((c) => c.kind === 'delegated');
      expect(delegated.length).toBeGreaterThanOrEqual(1);
      expect(delegated.length).toBeLessThanOrEqual(3);
      const regions = COUNTRY_DATA[code]!.regions.map((r) => r.name);
      for (const d of delegated) {
        expect(d.areas.length + d.regions.length).toBeGreaterThan(0);
        for (const area of d.areas) expect(TRAINING_AREAS).toContain(area);
        for (const region of d.regions) expect(regions).toContain(region);
      }
    }
    expect(world.countryPolicies).toHaveLength(30);
    expect(world.countryPolicies.every((p) => !p.require_totp)).toBe(true);
  });

  it('names authorities uniquely per country, in the national language, with their diacritics', () => {
    uniqueNamesPerCountry(world);
    for (const [country, name] of [
      ['DE', 'Bundesärztekammer'], ['DE', 'Bayerische Architektenkammer'], ['DE', 'Landesamt für Gesundheit und Soziales Berlin'],
      ['FR', 'Ordre national des pharmaciens'], ['PT', 'Ordem dos Arquitectos'], ['PT', 'Autoridade para as Condições do Trabalho'],
      ['PL', 'Naczelna Izba Lekarska'], ['LT', 'Lietuvos architektų rūmai'], ['CZ', 'Česká lékárnická komora'],
      ['IE', 'Pharmaceutical Society of Ireland'], ['EE', 'Finantsinspektsioon'],
    ] as const) {
      expect(byName(country, name), `${country} ${name}`).toBeDefined();
    }
    for (const { code, languages } of COUNTRIES) {
      const mine = world.authorities.filter((a) => a.country === code);
      const names = world.authorityNames.filter((n) => mine.some((a) => a.id === n.authority_id));
      expect(names.some((n) => /[^ -~]/.test(n.name)), `${code} has diacritics`).toBe(true);
      for (const a of mine) expect(languages).toContain(world.authorityNames.find((n) => n.authority_id === a.id)!.language);
      expect(names.every((n) => !/[{}]/.test(n.name))).toBe(true);
    }
    expect(world.authorityNames.some((n) => /[α-ω]/.test(n.name))).toBe(true);
    expect(world.authorityNames.some((n) => /[а-я]/.test(n.name))).toBe(true);
  });

  it('names authorities of multilingual countries in several official languages, many also in English', () => {
    for (const code of ['BE', 'FI', 'LU', 'IE', 'MT', 'CY']) {
      const official = COUNTRIES.find((c) => c.code === code)!.languages;
      const multilingual = world.authorities.filter(
        (a) => a.country === code && world.authorityNames.filter((n) => n.authority_id === a.id && official.includes(n.language as never)).length >= 2,
      );
      expect(multilingual.length, code).toBeGreaterThan(0);
    }
    const withEnglish = new Set(world.authorityNames.filter((n) => n.language === 'en').map((n) => n.authority_id));
    expect(withEnglish.size / world.authorities.length).toBeGreaterThan(0.6);
  });

  it('gives each authority a region of its country or none, contact details, languages and fitting competences', () => {
    for (const a of world.authorities) {
      if (a.region !== null) expect(COUNTRY_DATA[a.country]!.regions.map((r) => r.name)).toContain(a.region);
      expect(a.address.length).toBeGreaterThan(10);
      expect(a.contact_email).toMatch(new RegExp(`^[a-z0-9-]+@${a.country.toLowerCase()}\\.training\\.openimi\\.eu$`));
      expect(a.contact_phone).toMatch(/^\+\d{2,3} [1-9][\d ]+$/);
      expect(a.languages.every((l) => (LANGUAGES as readonly string[]).includes(l))).toBe(true);
      expect(a.competences.length).toBeGreaterThanOrEqual(1);
      expect(a.competences.length).toBeLessThanOrEqual(3);
      for (const c of a.competences) expect(TRAINING_AREAS).toContain(c);
    }
    // The training world is written for the shipped catalogue's areas.
    expect(shippedCatalogue().areas.map((area) => area.code).sort()).toEqual([...TRAINING_AREAS].sort());
    expect(byName('DE', 'Bundesärztekammer')!.competences).toEqual(['professional-qualifications', 'patients-rights']);
    expect(byName('PT', 'Autoridade para as Condições do Trabalho')!.competences).toEqual(['posting-of-workers']);
    expect(byName('DE', 'Deutsche Bundesbank')!.competences).toContain('euro-cash-transport');
    expect(byName('PL', 'Narodowy Bank Polski')!.competences).not.toContain('euro-cash-transport');
    expect(byName('DE', 'Bayerische Architektenkammer')!.region).toBe('Bayern');
  });

  it('gives each authority the catalogue procedures of its areas and the professions of its kind', () => {
    const catalogue = shippedCatalogue();
    const professions = new Set(catalogue.taxonomy.map((e) => e.code));
    for (const a of world.authorities) {
      expect(a.procedures.length, nameOf.get(a.id)).toBeGreaterThan(0);
      for (const p of a.procedures) expect(a.competences).toContain(catalogue.procedures.get(p)?.area);
      for (const p of a.professions) expect(professions.has(p), p).toBe(true);
    }
    expect(byName('DE', 'Bayerische Architektenkammer')!.professions).toEqual(['architect']);
    expect(byName('DE', 'Bayerische Architektenkammer')!.procedures).toContain('pq-qualification-request');
    expect(world.authorities.filter((a) => a.professions.includes('architect')).length).toBeGreaterThanOrEqual(10);
    expect(world.authorities.filter((a) => a.region !== null).length).toBeGreaterThan(50);
  });

  it('gives users names of their country, ascii-folded unique e-mails and a language they speak', () => {
    uniqueEmailsAndIds(world);
    const names = world.users.map((u) => u.name);
    for (const sample of [/ü|ö|ä|ß/, /ł|ż|ś|ą|ę/, /ė|ū|ų|š|ž/, /ș|ț|ă/, /[α-ω]/, /[а-я]/, /ð|þ/]) {
      expect(names.some((n) => sample.test(n)), String(sample)).toBe(true);
    }
    for (const u of world.users) expect(LANGUAGES as readonly string[]).toContain(u.preferred_language);
    expect(world.users.some((u) => /^juergen\./.test(u.email) || /\.mueller\d*@/.test(u.email))).toBe(true);
  });
});

describe('the demo accounts', () => {
  const userOf = (email: string) => world.users.find((u) => u.email === email)!;

  it('all exist with the role their description gives', () => {
    expect(DEMO_LOGINS.length).toBeGreaterThanOrEqual(8);
    for (const login of DEMO_LOGINS) expect(userOf(login.email), login.email).toBeDefined();
    const coordinatorOf = (email: string) => world.coordinators.filter((c) => c.user_id === userOf(email).id);
    for (const cc of ['de', 'pt', 'lt']) {
      expect(coordinatorOf(`coordinator.${cc}@training.openimi.eu`)).toMatchObject([{ kind: 'national', country: cc.toUpperCase() }]);
    }
    expect(coordinatorOf('delegated.de@training.openimi.eu')).toMatchObject([{ kind: 'delegated', country: 'DE', areas: ['professional-qualifications'], regions: ['Bayern'] }]);
    const membershipOf = (email: string) => world.memberships.filter((m) => m.user_id === userOf(email).id).map((m) => ({ name: nameOf.get(m.authority_id), roles: m.roles }));
    expect(membershipOf('admin.pt@training.openimi.eu')).toEqual([{ name: 'Ordem dos Arquitectos', roles: ['administrator', 'allocator', 'supervisor'] }]);
    expect(membershipOf('handler.de@training.openimi.eu')).toEqual([{ name: 'Bayerische Landesärztekammer', roles: ['handler'] }]);
    expect(membershipOf('admin.lt@training.openimi.eu')[0]).toMatchObject({ name: 'Lietuvos architektų rūmai' });
    expect(userOf('admin.lt@training.openimi.eu').preferred_language).toBe('lt');
    expect(world.users.filter((u) => u.commission_admin).map((u) => u.email)).toEqual(['commission@training.openimi.eu']);
  });

  it('share a password that passes the password policy for each of them', () => {
    expect([...TRAINING_PASSWORD].length).toBeGreaterThanOrEqual(16);
    for (const login of DEMO_LOGINS) expect(checkPasswordPolicy(TRAINING_PASSWORD, login.email)).toBeNull();
  });
});

describe('the registrations waiting for the demo coordinators', () => {
  it('are pending in Germany, Portugal, Lithuania and France, one in the delegated coordinator’s scope', () => {
    const countries = new Set(world.registrations.map((r) => r.country));
    for (const c of ['DE', 'PT', 'LT', 'FR']) expect(countries).toContain(c);
    expect(world.registrations.some((r) => r.country === 'DE' && r.region === 'Bayern' && r.competences.includes('professional-qualifications'))).toBe(true);
    for (const r of world.registrations) {
      if (r.region !== null) expect(COUNTRY_DATA[r.country]!.regions.map((g) => g.name)).toContain(r.region);
      for (const c of r.competences) expect(TRAINING_AREAS).toContain(c);
      expect(COUNTRIES.find((c) => c.code === r.country)!.languages).toContain(r.authority.names[0]!.language);
    }
  });

  it('can be approved at any scale: no authority of the country has their names, no user their administrator’s e-mail', () => {
    for (const w of [world, generateTrainingWorld(10)]) {
      const countryOf = new Map(w.authorities.map((a) => [a.id, a.country]));
      const taken = new Set(w.authorityNames.map((n) => `${countryOf.get(n.authority_id)}|${n.name.toLowerCase()}`));
      const emails = new Set(w.users.map((u) => u.email));
      for (const r of w.registrations) {
        for (const n of r.authority.names) expect(taken.has(`${r.country}|${n.name.toLowerCase()}`), n.name).toBe(false);
        expect(emails.has(r.administrator.email)).toBe(false);
      }
    }
  });
});

describe('a larger scale', () => {
  it('doubles the authorities of every country at scale 2, and about doubles the users', () => {
    const twice = generateTrainingWorld(2);
    for (const { code } of COUNTRIES) {
      const one = world.authorities.filter((a) => a.country === code).length;
      expect(twice.authorities.filter((a) => a.country === code).length).toBe(2 * one);
    }
    const ratio = twice.users.length / world.users.length;
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
  });

  it('still gives unique names, e-mails and ids at scale 10, even in Liechtenstein', () => {
    const big = generateTrainingWorld(10);
    expect(big.authorities.length).toBeGreaterThan(3000);
    expect(big.users.length).toBeGreaterThan(9000);
    expect(big.authorities.filter((a) => a.country === 'LI')).toHaveLength(40);
    uniqueNamesPerCountry(big);
    uniqueEmailsAndIds(big);
  });
});
