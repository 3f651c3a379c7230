import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { EU_LANGUAGES } from '../reference/languages.js';
import { areaKeys, optionalAreaKeys, type TextKey } from './keys.js';
import {
  CHOICE_TYPES, YES_NO_VALUES, areaSchema, stringsSchema, taxonomySchema,
  type AreaFile, type Legislation, type Procedure, type Question, type TaxonomyFile,
} from './schema.js';

/**
 * Reads and checks the catalogue folder (docs/CATALOGUE.md): every structure file against its
 * zod schema, every cross-reference, and every text in every language. It collects all the
 * problems instead of stopping at the first, each with its file and the path inside it.
 */
export interface CatalogueProblem {
  /** Relative to the catalogue folder, e.g. `areas/services/i18n/de.json`. */
  file: string;
  /** Where in the file: a structure path (`procedures[svc-alert].sections[risk]`) or a text key. */
  path: string;
  message: string;
}

export interface CatalogueProcedure extends Procedure {
  area: string;
}

export interface Catalogue {
  dir: string;
  languages: readonly string[];
  areas: AreaFile[];
  taxonomy: TaxonomyFile['entries'];
  procedures: Map<string, CatalogueProcedure>;
  legislation: Map<string, Legislation & { area: string }>;
  /** Every text of the catalogue by language, keys as in docs/CATALOGUE.md. */
  texts: Map<string, Record<string, string>>;
}

export interface CatalogueCounts {
  areas: number;
  legislation: number;
  procedures: number;
  proceduresByType: Record<string, number>;
  sections: number;
  questions: number;
  conditionalQuestions: number;
  options: number;
  messages: number;
  professions: number;
  /** Texts per language (the keys of the English files). */
  texts: number;
  languages: number;
}

export type LoadResult = { ok: true; catalogue: Catalogue } | { ok: false; problems: CatalogueProblem[] };

const here = path.dirname(fileURLToPath(import.meta.url));

/** The shipped catalogue: `catalogue/` at the package root (from src/ or from dist/). */
export function defaultCatalogueDir(): string {
  for (const up of ['../../../catalogue', '../../../../catalogue']) {
    const dir = path.resolve(here, up);
    if (fs.existsSync(path.join(dir, 'areas'))) return dir;
  }
  return path.resolve(here, '../../../catalogue');
}

/** Formats a zod path, naming array elements by their code where they have one. */
export function describePath(root: unknown, keys: ReadonlyArray<PropertyKey>): string {
  let out = '';
  let node: unknown = root;
  for (const k of keys) {
    if (typeof k === 'number') {
      const el = Array.isArray(node) ? node[k] : undefined;
      const c = el && typeof el === 'object' && typeof (el as { code?: unknown }).code === 'string' ? (el as { code: string }).code : null;
      out += c ? `[${c}]` : `[${k}]`;
      node = el;
    } else {
      out += out ? `.${String(k)}` : String(k);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[k as string] : undefined;
    }
  }
  return out || '(file)';
}

class Reader {
  readonly problems: CatalogueProblem[] = [];
  constructor(readonly dir: string) {}

  problem(file: string, where: string, message: string): void {
    this.problems.push({ file, path: where, message });
  }

  json(file: string): unknown {
    const full = path.join(this.dir, file);
    if (!fs.existsSync(full)) {
      this.problem(file, '(file)', 'missing');
      return undefined;
    }
    try {
      return JSON.parse(fs.readFileSync(full, 'utf8')) as unknown;
    } catch (err) {
      this.problem(file, '(file)', `not valid JSON: ${(err as Error).message}`);
      return undefined;
    }
  }

  parse<T>(file: string, schema: z.ZodType<T>, raw: unknown): T | undefined {
    if (raw === undefined) return undefined;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.problem(file, describePath(raw, issue.path), issue.message);
    return undefined;
  }
}

