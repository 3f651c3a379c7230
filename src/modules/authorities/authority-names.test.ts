import { describe, expect, it } from 'vitest';
import { displayName, orderNames } from './authority-names.js';

describe('orderNames: national languages first, in the country’s order, then the others by code', () => {
  it('Belgium: Dutch, French, German, then English', () => {
    const names = [
      { language: 'en', name: 'Federal Public Service Economy' },
      { language: 'de', name: 'FÖD Wirtschaft' },
      { language: 'fr', name: 'SPF Economie' },
      { language: 'nl', name: 'FOD Economie' },
    ];
    expect(orderNames(names, 'BE').map((n) => n.language)).toEqual(['nl', 'fr', 'de', 'en']);
  });

  it('foreign-language names only: by language code', () => {
    expect(orderNames([{ language: 'fr', name: 'b' }, { language: 'en', name: 'a' }], 'DE').map((n) => n.language)).toEqual(['en', 'fr']);
  });
});

describe("displayName: the reader's language, else the first national-language name", () => {
  const finnish = [
    { language: 'en', name: 'Finnish Patent and Registration Office' },
    { language: 'sv', name: 'Patent- och registerstyrelsen' },
    { language: 'fi', name: 'Patentti- ja rekisterihallitus' },
  ];
  it.each([
    ['en', 'Finnish Patent and Registration Office'],
    ['sv', 'Patent- och registerstyrelsen'],
    ['fi', 'Patentti- ja rekisterihallitus'],
    ['de', 'Patentti- ja rekisterihallitus'],
  ])('a %s reader sees %s', (lang, expected) => {
    expect(displayName(finnish, 'FI', lang).name).toBe(expected);
  });

  it('refuses an authority without names', () => {
    expect(() => displayName([], 'FI', 'en')).toThrow();
  });
});
