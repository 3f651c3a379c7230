import type { AuthorityRole } from '../../db/schema/index.js';
import type { Actor, CoordinatorMandate } from '../../server/actor.js';
import { Forbidden, NotFound, Unauthorized } from '../../server/errors.js';

/**
 * Who may see and do what with authorities and registrations: the one place where the
 * rules live. Pure functions of the actor and the resource; services call `requireCan`
 * first thing in every use case, and list queries translate `visibleScope` into SQL
 * (access/scope-sql.ts) so that lists and single reads can never disagree.
 */

/** What a coordinator's competence is judged on: the authority's (or applicant's) place and areas. */
export interface AuthorityScope {
  country: string;
  region: string | null;
  competences: readonly string[];
}

export interface AuthorityResource extends AuthorityScope {
  id: string;
  status: 'active' | 'suspended';
}

/** The resource each action is about. */
export interface ActionResources {
  /** See a registration request (pending or decided). */
  'registration.view': AuthorityScope;
  /** Approve or reject a registration request. */
  'registration.decide': AuthorityScope;
  /** Create an authority directly, without a registration request. */
  'authority.create': AuthorityScope;
  /** See an authority's profile (and find it in the directory). */
  'authority.view': AuthorityResource;
  /** Change names, address, contact details, working languages. */
  'authority.update': AuthorityResource;
  /** Change what coordinator competence depends on (region, competences): the coordinator must be competent before and after. */
  'authority.rescope': { authority: AuthorityResource; to: AuthorityScope };
  'authority.suspend': AuthorityResource;
  'authority.reinstate': AuthorityResource;
  /** List the authority's users and their roles. */
  'authority.users.view': AuthorityResource;
  /** Add users, change their roles, remove them. */
  'authority.users.manage': AuthorityResource;
}

export type Action = keyof ActionResources;

/** How an allowed action was allowed: recorded as the acting authority in the audit log. */
export type Grant =
  | { as: 'reader' }
  | { as: 'commission' }
  | { as: 'coordinator'; mandateId: string }
  | { as: 'member'; authorityId: string; roles: readonly AuthorityRole[] };

/** The authority to record as `actingAuthorityId` for a grant, if the actor acted for one. */
export function actingAuthorityOf(grant: Grant): string | null {
  return grant.as === 'member' ? grant.authorityId : null;
}

/**
 * A coordinator mandate covers an authority when it is for the authority's country and,
 * for a delegated coordinator, when its areas (if any) meet the authority's competences
 * and its regions (if any) include the authority's region.
 */
export function mandateCovers(mandate: CoordinatorMandate, scope: AuthorityScope): boolean {
  if (mandate.country !== scope.country) return false;
  if (mandate.kind === 'national') return true;
  if (mandate.areas.length > 0 && !mandate.areas.some((area) => scope.competences.includes(area))) return false;
  if (mandate.regions.length > 0 && (scope.region === null || !mandate.regions.includes(scope.region))) return false;
  return true;
}

/** The first of the actor's mandates that covers the scope (national before delegated). */
export function competentMandate(actor: Actor, scope: AuthorityScope): CoordinatorMandate | null {
  const covering = actor.coordinators.filter((m) => mandateCovers(m, scope));
  return covering.find((m) => m.kind === 'national') ?? covering[0] ?? null;
}

/** The actor's roles in an authority; a suspended authority's roles confer nothing. */
export function rolesIn(actor: Actor, authority: Pick<AuthorityResource, 'id' | 'status'>): readonly AuthorityRole[] {
  if (authority.status !== 'active') return [];
  return actor.memberships.find((m) => m.authorityId === authority.id)?.roles ?? [];
}

function asCoordinator(actor: Actor, scope: AuthorityScope): Grant | null {
  const mandate = competentMandate(actor, scope);
  return mandate ? { as: 'coordinator', mandateId: mandate.id } : null;
}

function asAdministrator(actor: Actor, authority: AuthorityResource): Grant | null {
  const roles = rolesIn(actor, authority);
  return roles.includes('administrator') ? { as: 'member', authorityId: authority.id, roles } : null;
}

function isMemberOf(actor: Actor, authorityId: string): boolean {
  return actor.memberships.some((m) => m.authorityId === authorityId);
}

type Rule<A extends Action> = (actor: Actor, resource: ActionResources[A]) => Grant | null;

