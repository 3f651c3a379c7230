import { describe, expect, it } from 'vitest';
import type { AuthorityProfile } from '../../api/types';
import { draftFromProfile, emptyAuthorityDraft, nameRow, takenLanguages, toAuthorityInput, toAuthorityPatch } from './authority-draft';

describe('the authority form', () => {
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
      procedures: [],
      professions: [],
    });
  });

  it('knows which languages other rows already use', () => {
    const a = nameRow('de');
    const b = nameRow('fr');
    const c = nameRow('');
    expect([...takenLanguages([a, b, c], a.key)]).toEqual(['fr']);
  });
});

describe('editing a profile', () => {
  const profile: AuthorityProfile = {
    id: 'a1',
    country: 'DE',
    region: 'Bayern',
    status: 'active',
    name: 'Zollamt Passau',
    nameLanguage: 'de',
    names: [
      { language: 'de', name: 'Zollamt Passau' },
      { language: 'en', name: 'Passau Customs Office' },
    ],
    competences: ['services', 'e-commerce'],
    procedures: ['svc-information-request'],
    professions: ['online-retail'],
    languages: ['de', 'en'],
    address: 'Bahnhofstraße 1\n94032 Passau',
    contactEmail: 'poststelle@zoll.example.de',
    contactPhone: null,
    createdAt: '2026-01-01T00:00:00Z',
    permissions: { update: true, rescope: false, suspend: false, manageUsers: true },
  };

  it('starts from the profile, and an untouched form changes nothing', () => {
    const draft = draftFromProfile(profile);
    expect(draft.names.map(({ language, name }) => ({ language, name }))).toEqual(profile.names);
    expect(draft).toMatchObject({ country: 'DE', region: 'Bayern', contactPhone: '', languages: ['de', 'en'] });
    expect(toAuthorityPatch(draft, profile, { scope: true })).toBeNull();
  });

  it('sends only what changed, trimmed, with an emptied telephone as null', () => {
    const draft = { ...draftFromProfile(profile), address: ' Neue Straße 2, 94032 Passau ', contactPhone: '' };
    expect(toAuthorityPatch(draft, profile, { scope: true })).toEqual({ address: 'Neue Straße 2, 94032 Passau' });
    const withPhone = { ...draftFromProfile(profile), contactPhone: ' +49 851 1234 ' };
    expect(toAuthorityPatch(withPhone, { ...profile, contactPhone: '+49 851 9999' }, { scope: false })).toEqual({ contactPhone: '+49 851 1234' });
    expect(toAuthorityPatch({ ...draftFromProfile(profile), contactPhone: '' }, { ...profile, contactPhone: '+49 851 9999' }, { scope: false })).toEqual({ contactPhone: null });
  });

  it('sees names and languages as sets: reordering is no change, a new name sends them all', () => {
    const draft = draftFromProfile(profile);
    expect(toAuthorityPatch({ ...draft, names: [...draft.names].reverse(), languages: ['en', 'de'] }, profile, { scope: true })).toBeNull();
    const added = { ...draft, names: [...draft.names, { ...nameRow('fr'), name: ' Bureau de douane de Passau ' }] };
    expect(toAuthorityPatch(added, profile, { scope: false })).toEqual({
      names: [...profile.names, { language: 'fr', name: 'Bureau de douane de Passau' }],
    });
  });

  it('sends region and competences only to a reader who may change them', () => {
    const draft = { ...draftFromProfile(profile), region: '', competences: ['services'] };
    expect(toAuthorityPatch(draft, profile, { scope: true })).toEqual({ region: null, competences: ['services'] });
    expect(toAuthorityPatch(draft, profile, { scope: false })).toBeNull();
  });

  it('sends procedures and professions when they changed, whoever edits (the server checks a new area as a change of scope)', () => {
    const draft = { ...draftFromProfile(profile), procedures: ['svc-information-request', 'ec-measures-request'], professions: [] };
    expect(toAuthorityPatch(draft, profile, { scope: false })).toEqual({ procedures: ['svc-information-request', 'ec-measures-request'], professions: [] });
    const reordered = { ...draftFromProfile(profile), procedures: [...profile.procedures].reverse() };
    expect(toAuthorityPatch(reordered, profile, { scope: false })).toBeNull();
  });
});
