import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../tests/support/app.js';
import { addCoordinator, addMembership, createAuthority, createUser } from '../../../tests/support/factories.js';
import { signIn } from '../../../tests/support/sessions.js';
import type { AuthoritySummary } from './schema.js';

/** The directory: a handler looks for the counterpart authority abroad. */
let t: TestApp;
let reader: TestClient; // preferred language English
let frenchReader: TestClient;
let germanReader: TestClient;
let nationalDE: TestClient;
let nationalAT: TestClient;
let commission: TestClient;
let memberOfSuspended: TestClient;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await testApp();
  const seed = async (key: string, seed: Parameters<typeof createAuthority>[1]) => {
    ids[key] = (await createAuthority(t.ctx.db, seed)).id;
  };
  await seed('exact', { country: 'DE', names: { de: 'Ärztekammer' }, competences: ['professional-qualifications'] });
  await seed('berlin', { country: 'DE', region: 'Berlin', names: { de: 'Ärztekammer Berlin', en: 'Berlin Chamber of Physicians' }, competences: ['professional-qualifications', 'services'] });
  await seed('austria', { country: 'AT', names: { de: 'Österreichische Ärztekammer' }, competences: ['professional-qualifications'] });
  await seed('bund', { country: 'DE', names: { de: 'Bundesärztekammer' }, competences: ['professional-qualifications'] });
  await seed('zahn', { country: 'DE', names: { de: 'Zahnärztekammer Bayern' }, competences: ['professional-qualifications'] });
  await seed('typo', { country: 'DE', names: { de: 'Aerztekammer Nord' }, competences: ['professional-qualifications'] });
  await seed('france', { country: 'FR', names: { fr: 'Ordre des médecins', en: 'Order of Physicians' }, competences: ['professional-qualifications'] });
  await seed('belgium', { country: 'BE', names: { fr: 'Ordre des médecins de Belgique', nl: 'Orde der artsen', de: 'Ärzteorden Belgiens' }, competences: ['services'] });
  await seed('hamburg', { country: 'DE', region: 'Hamburg', names: { de: 'Ärztekammer Hamburg' }, competences: ['professional-qualifications'], status: 'suspended' });
  await seed('percent', { country: 'IT', names: { it: 'Ufficio 100% digitale' }, competences: ['e-commerce'] });

  reader = await signIn(t, await createUser(t.ctx.db, { language: 'en' }));
  frenchReader = await signIn(t, await createUser(t.ctx.db, { language: 'fr' }));
  germanReader = await signIn(t, await createUser(t.ctx.db, { language: 'de' }));
  const de = await createUser(t.ctx.db);
  await addCoordinator(t.ctx.db, de.id, 'DE', 'national');
  nationalDE = await signIn(t, de);
  const at = await createUser(t.ctx.db);
  await addCoordinator(t.ctx.db, at.id, 'AT', 'national');
  nationalAT = await signIn(t, at);
  commission = await signIn(t, await createUser(t.ctx.db, { commissionAdmin: true }));
  const member = await createUser(t.ctx.db);
  await addMembership(t.ctx.db, member.id, ids.hamburg!, ['handler']);
  memberOfSuspended = await signIn(t, member);
});
afterAll(async () => {
  await t?.close();
});

interface Page {
  items: AuthoritySummary[];
  page: number;
  pageSize: number;
  total: number;
}

