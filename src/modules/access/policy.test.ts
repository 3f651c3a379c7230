import { describe, expect, it } from 'vitest';
import type { Actor, CoordinatorMandate, Membership } from '../../server/actor.js';
import { Forbidden, NotFound, Unauthorized } from '../../server/errors.js';
import {
  actingAuthorityOf,
  authorize,
  can,
  competentMandate,
  inVisibleScope,
  mandateCovers,
  requireCan,
  rolesIn,
  visibleScope,
  type Action,
  type AuthorityResource,
  type AuthorityScope,
} from './policy.js';

function actor(parts: { memberships?: Membership[]; coordinators?: CoordinatorMandate[]; commissionAdmin?: boolean } = {}): Actor {
  return {
    userId: 'u',
    email: 'u@example.eu',
    name: 'U',
    preferredLanguage: 'en',
    commissionAdmin: parts.commissionAdmin ?? false,
    memberships: parts.memberships ?? [],
    coordinators: parts.coordinators ?? [],
    sessionTokenHash: 'h',
  };
}

const mandate = (country: string, kind: 'national' | 'delegated', areas: string[] = [], regions: string[] = []): CoordinatorMandate => ({
  id: `${country}-${kind}-${areas.join('+')}-${regions.join('+')}`,
  country,
  kind,
  areas,
  regions,
});

const bavarianServices: AuthorityScope = { country: 'DE', region: 'Bayern', competences: ['services', 'solvit'] };
const target: AuthorityResource = { id: 'target', status: 'active', ...bavarianServices };
const suspendedTarget: AuthorityResource = { ...target, status: 'suspended' };

describe('mandateCovers: coordinator competence', () => {
  it.each([
    ['national coordinator of the country', mandate('DE', 'national'), true],
    ['national coordinator of another country', mandate('AT', 'national'), false],
    ['national coordinator with (ignored) areas', mandate('DE', 'national', ['train-drivers']), true],
    ['delegated, no limits', mandate('DE', 'delegated'), true],
    ['delegated, one of the areas', mandate('DE', 'delegated', ['solvit']), true],
    ['delegated, areas that do not meet', mandate('DE', 'delegated', ['train-drivers', 'public-procurement']), false],
    ['delegated, the region', mandate('DE', 'delegated', [], ['Berlin', 'Bayern']), true],
    ['delegated, another region', mandate('DE', 'delegated', [], ['Berlin']), false],
    ['delegated, area and region', mandate('DE', 'delegated', ['services'], ['Bayern']), true],
    ['delegated, area yes, region no', mandate('DE', 'delegated', ['services'], ['Berlin']), false],
    ['delegated, region yes, area no', mandate('DE', 'delegated', ['e-commerce'], ['Bayern']), false],
    ['delegated of another country, matching area and region', mandate('AT', 'delegated', ['services'], ['Bayern']), false],
  ])('%s → %s', (_label, m, expected) => {
    expect(mandateCovers(m, bavarianServices)).toBe(expected);
  });

  it('a region-limited delegated coordinator does not cover an authority without a region', () => {
    expect(mandateCovers(mandate('DE', 'delegated', [], ['Bayern']), { country: 'DE', region: null, competences: ['services'] })).toBe(false);
  });

  it('an area-limited delegated coordinator does not cover an authority without competences', () => {
    expect(mandateCovers(mandate('DE', 'delegated', ['services']), { country: 'DE', region: 'Bayern', competences: [] })).toBe(false);
  });

  it('prefers the national mandate when several cover', () => {
    const a = actor({ coordinators: [mandate('DE', 'delegated', ['services']), mandate('DE', 'national')] });
    expect(competentMandate(a, bavarianServices)?.kind).toBe('national');
  });
});

describe('rolesIn', () => {
  it("gives the actor's roles in an active authority and none in a suspended one", () => {
    const a = actor({ memberships: [{ authorityId: 'target', country: 'DE', roles: ['administrator', 'handler'], authorityStatus: 'active' }] });
    expect(rolesIn(a, target)).toEqual(['administrator', 'handler']);
    expect(rolesIn(a, suspendedTarget)).toEqual([]);
    expect(rolesIn(a, { id: 'other', status: 'active' })).toEqual([]);
  });
});

// ---- the authorization matrix, pure ----