export function loadCatalogue(dir: string = defaultCatalogueDir(), options: { languages?: readonly string[] } = {}): LoadResult {
  const languages = options.languages ?? EU_LANGUAGES;
  const r = new Reader(dir);
  if (!fs.existsSync(path.join(dir, 'areas'))) {
    return { ok: false, problems: [{ file: 'areas', path: '(folder)', message: `no areas/ folder in ${dir}` }] };
  }
  if (!languages.includes('en')) r.problem('(options)', 'languages', 'English is the reference language and must be checked');

  // Taxonomy.
  const taxonomyFile = 'taxonomy/professions.json';
  const taxonomy = r.parse(taxonomyFile, taxonomySchema, r.json(taxonomyFile));
  const professionCodes = new Set<string>();
  for (const [i, e] of (taxonomy?.entries ?? []).entries()) {
    if (professionCodes.has(e.code)) r.problem(taxonomyFile, `entries[${i}].code`, `"${e.code}" is defined twice`);
    professionCodes.add(e.code);
  }
  const texts = new Map<string, Record<string, string>>(languages.map((l) => [l, {}]));
  if (taxonomy) {
    const keys = taxonomy.entries.map((e) => ({ key: `profession.${e.code}`, path: `entries[${e.code}]` }));
    readTexts(r, 'taxonomy', keys, [], languages, texts);
  }

  // Areas: structure first, then cross-references across all of them, then texts.
  const areas: Array<{ folder: string; file: string; raw: unknown; area: AreaFile }> = [];
  const folders = fs
    .readdirSync(path.join(dir, 'areas'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  if (folders.length === 0) r.problem('areas', '(folder)', 'no policy area');
  for (const folder of folders) {
    const file = `areas/${folder}/area.json`;
    const raw = r.json(file);
    const area = r.parse(file, areaSchema, raw);
    if (!area) continue;
    if (area.code !== folder) r.problem(file, 'code', `"${area.code}" differs from its folder name "${folder}"`);
    areas.push({ folder, file, raw, area });
  }

  const legislation = new Map<string, Legislation & { area: string }>();
  const procedures = new Map<string, CatalogueProcedure>();
  const definedIn = new Map<string, string>();
  for (const { file, area } of areas) {
    for (const l of area.legislation) {
      if (legislation.has(l.code)) r.problem(file, `legislation[${l.code}]`, `legislation "${l.code}" is also defined in ${definedIn.get(`l:${l.code}`)}`);
      else {
        legislation.set(l.code, { ...l, area: area.code });
        definedIn.set(`l:${l.code}`, file);
      }
    }
    for (const p of area.procedures) {
      if (procedures.has(p.code)) r.problem(file, `procedures[${p.code}]`, `procedure "${p.code}" is also defined in ${definedIn.get(`p:${p.code}`)}`);
      else {
        procedures.set(p.code, { ...p, area: area.code });
        definedIn.set(`p:${p.code}`, file);
      }
    }
  }
  for (const { file, area } of areas) {
    for (const p of area.procedures) checkProcedure(r, file, p, legislation, professionCodes, taxonomy !== undefined);
  }

  for (const { folder, area } of areas) {
    readTexts(r, `areas/${folder}`, areaKeys(area), optionalAreaKeys(area), languages, texts);
  }

  if (r.problems.length > 0) return { ok: false, problems: r.problems };
  return {
    ok: true,
    catalogue: { dir, languages, areas: areas.map((a) => a.area), taxonomy: taxonomy!.entries, procedures, legislation, texts },
  };
}

function checkProcedure(
  r: Reader,
  file: string,
  p: Procedure,
  legislation: Map<string, Legislation>,
  professions: Set<string>,
  taxonomyLoaded: boolean,
): void {
  const at = `procedures[${p.code}]`;
  for (const [i, basis] of p.legalBasis.entries()) {
    if (!legislation.has(basis.legislation)) {
      r.problem(file, `${at}.legalBasis[${i}].legislation`, `unknown legislation "${basis.legislation}"`);
    }
  }
  if (taxonomyLoaded) {
    for (const prof of p.professions) {
      if (!professions.has(prof)) r.problem(file, `${at}.professions`, `unknown profession "${prof}" (not in taxonomy/professions.json)`);
    }
  }
  const sections = new Set<string>();
  const earlier = new Map<string, Question>();
  for (const s of p.sections) {
    const sAt = `${at}.sections[${s.code}]`;
    if (sections.has(s.code)) r.problem(file, sAt, `section "${s.code}" appears twice in this procedure`);
    sections.add(s.code);
    for (const q of s.questions) {
      const qAt = `${sAt}.questions[${q.code}]`;
      if (earlier.has(q.code)) r.problem(file, qAt, `question "${q.code}" appears twice in this procedure`);
      if (q.showWhen) checkCondition(r, file, `${qAt}.showWhen`, q, earlier, p);
      earlier.set(q.code, q);
    }
  }
}

function checkCondition(r: Reader, file: string, at: string, q: Question, earlier: Map<string, Question>, p: Procedure): void {
  const target = q.showWhen!.question;
  const ref = earlier.get(target);
  if (!ref) {
    const later = p.sections.some((s) => s.questions.some((x) => x.code === target));
    r.problem(file, `${at}.question`, later
      ? `refers to "${target}", which comes after this question; a condition must refer to an earlier question`
      : `refers to question "${target}", which does not exist in ${p.code}`);
    return;
  }
  const allowed: readonly string[] | null =
    ref.type === 'yes-no' ? YES_NO_VALUES : CHOICE_TYPES.includes(ref.type) ? (ref.options ?? []) : null;
  if (!allowed) {
    r.problem(file, `${at}.question`, `refers to "${target}", a ${ref.type} question; conditions need a yes-no or choice question`);
    return;
  }
  for (const v of q.showWhen!.equals) {
    if (!allowed.includes(v)) r.problem(file, `${at}.equals`, `"${v}" is not an answer of "${target}" (${allowed.join(', ')})`);
  }
}

/** Reads `<folder>/i18n/<lang>.json` for every language and checks its keys against English. */
function readTexts(
  r: Reader,
  folder: string,
  required: TextKey[],
  optional: string[],
  languages: readonly string[],
  into: Map<string, Record<string, string>>,
): void {
  const enFile = `${folder}/i18n/en.json`;
  const en = r.parse(enFile, stringsSchema, r.json(enFile));
  if (!en) return;
  const allowed = new Set([...required.map((k) => k.key), ...optional]);
  for (const k of required) {
    if (!(k.key in en)) r.problem(enFile, k.key, `missing (needed by ${k.path} in area.json)`);
  }
  for (const key of Object.keys(en)) {
    if (!allowed.has(key)) r.problem(enFile, key, 'not used by the structure (a typo, or a removed question?)');
  }
  Object.assign(into.get('en') ?? {}, en);
  for (const lang of languages) {
    if (lang === 'en') continue;
    const file = `${folder}/i18n/${lang}.json`;
    const strings = r.parse(file, stringsSchema, r.json(file));
    if (!strings) continue;
    for (const key of Object.keys(en)) {
      if (!(key in strings)) r.problem(file, key, `missing (English: "${truncate(en[key]!)}")`);
    }
    for (const key of Object.keys(strings)) {
      if (!(key in en)) r.problem(file, key, 'not in en.json (a stale or misspelt key)');
    }
    Object.assign(into.get(lang) ?? {}, strings);
  }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function countCatalogue(c: Catalogue): CatalogueCounts {
  const procedures = [...c.procedures.values()];
  const questions = procedures.flatMap((p) => p.sections.flatMap((s) => s.questions));
  const byType: Record<string, number> = {};
  for (const p of procedures) byType[p.workflow.type] = (byType[p.workflow.type] ?? 0) + 1;
  return {
    areas: c.areas.length,
    legislation: c.legislation.size,
    procedures: procedures.length,
    proceduresByType: byType,
    sections: procedures.reduce((n, p) => n + p.sections.length, 0),
    questions: questions.length,
    conditionalQuestions: questions.filter((q) => q.showWhen).length,
    options: questions.reduce((n, q) => n + (q.options?.length ?? 0), 0),
    messages: procedures.reduce((n, p) => n + Object.values(p.messages).reduce((m, l) => m + (l?.length ?? 0), 0), 0),
    professions: c.taxonomy.length,
    texts: Object.keys(c.texts.get('en') ?? {}).length,
    languages: c.languages.length,
  };
}

export function formatProblem(p: CatalogueProblem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}
