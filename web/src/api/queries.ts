import { useQuery } from '@tanstack/react-query';
import { getMe } from './identity';
import { getReference, getSystem } from './reference';

/** Query keys in one place, so writes know what to invalidate. */
export const keys = {
  me: ['me'] as const,
  system: ['system'] as const,
  reference: ['reference'] as const,
  directory: (query: object) => ['authorities', 'search', query] as const,
  authority: (id: string) => ['authorities', id] as const,
  authorityUsers: (id: string) => ['authorities', id, 'users'] as const,
  registrations: (status: string) => ['registrations', status] as const,
  registration: (id: string) => ['registration', id] as const,
  countryPolicy: (country: string) => ['country-policy', country] as const,
};

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: getMe, staleTime: 60_000 });
}

export function useSystem() {
  return useQuery({ queryKey: keys.system, queryFn: getSystem, staleTime: Infinity });
}

export function useReference() {
  return useQuery({ queryKey: keys.reference, queryFn: getReference, staleTime: Infinity });
}
