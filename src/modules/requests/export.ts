import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { viewProcedure } from '../catalogue/view.js';
import { translate } from '../i18n/messages.js';
import { countryName } from '../reference/countries.js';
import { renderCaseFile, type CaseFile } from './case-file.js';
import { getRequest } from './service.js';
import type { AnswerValue, RequestDetail } from './schema.js';

/**
 * The PDF case file of a request, for a participant's own records, in the reader's language:
 * the same view the request page shows (so it never shows more than the reader may see),
 * with every catalogue text resolved from the procedure version the request was created with.
 */
function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A file size for people, as the web app shows it (decimal units, like file managers): 812 B, 4.2 kB, 13 MB. */
function formatSize(bytes: number, lang: string): string {
  const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

export async function exportCaseFile(ctx: AppContext, actor: Actor, id: string, lang: string): Promise<{ filename: string; content: Buffer }> {
  const detail = await getRequest(ctx, actor, id, lang);
  const snapshot = (await ctx.catalogue.snapshot(detail.procedure.code, detail.procedure.version))!;
  const procedure = viewProcedure(snapshot, detail.procedure.version, lang);
  const t = (key: string, params: Record<string, string | number> = {}) => translate(lang, key, params);
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const when = (iso: string | null) => (iso ? `${dateTime.format(new Date(iso))} UTC` : null);
  const answers = new Map(detail.answers.map((a) => [a.question, a]));
  const attachmentNames = new Map(detail.attachments.map((a) => [a.id, a.filename]));
  const questions = new Map(procedure.sections.flatMap((s) => s.questions.map((q) => [q.code, q] as const)));
  const professionNames = new Map(procedure.professions.map((p) => [p.code, p.name]));

  const show = (code: string, value: AnswerValue): string => {
    const q = questions.get(code)!;
    const option = (v: string) => q.options?.find((o) => o.code === v)?.label ?? v;
    switch (q.type) {
      case 'yes-no':
        return value === 'yes' ? t('pdf.yes') : t('pdf.no');
      case 'single-choice':
        return option(String(value));
      case 'multiple-choice':
        return (value as string[]).map(option).join('; ');
      case 'country':
        return countryName(String(value), lang);
      case 'profession':
        return professionNames.get(String(value)) ?? String(value);
      case 'date':
        return date.format(new Date(`${String(value)}T00:00:00Z`));
      case 'attachment':
        return (value as string[]).map((v) => attachmentNames.get(v) ?? v).join('; ');
      case 'number':
        return new Intl.NumberFormat(lang).format(Number(value));
      default:
        return String(value);
    }
  };
  const party = (p: RequestDetail['requester'] | null, handler: RequestDetail['requesterHandler']) =>
    p ? { authority: p.name, country: countryName(p.country, lang), handler: handler?.name ?? null } : null;
  const eventParams = (e: RequestDetail['timeline'][number]): Record<string, string | number> => {
    const d = e.details as Record<string, unknown>;
    const name = (v: unknown) => (v && typeof v === 'object' && 'name' in v ? String((v as { name: string }).name) : '');
    const reason = typeof d.reason === 'string' ? (procedure.messages.find((m) => m.group === 'reject')?.items.find((i) => i.code === d.reason)?.text ?? d.reason) : '';
    return {
      authority: e.authority?.name ?? '',
      actor: e.actor?.name ?? '',
      to: name(d.to),
      from: name(d.from),
      handler: name(d.handler) || '—',
      assigned: name(d.handler) ? 'yes' : 'no',
      toCountry: d.to && typeof d.to === 'object' && 'country' in d.to ? countryName(String((d.to as { country: string }).country), lang) : '',
      fromCountry: d.from && typeof d.from === 'object' && 'country' in d.from ? countryName(String((d.from as { country: string }).country), lang) : '',
      type: e.type,
      reason,
      ground: typeof d.ground === 'string' ? d.ground : '',
      kind: typeof d.kind === 'string' ? d.kind : '',
      deadline: typeof d.deadline === 'string' ? date.format(new Date(d.deadline)) : '',
      filename: typeof d.filename === 'string' ? d.filename : '',
    };
  };

  const file: CaseFile = {
    language: lang,
    reference: detail.reference,
    subject: detail.subject,
    subjectLanguage: languageName(detail.subjectLanguage, lang),
    procedure: {
      name: procedure.name,
      area: procedure.area.name,
      // The same wording as the catalogue's procedure page (web.catalogue.articles / .annex).
      legalBasis: procedure.legalBasis.map((b) =>
        [
          b.name,
          ...(b.articles.length > 0 ? [t('web.catalogue.articles', { count: b.articles.length, list: new Intl.ListFormat(lang, { type: 'conjunction' }).format(b.articles) })] : []),
          ...b.annexes.map((number) => t('web.catalogue.annex', { number: number || 'none' })),
        ].join(', '),
      ),
      version: detail.procedure.version,
    },
    state: t(`requests.state.${detail.state}`),
    requester: party(detail.requester, detail.requesterHandler)!,
    receiver: party(detail.receiver, detail.receiverHandler),
    dates: [
      { label: t('pdf.date.created'), value: when(detail.createdAt) },
      { label: t('pdf.date.sent'), value: when(detail.sentAt) },
      { label: t('pdf.date.accept-by'), value: detail.deadlines.accept ? date.format(new Date(detail.deadlines.accept)) : null },
      { label: t('pdf.date.answer-by'), value: detail.deadlines.answer ? date.format(new Date(detail.deadlines.answer)) : null },
      { label: t('pdf.date.closed'), value: when(detail.closedAt) },
    ].filter((d): d is { label: string; value: string } => d.value !== null),
    sections: procedure.sections.map((s) => ({
      title: s.title,
      questions: s.questions
        .filter((q) => answers.has(q.code) || !q.showWhen)
        .map((q) => {
          const a = answers.get(q.code);
          return { label: q.label, answer: a ? show(q.code, a.value) : null, language: a?.language && a.language !== lang ? languageName(a.language, lang) : null };
        }),
    })),
    timeline: detail.timeline.map((e) => ({
      at: when(e.at)!,
      who: [e.actor?.name, e.authority?.name].filter(Boolean).join(', ') || t('pdf.system'),
      what: t(`requests.event.${e.type}`, eventParams(e)),
      text: e.text,
      textLanguage: e.text && e.textLanguage && e.textLanguage !== lang ? languageName(e.textLanguage, lang) : null,
    })),
    attachments: detail.attachments.map((a) => ({
      filename: a.filename,
      size: formatSize(a.size, lang),
      mediaType: a.mediaType,
      sha256: a.sha256,
      uploadedBy: a.uploadedBy.name,
      uploadedAt: when(a.uploadedAt)!,
    })),
    generatedAt: when(ctx.now().toISOString())!,
    training: ctx.config.training,
  };
  return { filename: `${detail.reference}.pdf`, content: await renderCaseFile(file, t) };
}