async function search(client: TestClient, query: Record<string, string | number>): Promise<Page> {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const res = await client.get(`/api/v1/authorities?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
}

const idsOf = (page: Page) => page.items.map((i) => i.id);
const keyOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0];
const keysOf = (page: Page) => page.items.map((i) => keyOf(i.id));

describe('search by name, whatever the accents, case and small typos', () => {
  it('finds "Ärztekammer" when typed without the umlaut', async () => {
    const page = await search(reader, { q: 'arztekammer' });
    expect(keysOf(page)).toEqual(expect.arrayContaining(['exact', 'berlin', 'austria', 'bund', 'zahn']));
  });

  it('ignores case', async () => {
    const page = await search(reader, { q: 'ÄRZTEKAMMER BERLIN' });
    expect(keysOf(page)[0]).toBe('berlin');
  });

  it('still finds it with a letter missing or swapped', async () => {
    expect(keysOf(await search(reader, { q: 'Arztekamer Berlin' }))[0]).toBe('berlin');
    expect(keysOf(await search(reader, { q: 'Ärtzekammer Berlin' }))[0]).toBe('berlin');
    expect(keysOf(await search(reader, { q: 'ordre des medecin' }))).toEqual(expect.arrayContaining(['france', 'belgium']));
  });

  it('searches every language of an authority', async () => {
    const page = await search(reader, { q: 'chamber of physicians' });
    expect(keysOf(page)[0]).toBe('berlin'); // "Order of Physicians" follows, as a fuzzy match
    expect(keysOf(await search(reader, { q: 'orde der artsen' }))).toEqual(['belgium']);
  });

  it('treats % and _ as plain characters, not as LIKE wildcards', async () => {
    expect(keysOf(await search(reader, { q: '%' }))).toEqual(['percent']);
    expect(keysOf(await search(reader, { q: '100%' }))).toEqual(['percent']);
    expect(keysOf(await search(reader, { q: '_' }))).toEqual([]);
  });

  it('matches one or two letters by containment only, prefixes first', async () => {
    const keys = keysOf(await search(reader, { q: 'Or' }));
    expect(keys.slice(0, 2).sort()).toEqual(['belgium', 'france']); // "Ordre des médecins…", "Orde der artsen"
    expect(keys.slice(2)).toEqual(['typo']); // "Aerztekammer Nord"
  });

  it('finds nothing for a name that is not there', async () => {
    expect(await search(reader, { q: 'Finanzamt Köln' })).toMatchObject({ items: [], total: 0 });
  });
});

describe('ranking: exact, then prefix, then word prefix, then substring, then fuzzy', () => {
  it('orders the Ärztekammern by how well they match', async () => {
    const keys = keysOf(await search(reader, { q: 'Ärztekammer' }));
    expect(keys.slice(0, 3)).toEqual(['exact', 'berlin', 'austria']);
    expect(keys.slice(3, 5).sort()).toEqual(['bund', 'zahn']);
    expect(keys[5]).toBe('typo');
    expect(keys).not.toContain('hamburg'); // suspended
  });

  it('a prefix beats a fuzzy match', async () => {
    const keys = keysOf(await search(reader, { q: 'Aerztekammer' }));
    expect(keys[0]).toBe('typo');
    expect(keys).toContain('exact');
  });
});

describe('filters and pages', () => {
  it('filters by country', async () => {
    const page = await search(reader, { q: 'arztekammer', country: 'AT' });
    expect(keysOf(page)).toEqual(['austria']);
  });

  it('filters by competence', async () => {
    const page = await search(reader, { competence: 'services' });
    expect(keysOf(page).sort()).toEqual(['belgium', 'berlin']);
  });

  it('combines filters', async () => {
    expect(keysOf(await search(reader, { q: 'orde', country: 'BE', competence: 'services' }))).toEqual(['belgium']);
    expect(keysOf(await search(reader, { q: 'orde', country: 'FR', competence: 'services' }))).toEqual([]);
  });

  it('pages through the results with a stable order and a total', async () => {
    const all = await search(reader, { q: 'arztekammer', pageSize: 100 });
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const p = await search(reader, { q: 'arztekammer', page, pageSize: 2 });
      expect(p).toMatchObject({ page, pageSize: 2, total: all.total });
      seen.push(...idsOf(p));
    }
    expect(seen).toEqual(idsOf(all));
    expect(await search(reader, { q: 'arztekammer', page: 9, pageSize: 2 })).toMatchObject({ items: [], total: all.total, page: 9 });
  });

  it('lists everyone visible in name order without a query', async () => {
    const page = await search(reader, { pageSize: 100 });
    expect(page.total).toBe(9); // all but the suspended one
    const folded = page.items.map((i) => i.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    expect(folded).toEqual([...folded].sort());
  });

  it('refuses a page size over 100 and an unknown country', async () => {
    expect((await reader.get('/api/v1/authorities?pageSize=101')).statusCode).toBe(400);
    expect((await reader.get('/api/v1/authorities?country=XX')).statusCode).toBe(400);
  });

  it('needs a session', async () => {
    const res = await t.client().get('/api/v1/authorities?q=arzt');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });
});

describe("the name is shown in the reader's language", () => {
  it('in English for an English reader when the authority has an English name', async () => {
    const [berlin] = (await search(reader, { q: 'Ärztekammer Berlin' })).items;
    expect(berlin).toMatchObject({ name: 'Berlin Chamber of Physicians', nameLanguage: 'en' });
    expect(berlin!.names).toEqual([
      { language: 'de', name: 'Ärztekammer Berlin' },
      { language: 'en', name: 'Berlin Chamber of Physicians' },
    ]);
  });

  it('otherwise in the first national language', async () => {
    const [berlin] = (await search(frenchReader, { q: 'Ärztekammer Berlin' })).items;
    expect(berlin).toMatchObject({ name: 'Ärztekammer Berlin', nameLanguage: 'de' });
    const [belgium] = (await search(reader, { q: 'orde der artsen' })).items;
    expect(belgium).toMatchObject({ name: 'Orde der artsen', nameLanguage: 'nl' }); // BE: nl, fr, de
    expect(belgium!.names.map((n) => n.language)).toEqual(['nl', 'fr', 'de']);
    const [belgiumForGerman] = (await search(germanReader, { q: 'orde der artsen' })).items;
    expect(belgiumForGerman).toMatchObject({ name: 'Ärzteorden Belgiens', nameLanguage: 'de' });
  });

  it('the directory and the profile agree', async () => {
    for (const client of [reader, frenchReader, germanReader]) {
      const page = await search(client, { pageSize: 100 });
      for (const item of page.items) {
        const profile = (await client.get(`/api/v1/authorities/${item.id}`)).json();
        expect({ name: profile.name, nameLanguage: profile.nameLanguage, names: profile.names }).toEqual({ name: item.name, nameLanguage: item.nameLanguage, names: item.names });
      }
    }
  });
});

describe('suspended authorities', () => {
  it('are hidden from ordinary users, in the list and on their own', async () => {
    expect(keysOf(await search(reader, { q: 'Ärztekammer Hamburg' }))).not.toContain('hamburg');
    expect(await search(reader, { status: 'suspended' })).toMatchObject({ items: [], total: 0 });
    const res = await reader.get(`/api/v1/authorities/${ids.hamburg}`);
    expect(res.statusCode).toBe(404);
  });

  it('are shown, flagged, to the competent coordinator and the Commission', async () => {
    for (const client of [nationalDE, commission]) {
      const page = await search(client, { q: 'Ärztekammer Hamburg' });
      expect(page.items[0]).toMatchObject({ id: ids.hamburg, status: 'suspended' });
      expect(keysOf(await search(client, { status: 'suspended' }))).toEqual(['hamburg']);
      expect((await client.get(`/api/v1/authorities/${ids.hamburg}`)).json()).toMatchObject({ status: 'suspended' });
    }
  });

  it("are not shown to another country's coordinator", async () => {
    expect(keysOf(await search(nationalAT, { status: 'suspended' }))).toEqual([]);
  });

  it('are shown to their own members', async () => {
    expect(keysOf(await search(memberOfSuspended, { status: 'suspended' }))).toEqual(['hamburg']);
  });
});
