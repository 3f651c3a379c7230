import { describe, expect, it } from 'vitest';
import { directoryHref, readDirectoryQuery } from './search-params';

describe('directory search in the address bar', () => {
  it('reads the filters and the page', () => {
    expect(readDirectoryQuery(new URLSearchParams('q=%20zoll%20&country=DE&page=3'))).toEqual({
      q: 'zoll',
      country: 'DE',
      competence: undefined,
      procedure: undefined,
      profession: undefined,
      page: 3,
      pageSize: 20,
    });
  });

  it('defaults to the first page when the page is missing or nonsense', () => {
    expect(readDirectoryQuery(new URLSearchParams('page=-2')).page).toBe(1);
    expect(readDirectoryQuery(new URLSearchParams('page=abc')).page).toBe(1);
  });

  it('writes back only what is set', () => {
    expect(directoryHref({ q: 'douane', country: 'FR', page: 1 })).toBe('/directory?q=douane&country=FR');
    expect(directoryHref({ competence: 'services', page: 2 })).toBe('/directory?competence=services&page=2');
    expect(directoryHref({})).toBe('/directory');
  });

  it('keeps the procedure and profession filters', () => {
    const href = directoryHref({ procedure: 'pq-qualification-request', profession: 'teacher', page: 1 });
    expect(href).toBe('/directory?procedure=pq-qualification-request&profession=teacher');
    expect(readDirectoryQuery(new URL(href, 'http://x').searchParams)).toMatchObject({ procedure: 'pq-qualification-request', profession: 'teacher' });
  });
});
