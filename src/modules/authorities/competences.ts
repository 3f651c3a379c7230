import { Invalid } from '../../server/errors.js';
import type { Catalogue } from '../catalogue/load.js';

/**
 * An authority's competences in catalogue terms (docs/CATALOGUE.md): the policy areas (which
 * also decide which delegated coordinators are competent for it), the procedures it handles,
 * and the professions and activities it is competent for. A procedure implies its area, so
 * the stored areas are the given ones plus those of the procedures.
 */
export interface Competences {
  competences: readonly string[];
  procedures: readonly string[];
  professions: readonly string[];
}

/**
 * Checks every code against the catalogue and returns the competences with the procedures'
 * areas added; unknown codes are a 400 listing each one with its JSON pointer (`base` is the
 * pointer of the object holding the three lists, e.g. `/authority`). Codes the authority already
 * has (`stored`) pass even when the catalogue no longer knows them, so that a procedure removed
 * from the catalogue does not block every later edit of the profile; they stay until removed.
 */
export function resolveCompetences(
  catalogue: Catalogue,
  input: Competences,
  base = '',
  stored: Competences = { competences: [], procedures: [], professions: [] },
): { competences: string[]; procedures: string[]; professions: string[] } {
  const areas = new Set(catalogue.areas.map((a) => a.code));
  const professions = new Set(catalogue.taxonomy.map((e) => e.code));
  const errors: Array<{ pointer: string; in: 'body'; code: string; message: string }> = [];
  const unknown = (field: string, index: number, what: string, value: string) =>
    errors.push({ pointer: `${base}/${field}/${index}`, in: 'body', code: 'unknown_code', message: `unknown ${what} "${value}"` });
  input.competences.forEach((c, i) => areas.has(c) || stored.competences.includes(c) || unknown('competences', i, 'policy area', c));
  input.procedures.forEach((p, i) => catalogue.procedures.has(p) || stored.procedures.includes(p) || unknown('procedures', i, 'procedure', p));
  input.professions.forEach((p, i) => professions.has(p) || stored.professions.includes(p) || unknown('professions', i, 'profession or activity', p));
  if (errors.length > 0) throw new Invalid('validation', { count: errors.length }, { errors });
  const all = new Set(input.competences);
  for (const p of input.procedures) {
    const area = catalogue.procedures.get(p)?.area;
    if (area) all.add(area);
  }
  // Catalogue order, so that the same set is always stored the same way; codes the catalogue
  // no longer has (kept from `stored`) after them.
  const ordered = (known: readonly string[], wanted: Iterable<string>) => {
    const set = new Set(wanted);
    return [...known.filter((c) => set.has(c)), ...[...set].filter((c) => !known.includes(c))];
  };
  return {
    competences: ordered(catalogue.areas.map((a) => a.code), all),
    procedures: ordered([...catalogue.procedures.keys()], input.procedures),
    professions: ordered(catalogue.taxonomy.map((e) => e.code), input.professions),
  };
}
