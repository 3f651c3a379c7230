import type { People } from './country-data.js';
import { asciiFold, type FoldOptions } from './fold.js';
import type { Random } from './prng.js';

export interface PersonName {
  /** As written in the country: "Jürgen Weiß", "Nagy Katalin", "Ελένη Παπαδοπούλου". */
  display: string;
  given: string;
  family: string;
}

export function personName(people: People, rng: Random): PersonName {
  const female = rng.chance(0.5);
  const given = rng.pick(female ? people.female : people.male);
  const surnames = Array.isArray(people.surnames) ? people.surnames : female ? people.surnames.female : people.surnames.male;
  let family = rng.pick(surnames);
  if (people.doubleSurname) {
    const second = rng.pick(surnames);
    if (second !== family) family = `${family} ${second}`;
  }
  return { display: people.familyFirst ? `${family} ${given}` : `${given} ${family}`, given, family };
}

function localPart(text: string, fold: FoldOptions): string {
  return asciiFold(text.replace(/['’]/g, ''), fold)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Hands out unique e-mail addresses: `given.family@domain`, then `given.family2@domain`
 * and so on. Bases never end in a digit, so a numbered address never meets a base.
 */
export class EmailBook {
  private readonly counts = new Map<string, number>();

  /** Reserves an address given elsewhere (the demo accounts). */
  reserve(email: string): void {
    this.counts.set(email.toLowerCase(), 1);
  }

  claim(name: PersonName, domain: string, fold: FoldOptions): string {
    const base = `${localPart(name.given, fold)}.${localPart(name.family, fold)}`;
    const key = `${base}@${domain}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return n === 1 ? key : `${base}${n}@${domain}`;
  }
}
