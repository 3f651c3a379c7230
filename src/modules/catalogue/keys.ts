import type { AreaFile, Procedure } from './schema.js';

/**
 * The text keys a catalogue structure implies (docs/CATALOGUE.md, "i18n"). Each comes with the
 * place in the structure that needs it, so a missing text can be traced to what asked for it.
 */
export interface TextKey {
  key: string;
  /** Where in area.json the text is needed, e.g. `procedures[pq-alert].sections[ban]`. */
  path: string;
}

export function procedureKeys(p: Procedure, at: string): TextKey[] {
  const keys: TextKey[] = [
    { key: `procedure.${p.code}`, path: at },
    { key: `procedure.${p.code}.description`, path: at },
  ];
  for (const s of p.sections) {
    const sAt = `${at}.sections[${s.code}]`;
    keys.push({ key: `section.${p.code}.${s.code}`, path: sAt });
    for (const q of s.questions) {
      const qAt = `${sAt}.questions[${q.code}]`;
      keys.push({ key: `question.${p.code}.${q.code}`, path: qAt });
      for (const o of q.options ?? []) keys.push({ key: `option.${p.code}.${q.code}.${o}`, path: `${qAt}.options` });
    }
  }
  for (const [group, codes] of Object.entries(p.messages)) {
    for (const c of codes ?? []) keys.push({ key: `message.${p.code}.${group}.${c}`, path: `${at}.messages.${group}` });
  }
  return keys;
}

/** Keys every area's English file must have. */
export function areaKeys(area: AreaFile): TextKey[] {
  const keys: TextKey[] = [
    { key: `area.${area.code}`, path: 'code' },
    { key: `area.${area.code}.description`, path: 'code' },
  ];
  for (const l of area.legislation) keys.push({ key: `legislation.${l.code}`, path: `legislation[${l.code}]` });
  for (const p of area.procedures) keys.push(...procedureKeys(p, `procedures[${p.code}]`));
  return keys;
}

/** Keys a file may have but need not: help texts. If English has one, every language must. */
export function optionalAreaKeys(area: AreaFile): string[] {
  return area.procedures.flatMap((p) => p.sections.flatMap((s) => s.questions.map((q) => `question.${p.code}.${q.code}.help`)));
}

export const helpKey = (procedure: string, question: string) => `question.${procedure}.${question}.help`;
