import { createHash } from 'node:crypto';
import type { Catalogue } from './load.js';
import { procedureKeys, helpKey } from './keys.js';
import type { Legislation, Procedure } from './schema.js';

/**
 * One version of one procedure with everything needed to show it in any language: the
 * definition, the legislation it cites, the professions it offers, and all its texts. A snapshot
 * is what `catalogue_versions` stores, so an exchange renders with the version it was created
 * with whatever the files say later.
 */
export interface ProcedureSnapshot {
  code: string;
  area: string;
  definition: Procedure;
  legislation: Legislation[];
  /** Codes a `profession` question offers: the procedure's own, or the whole taxonomy. */
  professionChoices: string[];
  /** language → key → text, only the keys this procedure uses. */
  texts: Record<string, Record<string, string>>;
}

export function snapshotOf(catalogue: Catalogue, code: string): ProcedureSnapshot | undefined {
  const p = catalogue.procedures.get(code);
  if (!p) return undefined;
  const { area, ...definition } = p;
  const legislation = [...new Set(definition.legalBasis.map((b) => b.legislation))].map((l) => {
    const { area: _area, ...rest } = catalogue.legislation.get(l)!;
    return rest;
  });
  const professionChoices = definition.professions.length > 0 ? definition.professions : catalogue.taxonomy.map((e) => e.code);
  const keys = [
    `area.${area}`,
    ...legislation.map((l) => `legislation.${l.code}`),
    ...professionChoices.map((c) => `profession.${c}`),
    ...procedureKeys(definition, '').map((k) => k.key),
    ...definition.sections.flatMap((s) => s.questions.map((q) => helpKey(definition.code, q.code))),
  ];
  const texts: Record<string, Record<string, string>> = {};
  for (const lang of catalogue.languages) {
    const all = catalogue.texts.get(lang) ?? {};
    const mine: Record<string, string> = {};
    for (const k of keys) if (all[k] !== undefined) mine[k] = all[k];
    texts[lang] = mine;
  }
  return { code, area, definition, legislation, professionChoices, texts };
}

/** A stable hash of a snapshot: keys sorted at every level, so file formatting does not matter. */
export function hashSnapshot(s: ProcedureSnapshot): string {
  return createHash('sha256').update(canonical(s)).digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
