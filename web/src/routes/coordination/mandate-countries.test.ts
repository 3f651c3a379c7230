import { describe, expect, it } from 'vitest';
import { mandateCountries } from './mandate-countries';

describe('the countries a coordinator creates authorities in', () => {
  it('lists each mandate country once, in mandate order', () => {
    const mandate = (id: string, country: string, kind: 'national' | 'delegated' = 'delegated') => ({ id, country, kind, areas: [], regions: [] });
    expect(mandateCountries([mandate('1', 'DE', 'national'), mandate('2', 'AT'), mandate('3', 'DE')])).toEqual(['DE', 'AT']);
    expect(mandateCountries([])).toEqual([]);
  });
});
