import type { AuthorityRole } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../../tests/support/app.js';
import { addCoordinator, addMembership, createAuthority, createUser } from '../../../tests/support/factories.js';
import { signIn } from '../../../tests/support/sessions.js';

/**
 * The people of the request stories: a Portuguese authority asks a German one; a second German
 * authority is better placed; a French authority takes no part. Each authority has a handler,
 * a supervisor, an allocator and an administrator; each country a national coordinator; and
 * the Commission has an administrator.
 */
export const PROCEDURE = 'pd-authenticity-request';

export interface Team {
  authorityId: string;
  handler: Person;
  handler2: Person;
  supervisor: Person;
  allocator: Person;
  administrator: Person;
}
export interface Person {
  id: string;
  email: string;
  client: TestClient;
}

async function person(t: TestApp, authorityId: string | null, roles: AuthorityRole[], lang: string): Promise<Person> {
  const user = await createUser(t.ctx.db, { language: lang });
  if (authorityId) await addMembership(t.ctx.db, user.id, authorityId, roles);
  return { id: user.id, email: user.email, client: await signIn(t, user) };
}

async function team(t: TestApp, country: string, names: Record<string, string>, lang: string, competences = ['public-documents']): Promise<Team> {
  const authority = await createAuthority(t.ctx.db, { country, names, competences, procedures: [PROCEDURE] });
  return {
    authorityId: authority.id,
    handler: await person(t, authority.id, ['handler'], lang),
    handler2: await person(t, authority.id, ['handler'], lang),
    supervisor: await person(t, authority.id, ['supervisor'], lang),
    allocator: await person(t, authority.id, ['allocator'], lang),
    administrator: await person(t, authority.id, ['administrator'], lang),
  };
}

export async function requestWorld(t: TestApp) {
  const pt = await team(t, 'PT', { pt: 'Conservatória do Registo Civil de Lisboa' }, 'pt');
  const de = await team(t, 'DE', { de: 'Standesamt Berlin-Mitte' }, 'de');
  const de2 = await team(t, 'DE', { de: 'Standesamt München' }, 'de');
  const fr = await team(t, 'FR', { fr: "Service central d'état civil" }, 'fr');
  const coordinator = async (country: string) => {
    const p = await person(t, null, [], 'en');
    await addCoordinator(t.ctx.db, p.id, country);
    return p;
  };
  const commissionUser = await createUser(t.ctx.db, { commissionAdmin: true });
  return {
    pt,
    de,
    de2,
    fr,
    ptCoordinator: await coordinator('PT'),
    deCoordinator: await coordinator('DE'),
    frCoordinator: await coordinator('FR'),
    commission: { id: commissionUser.id, email: commissionUser.email, client: await signIn(t, commissionUser) } as Person,
  };
}
export type RequestWorld = Awaited<ReturnType<typeof requestWorld>>;

/** A minimal valid PDF. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** The sender's answers of the authenticity procedure, the copy being an uploaded attachment. */
export function senderAnswers(copyId: string) {
  return {
    'document-type': 'other',
    'document-type-other': 'Diploma de professor do ensino secundário',
    'issuing-authority': 'Universität Heidelberg',
    'issue-date': '2019-07-15',
    'multilingual-form': 'no',
    copy: [copyId],
    'doubt-grounds': ['seal-or-stamp'],
    'doubt-details': 'O selo parece diferente dos exemplos que conhecemos.',
  };
}