const member = (authorityId: string, country: string, role: Membership['roles'][number]): Membership => ({
  authorityId,
  country,
  roles: [role],
  authorityStatus: 'active',
});

const ACTORS: Record<string, Actor> = {
  'administrator of the authority': actor({ memberships: [member('target', 'DE', 'administrator')] }),
  'allocator of the authority': actor({ memberships: [member('target', 'DE', 'allocator')] }),
  'handler of the authority': actor({ memberships: [member('target', 'DE', 'handler')] }),
  'supervisor of the authority': actor({ memberships: [member('target', 'DE', 'supervisor')] }),
  'administrator of another authority, same country': actor({ memberships: [member('other-de', 'DE', 'administrator')] }),
  'administrator of an authority abroad': actor({ memberships: [member('other-at', 'AT', 'administrator')] }),
  'national coordinator of the country': actor({ coordinators: [mandate('DE', 'national')] }),
  'national coordinator of another country': actor({ coordinators: [mandate('AT', 'national')] }),
  'delegated coordinator in scope': actor({ coordinators: [mandate('DE', 'delegated', ['services'], ['Bayern'])] }),
  'delegated coordinator, other area': actor({ coordinators: [mandate('DE', 'delegated', ['train-drivers'])] }),
  'delegated coordinator, other region': actor({ coordinators: [mandate('DE', 'delegated', [], ['Berlin'])] }),
  'commission admin': actor({ commissionAdmin: true }),
  'no role': actor(),
};

type Expectation = 'allow' | 403 | 404;
const A = 'allow' as const;

/** Columns: registration.view, registration.decide, authority.create, authority.update, authority.suspend, authority.users.view, authority.users.manage, view suspended. */
const MATRIX: Record<string, Expectation[]> = {
  'administrator of the authority': [404, 404, 403, A, 403, A, A, A],
  'allocator of the authority': [404, 404, 403, 403, 403, 403, 403, A],
  'handler of the authority': [404, 404, 403, 403, 403, 403, 403, A],
  'supervisor of the authority': [404, 404, 403, 403, 403, 403, 403, A],
  'administrator of another authority, same country': [404, 404, 403, 403, 403, 403, 403, 404],
  'administrator of an authority abroad': [404, 404, 403, 403, 403, 403, 403, 404],
  'national coordinator of the country': [A, A, A, A, A, A, A, A],
  'national coordinator of another country': [404, 404, 403, 403, 403, 403, 403, 404],
  'delegated coordinator in scope': [A, A, A, A, A, A, A, A],
  'delegated coordinator, other area': [404, 404, 403, 403, 403, 403, 403, 404],
  'delegated coordinator, other region': [404, 404, 403, 403, 403, 403, 403, 404],
  'commission admin': [A, 403, 403, 403, 403, 403, 403, A],
  'no role': [404, 404, 403, 403, 403, 403, 403, 404],
};

function outcome(run: () => unknown): Expectation {
  try {
    run();
    return 'allow';
  } catch (e) {
    if (e instanceof Forbidden) return 403;
    if (e instanceof NotFound) return 404;
    throw e;
  }
}

describe('requireCan: the authorization matrix (role × action, own/other authority and country)', () => {
  const columns: Array<[string, (a: Actor) => unknown]> = [
    ['registration.view', (a) => requireCan(a, 'registration.view', bavarianServices)],
    ['registration.decide', (a) => requireCan(a, 'registration.decide', bavarianServices)],
    ['authority.create', (a) => requireCan(a, 'authority.create', bavarianServices)],
    ['authority.update', (a) => requireCan(a, 'authority.update', target)],
    ['authority.suspend', (a) => requireCan(a, 'authority.suspend', target)],
    ['authority.users.view', (a) => requireCan(a, 'authority.users.view', target)],
    ['authority.users.manage', (a) => requireCan(a, 'authority.users.manage', target)],
    ['authority.view (suspended)', (a) => requireCan(a, 'authority.view', suspendedTarget)],
  ];
  const cases = Object.entries(MATRIX).flatMap(([who, expected]) => columns.map(([action, run], i) => ({ who, action, run, expected: expected[i]! })));
  it.each(cases)('$who: $action → $expected', ({ who, run, expected }) => {
    expect(outcome(() => run(ACTORS[who]!))).toBe(expected);
  });

  it('every signed-in actor sees an active authority', () => {
    for (const a of Object.values(ACTORS)) expect(can(a, 'authority.view', target)).toBe(true);
  });

  it('nobody acts without being signed in: 401', () => {
    const actions: Array<[Action, unknown]> = [
      ['registration.view', bavarianServices],
      ['authority.view', target],
      ['authority.users.manage', target],
    ];
    for (const [action, resource] of actions) {
      expect(can(null, action, resource as never)).toBe(false);
      expect(() => requireCan(null, action, resource as never)).toThrow(Unauthorized);
    }
  });

  it("a suspended authority's administrator can no longer manage it; its coordinator still can", () => {
    expect(can(ACTORS['administrator of the authority']!, 'authority.users.manage', suspendedTarget)).toBe(false);
    expect(can(ACTORS['administrator of the authority']!, 'authority.update', suspendedTarget)).toBe(false);
    expect(can(ACTORS['national coordinator of the country']!, 'authority.users.manage', suspendedTarget)).toBe(true);
    expect(can(ACTORS['national coordinator of the country']!, 'authority.reinstate', suspendedTarget)).toBe(true);
  });
});

