import { describe, expect, it } from 'vitest';
import { languageOfPath, mergeCatalogs } from './catalogs';

describe('locale files', () => {
  it('reads the language from the file path', () => {
    expect(languageOfPath('../../../locales/de/web.json')).toBe('de');
    expect(languageOfPath('/locales/pt/problem.json')).toBe('pt');
    expect(languageOfPath('../../../locales/web.json')).toBeNull();
  });

  it('merges the namespaces of one language', () => {
    expect(mergeCatalogs([{ 'web.a': 'A' }, { 'problem.b': 'B' }])).toEqual({ 'web.a': 'A', 'problem.b': 'B' });
  });
});
