import { describe, expect, it } from 'vitest';
import { emptyAuthorityDraft, nameRow, takenLanguages, toAuthorityInput } from './authority-draft';

describe('the registration form\'s authority', () => {
  it('starts with one name in the reader\'s language', () => {
    const draft = emptyAuthorityDraft('de');
    expect(draft.names).toHaveLength(1);
    expect(draft.names[0]?.language).toBe('de');
  });

  it('trims text and sends empty optional fields as null', () => {
    const draft = {
      ...emptyAuthorityDraft('fr'),
      country: 'FR',
      region: '  ',
      address: ' 1 rue de la Paix \n Paris ',
      contactEmail: ' contact@douane.fr ',
      contactPhone: '',
      languages: ['fr'],
      competences: ['services'],
    };
    draft.names[0]!.name = '  Direction générale des douanes ';
    expect(toAuthorityInput(draft)).toEqual({
      names: [{ language: 'fr', name: 'Direction générale des douanes' }],
      country: 'FR',
      region: null,
      address: '1 rue de la Paix \n Paris',
      contactEmail: 'contact@douane.fr',
      contactPhone: null,
      languages: ['fr'],
      competences: ['services'],
    });
  });

  it('knows which languages other rows already use', () => {
    const a = nameRow('de');
    const b = nameRow('fr');
    const c = nameRow('');
    expect([...takenLanguages([a, b, c], a.key)]).toEqual(['fr']);
  });
});