describe('authority.rescope: region and competences change who is competent', () => {
  const inScope = ACTORS['delegated coordinator in scope']!;
  it('a delegated coordinator may change within its scope', () => {
    expect(can(inScope, 'authority.rescope', { authority: target, to: { ...bavarianServices, competences: ['services'] } })).toBe(true);
  });
  it('but not move the authority out of it', () => {
    expect(can(inScope, 'authority.rescope', { authority: target, to: { ...bavarianServices, region: 'Berlin' } })).toBe(false);
    expect(can(inScope, 'authority.rescope', { authority: target, to: { ...bavarianServices, competences: ['solvit'] } })).toBe(false);
  });
  it('nor bring one in from outside', () => {
    const berlin: AuthorityResource = { ...target, region: 'Berlin' };
    expect(can(inScope, 'authority.rescope', { authority: berlin, to: bavarianServices })).toBe(false);
  });
  it('an administrator never rescopes; the national coordinator always may', () => {
    expect(can(ACTORS['administrator of the authority']!, 'authority.rescope', { authority: target, to: { ...bavarianServices, region: 'Berlin' } })).toBe(false);
    expect(can(ACTORS['national coordinator of the country']!, 'authority.rescope', { authority: target, to: { ...bavarianServices, region: 'Berlin' } })).toBe(true);
  });
});

describe('grants name the acting authority for the audit log', () => {
  it('an administrator acts for their authority, a coordinator for none', () => {
    const asAdmin = authorize(ACTORS['administrator of the authority']!, 'authority.users.manage', target);
    expect(asAdmin).toMatchObject({ as: 'member', authorityId: 'target' });
    expect(actingAuthorityOf(asAdmin!)).toBe('target');
    const asCoordinator = authorize(ACTORS['national coordinator of the country']!, 'authority.users.manage', target);
    expect(asCoordinator).toMatchObject({ as: 'coordinator' });
    expect(actingAuthorityOf(asCoordinator!)).toBeNull();
  });
});

describe('visibleScope agrees with the rules', () => {
  const scopes: AuthorityScope[] = [
    bavarianServices,
    { country: 'DE', region: 'Berlin', competences: ['services'] },
    { country: 'DE', region: null, competences: ['train-drivers'] },
    { country: 'AT', region: 'Bayern', competences: ['services'] },
    { country: 'DE', region: 'Bayern', competences: [] },
  ];
  it.each(Object.keys(ACTORS))('%s: registrations in scope are exactly those it may view', (who) => {
    const a = ACTORS[who]!;
    for (const s of scopes) expect(inVisibleScope(visibleScope(a, 'registrations'), s)).toBe(can(a, 'registration.view', s));
  });
  it.each(Object.keys(ACTORS))('%s: suspended authorities in scope are exactly those it may view', (who) => {
    const a = ACTORS[who]!;
    for (const s of scopes) {
      const suspended: AuthorityResource = { ...s, id: 'target', status: 'suspended' };
      expect(inVisibleScope(visibleScope(a, 'suspended-authorities'), suspended)).toBe(can(a, 'authority.view', suspended));
    }
  });
});
