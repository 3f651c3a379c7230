import { z } from 'zod';
import type { Catalogue } from './load.js';
import { helpKey } from './keys.js';
import {
  COMMISSION_ROLES, DEADLINE_KINDS, MESSAGE_GROUPS, PARTICIPANT_KINDS, QUESTION_TYPES, WORKFLOW_TYPES, workflowSchema,
} from './schema.js';
import type { ProcedureSnapshot } from './snapshot.js';

/**
 * What the API serves (docs/API.md, "Catalogue"): the catalogue's structure with its texts
 * resolved in one language, so that a national system or the web app can build the form.
 */
const named = z.object({ code: z.string(), name: z.string() });

export const procedureSummary = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  workflowType: z.enum(WORKFLOW_TYPES),
  legislation: z.array(z.string()),
  version: z.number().int(),
});

export const catalogueView = z.object({
  language: z.string(),
  areas: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      description: z.string(),
      legislation: z.array(z.object({ code: z.string(), name: z.string(), celex: z.string().nullable() })),
      procedures: z.array(procedureSummary),
    }),
  ),
  professions: z.array(named.extend({ kind: z.enum(['profession', 'activity']) })),
});
export type CatalogueView = z.infer<typeof catalogueView>;

const questionView = z.object({
  code: z.string(),
  type: z.enum(QUESTION_TYPES),
  required: z.boolean(),
  label: z.string(),
  help: z.string().nullable(),
  options: z.array(z.object({ code: z.string(), label: z.string() })).nullable(),
  showWhen: z.object({ question: z.string(), equals: z.array(z.string()) }).nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

export const procedureView = z.object({
  code: z.string(),
  version: z.number().int(),
  language: z.string(),
  area: named,
  name: z.string(),
  description: z.string(),
  workflow: workflowSchema,
  legalBasis: z.array(z.object({ legislation: z.string(), name: z.string(), celex: z.string().nullable(), articles: z.array(z.string()), annexes: z.array(z.string()) })),
  participants: z.object({
    senders: z.array(z.enum(PARTICIPANT_KINDS)),
    receivers: z.array(z.enum(PARTICIPANT_KINDS)),
    commission: z.enum(COMMISSION_ROLES),
  }),
  deadlines: z.array(z.object({ kind: z.enum(DEADLINE_KINDS), days: z.number().int() })),
  retentionMonths: z.number().int(),
  professions: z.array(named),
  sections: z.array(z.object({ code: z.string(), by: z.enum(['sender', 'receiver']), title: z.string(), questions: z.array(questionView) })),
  messages: z.array(z.object({ group: z.enum(MESSAGE_GROUPS), items: z.array(z.object({ code: z.string(), text: z.string() })) })),
});
export type ProcedureView = z.infer<typeof procedureView>;

/** Looks a text up in the language, falling back to English (for is/no users). */
function lookup(mine: Record<string, string> | undefined, en: Record<string, string> | undefined): (key: string) => string {
  return (key) => mine?.[key] ?? en?.[key] ?? key;
}

export function viewCatalogue(c: Catalogue, lang: string, versions: ReadonlyMap<string, number>): CatalogueView {
  const t = lookup(c.texts.get(lang), c.texts.get('en'));
  return {
    language: c.texts.has(lang) ? lang : 'en',
    areas: c.areas.map((a) => ({
      code: a.code,
      name: t(`area.${a.code}`),
      description: t(`area.${a.code}.description`),
      legislation: a.legislation.map((l) => ({ code: l.code, name: t(`legislation.${l.code}`), celex: l.celex ?? null })),
      procedures: a.procedures.map((p) => ({
        code: p.code,
        name: t(`procedure.${p.code}`),
        description: t(`procedure.${p.code}.description`),
        workflowType: p.workflow.type,
        legislation: [...new Set(p.legalBasis.map((b) => b.legislation))],
        version: versions.get(p.code) ?? 1,
      })),
    })),
    professions: c.taxonomy.map((e) => ({ code: e.code, kind: e.kind, name: t(`profession.${e.code}`) })),
  };
}

export function viewProcedure(s: ProcedureSnapshot, version: number, lang: string): ProcedureView {
  const t = lookup(s.texts[lang], s.texts.en);
  const p = s.definition;
  const optional = (key: string) => s.texts[lang]?.[key] ?? s.texts.en?.[key] ?? null;
  return {
    code: p.code,
    version,
    language: s.texts[lang] ? lang : 'en',
    area: { code: s.area, name: t(`area.${s.area}`) },
    name: t(`procedure.${p.code}`),
    description: t(`procedure.${p.code}.description`),
    workflow: p.workflow,
    legalBasis: p.legalBasis.map((b) => ({
      legislation: b.legislation,
      name: t(`legislation.${b.legislation}`),
      celex: s.legislation.find((l) => l.code === b.legislation)?.celex ?? null,
      articles: b.articles,
      annexes: b.annexes,
    })),
    participants: p.participants,
    deadlines: DEADLINE_KINDS.filter((k) => p.deadlines[k] !== undefined).map((kind) => ({ kind, days: p.deadlines[kind]! })),
    retentionMonths: p.retentionMonths,
    professions: p.professions.map((code) => ({ code, name: t(`profession.${code}`) })),
    sections: p.sections.map((sec) => ({
      code: sec.code,
      by: sec.by,
      title: t(`section.${p.code}.${sec.code}`),
      questions: sec.questions.map((q) => ({
        code: q.code,
        type: q.type,
        required: q.required,
        label: t(`question.${p.code}.${q.code}`),
        help: optional(helpKey(p.code, q.code)),
        options:
          q.type === 'profession'
            ? s.professionChoices.map((c) => ({ code: c, label: t(`profession.${c}`) }))
            : q.options
              ? q.options.map((o) => ({ code: o, label: t(`option.${p.code}.${q.code}.${o}`) }))
              : null,
        showWhen: q.showWhen ?? null,
        min: q.min ?? null,
        max: q.max ?? null,
      })),
    })),
    messages: MESSAGE_GROUPS.filter((g) => p.messages[g]).map((group) => ({
      group,
      items: p.messages[group]!.map((c) => ({ code: c, text: t(`message.${p.code}.${group}.${c}`) })),
    })),
  };
}
