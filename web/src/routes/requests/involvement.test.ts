import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { takesPartInRequests } from './involvement';

const base: Me = {
  id: 'u', email: 'a@example.eu', name: 'A', preferredLanguage: 'en', mailNotifications: true, commissionAdmin: false,
  totpEnabled: false, totpRequired: false, memberships: [], coordinators: [],
};
const member = (roles: Me['memberships'][number]['roles'], authorityStatus: 'active' | 'suspended' = 'active') => ({
  ...base,
  memberships: [{ authorityId: 'x', authorityName: 'X', country: 'PT', roles, authorityStatus }],
});

describe('who is offered information requests', () => {
  it('handlers, supervisors and allocators of an active authority, coordinators and the Commission', () => {
    expect(takesPartInRequests(member(['handler']))).toBe(true);
    expect(takesPartInRequests(member(['supervisor']))).toBe(true);
    expect(takesPartInRequests(member(['allocator']))).toBe(true);
    expect(takesPartInRequests({ ...base, coordinators: [{ id: 'c', country: 'PT', kind: 'national', areas: [], regions: [] }] })).toBe(true);
    expect(takesPartInRequests({ ...base, commissionAdmin: true })).toBe(true);
  });

  it('not an administrator who only manages users, nor members of a suspended authority', () => {
    expect(takesPartInRequests(member(['administrator']))).toBe(false);
    expect(takesPartInRequests(member(['handler'], 'suspended'))).toBe(false);
    expect(takesPartInRequests(base)).toBe(false);
  });
});