const RULES: { [A in Action]: Rule<A> } = {
  'registration.view': (actor, scope) => (actor.commissionAdmin ? { as: 'commission' } : asCoordinator(actor, scope)),
  // The Commission sees registrations but national registrations are decided nationally.
  'registration.decide': (actor, scope) => asCoordinator(actor, scope),
  'authority.create': (actor, scope) => asCoordinator(actor, scope),
  'authority.view': (actor, authority) => {
    if (authority.status === 'active') return { as: 'reader' };
    if (actor.commissionAdmin) return { as: 'commission' };
    const coordinator = asCoordinator(actor, authority);
    if (coordinator) return coordinator;
    return isMemberOf(actor, authority.id) ? { as: 'reader' } : null;
  },
  'authority.update': (actor, authority) => asAdministrator(actor, authority) ?? asCoordinator(actor, authority),
  'authority.rescope': (actor, { authority, to }) => (asCoordinator(actor, to) ? asCoordinator(actor, authority) : null),
  'authority.suspend': (actor, authority) => asCoordinator(actor, authority),
  'authority.reinstate': (actor, authority) => asCoordinator(actor, authority),
  'authority.users.view': (actor, authority) => asAdministrator(actor, authority) ?? asCoordinator(actor, authority),
  'authority.users.manage': (actor, authority) => asAdministrator(actor, authority) ?? asCoordinator(actor, authority),
};

/**
 * When an action is refused, whether the caller may know the resource exists: if it may
 * see it the answer is 403, otherwise 404 (docs/API.md, "Nothing is visible...").
 */
const SEEN_THROUGH: { [A in Action]: (actor: Actor, resource: ActionResources[A]) => boolean } = {
  'registration.view': (actor, scope) => authorize(actor, 'registration.view', scope) !== null,
  'registration.decide': (actor, scope) => authorize(actor, 'registration.view', scope) !== null,
  // Creating: nothing exists yet, so a refusal is a plain 403.
  'authority.create': () => true,
  'authority.view': (actor, authority) => authorize(actor, 'authority.view', authority) !== null,
  'authority.update': (actor, authority) => authorize(actor, 'authority.view', authority) !== null,
  'authority.rescope': (actor, { authority }) => authorize(actor, 'authority.view', authority) !== null,
  'authority.suspend': (actor, authority) => authorize(actor, 'authority.view', authority) !== null,
  'authority.reinstate': (actor, authority) => authorize(actor, 'authority.view', authority) !== null,
  'authority.users.view': (actor, authority) => authorize(actor, 'authority.view', authority) !== null,
  'authority.users.manage': (actor, authority) => authorize(actor, 'authority.view', authority) !== null,
};

/** The grant under which the actor may do the action, or null. */
export function authorize<A extends Action>(actor: Actor | null, action: A, resource: ActionResources[A]): Grant | null {
  if (!actor) return null;
  return (RULES[action] as Rule<A>)(actor, resource);
}

export function can<A extends Action>(actor: Actor | null, action: A, resource: ActionResources[A]): boolean {
  return authorize(actor, action, resource) !== null;
}

/**
 * The grant, or the refusal to throw: 401 without an actor, 404 when the actor may not
 * even see the resource, 403 when it may see it but not do this.
 */
export function requireCan<A extends Action>(actor: Actor | null, action: A, resource: ActionResources[A]): Grant {
  if (!actor) throw new Unauthorized();
  const grant = authorize(actor, action, resource);
  if (grant) return grant;
  const seen = (SEEN_THROUGH[action] as (actor: Actor, resource: ActionResources[A]) => boolean)(actor, resource);
  throw seen ? new Forbidden() : new NotFound();
}

/**
 * What part of the directory or of the registrations an actor sees beyond what everyone
 * sees, as data a query can filter on: every scope (`all`), or the union of its mandates'
 * scopes plus the authorities it belongs to. Mirrors `registration.view` and the
 * suspended branch of `authority.view`.
 */
export interface VisibleScope {
  all: boolean;
  mandates: Array<Pick<CoordinatorMandate, 'country' | 'kind' | 'areas' | 'regions'>>;
  /** Authorities the actor is a member of (they see their own authority even when suspended). */
  memberOf: string[];
}

export function visibleScope(actor: Actor | null, what: 'registrations' | 'suspended-authorities'): VisibleScope {
  if (!actor) return { all: false, mandates: [], memberOf: [] };
  return {
    all: actor.commissionAdmin,
    mandates: actor.coordinators.map(({ country, kind, areas, regions }) => ({ country, kind, areas, regions })),
    memberOf: what === 'suspended-authorities' ? actor.memberships.map((m) => m.authorityId) : [],
  };
}

/** The pure counterpart of the SQL filter built from `visibleScope` (used to test that they agree). */
export function inVisibleScope(scope: VisibleScope, target: AuthorityScope & { id?: string }): boolean {
  if (scope.all) return true;
  if (target.id && scope.memberOf.includes(target.id)) return true;
  return scope.mandates.some((m) => mandateCovers({ id: '', ...m }, target));
}
