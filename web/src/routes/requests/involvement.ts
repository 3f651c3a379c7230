import type { Me } from '../../api/types';

/**
 * Whether a person can take part in information requests at all, so the menu, the bell and the
 * home page offer them: a handler, supervisor or allocator of an active authority, a coordinator,
 * or a Commission administrator. An authority's administrator who only manages its users cannot.
 */
export function takesPartInRequests(me: Me): boolean {
  const handles = me.memberships.some((m) => m.authorityStatus === 'active' && m.roles.some((r) => r === 'handler' || r === 'supervisor' || r === 'allocator'));
  return handles || me.coordinators.length > 0 || me.commissionAdmin;
}
