import { http } from './http';
import type {
  AuthorityPatch,
  AuthorityProfile,
  AuthoritySummary,
  AuthorityUser,
  CountryPolicy,
  NewAuthorityUser,
  Page,
  Registration,
  RegistrationInput,
  RegistrationStatus,
  Role,
} from './types';

/** Directory, profiles, registration and approval, authority users, country policy. */

export interface DirectoryQuery {
  q?: string;
  country?: string;
  competence?: string;
  procedure?: string;
  profession?: string;
  page?: number;
  pageSize?: number;
}

export const searchAuthorities = (query: DirectoryQuery) => http.get<Page<AuthoritySummary>>('/authorities', { ...query });

export const getAuthority = (id: string) => http.get<AuthorityProfile>(`/authorities/${encodeURIComponent(id)}`);

export const createAuthority = (body: RegistrationInput) => http.post<AuthorityProfile>('/authorities', body);

export const updateAuthority = (id: string, body: AuthorityPatch) =>
  http.patch<AuthorityProfile>(`/authorities/${encodeURIComponent(id)}`, body);

export const suspendAuthority = (id: string, reason: string) =>
  http.post<AuthorityProfile>(`/authorities/${encodeURIComponent(id)}/suspend`, { reason });

export const reinstateAuthority = (id: string) => http.post<AuthorityProfile>(`/authorities/${encodeURIComponent(id)}/reinstate`);

export const submitRegistration = (body: RegistrationInput) => http.post<{ id: string; status: 'pending' }>('/registrations', body);

/** Accepts a page or a bare array, until the list shape settles. */
function asList<T>(value: Page<T> | T[] | { items: T[] }): T[] {
  return Array.isArray(value) ? value : value.items;
}

export const listRegistrations = async (status: RegistrationStatus = 'pending') =>
  asList(await http.get<Page<Registration> | Registration[]>('/registrations', { status }));

export const getRegistration = (id: string) => http.get<Registration>(`/registrations/${encodeURIComponent(id)}`);

export const approveRegistration = (id: string) => http.post<{ authorityId: string }>(`/registrations/${encodeURIComponent(id)}/approve`);

export const rejectRegistration = (id: string, reason: string) =>
  http.post<void>(`/registrations/${encodeURIComponent(id)}/reject`, { reason });

type RawAuthorityUser = Omit<AuthorityUser, 'userId'> & { userId?: string; id?: string };

export const listAuthorityUsers = async (authorityId: string): Promise<AuthorityUser[]> => {
  const raw = asList(await http.get<Page<RawAuthorityUser> | RawAuthorityUser[]>(`/authorities/${encodeURIComponent(authorityId)}/users`));
  return raw.map(({ id, userId, ...rest }) => ({ ...rest, userId: userId ?? id ?? '' }));
};

export const addAuthorityUser = (authorityId: string, body: NewAuthorityUser) =>
  http.post<AuthorityUser>(`/authorities/${encodeURIComponent(authorityId)}/users`, body);

export const setAuthorityUserRoles = (authorityId: string, userId: string, roles: Role[]) =>
  http.put<AuthorityUser>(`/authorities/${encodeURIComponent(authorityId)}/users/${encodeURIComponent(userId)}`, { roles });

export const removeAuthorityUser = (authorityId: string, userId: string) =>
  http.delete<void>(`/authorities/${encodeURIComponent(authorityId)}/users/${encodeURIComponent(userId)}`);

export const getCountryPolicy = (country: string) => http.get<CountryPolicy>(`/countries/${encodeURIComponent(country)}/policy`);

export const setCountryPolicy = (country: string, policy: CountryPolicy) =>
  http.put<CountryPolicy>(`/countries/${encodeURIComponent(country)}/policy`, policy);
