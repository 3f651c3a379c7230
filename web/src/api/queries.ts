import { useQuery, type QueryClient } from '@tanstack/react-query';
import { getCatalogue, getProcedure } from './catalogue';
import { getMe } from './identity';
import { getReference, getSystem } from './reference';
import type { AuthorityProfile } from './types';

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
  catalogue: (lang: string) => ['catalogue', lang] as const,
  procedure: (code: string, lang: string) => ['catalogue', 'procedure', code, lang] as const,
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

/** The catalogue with its texts in one language; it changes only when the server restarts. */
export function useCatalogue(lang: string) {
  return useQuery({ queryKey: keys.catalogue(lang), queryFn: () => getCatalogue(lang), staleTime: 10 * 60_000 });
}

export function useProcedure(code: string, lang: string) {
  return useQuery({ queryKey: keys.procedure(code, lang), queryFn: () => getProcedure(code, lang), staleTime: 10 * 60_000 });
}

/**
 * After a write that answers with an authority's profile: keep that answer, and refresh
 * what shows the authority elsewhere (directory results, the user's own memberships).
 */
export function authorityChanged(queryClient: QueryClient, profile: AuthorityProfile): void {
  queryClient.setQueryData(keys.authority(profile.id), profile);
  void queryClient.invalidateQueries({ predicate: (q) => (q.queryKey[0] === 'authorities' && q.queryKey[1] === 'search') || q.queryKey[0] === keys.me[0] });
}
