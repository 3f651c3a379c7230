import { describe, expect, it } from 'vitest';
import { countryName, isoRegionCode, languageName, sortByLabel } from './names';

describe('country and language names', () => {
  it('maps the EU code for Greece to ISO', () => {
    expect(isoRegionCode('EL')).toBe('GR');
    expect(isoRegionCode('DE')).toBe('DE');
    expect(countryName('EL', 'en')).toBe('Greece');
  });

  it('names countries and languages in the reader\'s language', () => {
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(languageName('de', 'en')).toBe('German');
  });

  it('sorts with the reader\'s collation', () => {
    const sorted = sortByLabel([{ label: 'Österreich' }, { label: 'Belgien' }, { label: 'Zypern' }], 'de');
    expect(sorted.map((x) => x.label)).toEqual(['Belgien', 'Österreich', 'Zypern']);
  });
});
