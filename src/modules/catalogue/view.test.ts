import { describe, expect, it } from 'vitest';
import { EU_LANGUAGES } from '../reference/languages.js';
import { shippedCatalogue } from './service.js';
import { hashSnapshot, snapshotOf } from './snapshot.js';
import { viewCatalogue, viewProcedure } from './view.js';

/** What the API and the form preview are built from: every procedure, resolved in every language. */
const catalogue = shippedCatalogue();

describe('procedure views', () => {
  it('resolve every text of every procedure in each of the 24 languages', () => {
    let texts = 0;
    for (const code of catalogue.procedures.keys()) {
      const snapshot = snapshotOf(catalogue, code)!;
      for (const lang of EU_LANGUAGES) {
        const view = viewProcedure(snapshot, 1, lang);
        expect(view.language).toBe(lang);
        const shown = [
          view.name, view.description, view.area.name,
          ...view.legalBasis.map((b) => b.name),
          ...view.professions.map((p) => p.name),
          ...view.sections.flatMap((s) => [s.title, ...s.questions.flatMap((q) => [q.label, ...(q.help ? [q.help] : []), ...(q.options ?? []).map((o) => o.label)])]),
          ...view.messages.flatMap((g) => g.items.map((m) => m.text)),
        ];
        for (const t of shown) {
          // A missing text would show as its key (e.g. "question.pq-alert.ban-start").
          expect(t, `${code} in ${lang}`).not.toMatch(/^(area|legislation|procedure|section|question|option|message|profession)\.[a-z0-9-]+/);
          expect(t.trim()).not.toBe('');
        }
        texts += shown.length;
      }
    }
    expect(texts).toBeGreaterThan(20_000);
  });

  it('fall back to English for a language the catalogue is not written in', () => {
    const view = viewProcedure(snapshotOf(catalogue, 'svc-alert')!, 1, 'is');
    expect(view.language).toBe('en');
    expect(view.name).toBe(catalogue.texts.get('en')!['procedure.svc-alert']);
    expect(viewCatalogue(catalogue, 'no', new Map()).language).toBe('en');
  });

  it('hash a snapshot by content, not by the order of keys in the files', () => {
    const snapshot = snapshotOf(catalogue, 'pd-authenticity-request')!;
    const reordered = { ...snapshot, texts: Object.fromEntries(Object.entries(snapshot.texts).reverse()) };
    expect(hashSnapshot(reordered)).toBe(hashSnapshot(snapshot));
    const reworded = { ...snapshot, texts: { ...snapshot.texts, en: { ...snapshot.texts.en, 'procedure.pd-authenticity-request': 'Changed' } } };
    expect(hashSnapshot(reworded)).not.toBe(hashSnapshot(snapshot));
  });
});
