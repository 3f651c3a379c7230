import type { DirectoryQuery } from '../../api/authorities';

export const PAGE_SIZE = 20;

/** The directory query from the address bar, so a search can be bookmarked and shared. */
export function readDirectoryQuery(params: URLSearchParams): Required<Pick<DirectoryQuery, 'page' | 'pageSize'>> & DirectoryQuery {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q')?.trim() || undefined,
    country: params.get('country') || undefined,
    competence: params.get('competence') || undefined,
    procedure: params.get('procedure') || undefined,
    profession: params.get('profession') || undefined,
    page: Number.isFinite(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}

/** The address of a directory query; page 1 and empty filters are left out. */
export function directoryHref(query: DirectoryQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.country) params.set('country', query.country);
  if (query.competence) params.set('competence', query.competence);
  if (query.procedure) params.set('procedure', query.procedure);
  if (query.profession) params.set('profession', query.profession);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text ? `/directory?${text}` : '/directory';
}
