import { describe, expect, it } from 'vitest';
import { asciiFold, shortSlug, slug } from './fold.js';

describe('ascii folding for e-mail addresses', () => {
  it('drops diacritics and writes German umlauts as ae, oe, ue where asked', () => {
    expect(asciiFold('Jürgen Weiß', { germanUmlauts: true })).toBe('juergen weiss');
    expect(asciiFold('Jürgen Weiß')).toBe('jurgen weiss');
    expect(asciiFold('Łukasz Wójcik')).toBe('lukasz wojcik');
    expect(asciiFold('Žydrūnė Petrauskienė')).toBe('zydrune petrauskiene');
    expect(asciiFold('Ștefan Țurcanu')).toBe('stefan turcanu');
    expect(asciiFold('Þórður Sigurðsson')).toBe('thordur sigurdsson');
    expect(asciiFold('Søren Bækgaard')).toBe('soren baekgaard');
    expect(asciiFold('Ġużeppi Buħagiar')).toBe('guzeppi buhagiar');
  });

  it('transliterates Greek and Bulgarian Cyrillic', () => {
    expect(asciiFold('Ελένη Παπαδοπούλου')).toBe('eleni papadopoulou');
    expect(asciiFold('Ευάγγελος Χαραλάμπους')).toBe('evaggelos charalampous');
    expect(asciiFold('Йорданка Петрова')).toBe('yordanka petrova');
    expect(asciiFold('Христо Щерев')).toBe('hristo shterev');
  });

  it('makes slugs and cuts long ones at a word boundary', () => {
    expect(slug("Service de l'état civil de Liège")).toBe('service-de-letat-civil-de-liege');
    expect(slug('Landesärztekammer Hessen', { germanUmlauts: true })).toBe('landesaerztekammer-hessen');
    expect(shortSlug('Bundesministerium für Wirtschaft und Energie', 30, { germanUmlauts: true })).toBe('bundesministerium-fuer');
  });
});
