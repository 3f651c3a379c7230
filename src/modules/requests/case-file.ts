import fs from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * A request's case file as a PDF, for a participant's own records: procedure, parties, dates,
 * questions and answers, history and the list of attachments with their SHA-256.
 *
 * The view model arrives fully localised (the request service resolves every catalogue text,
 * label and date in the reader's language); this file only lays it out. Its own fixed labels
 * come through `t` from `locales/<lang>/pdf.json`. Fonts are DejaVu Sans, embedded, so every
 * EU script (Latin, Greek, Cyrillic) prints.
 */
export interface CaseFile {
  /** The reader's language, e.g. 'de'. */
  language: string;
  reference: string;
  subject: string;
  /** The name of the subject's language in the reader's language, e.g. 'Portugiesisch'. */
  subjectLanguage: string;
  procedure: { name: string; area: string; legalBasis: string[]; version: number };
  /** Already a label, e.g. 'Beantwortet'. */
  state: string;
  requester: Party;
  receiver: Party | null;
  /** Created, sent, deadlines, closed: labelled and formatted by the caller. */
  dates: Array<{ label: string; value: string }>;
  /** `language` names an answer's language when it is free text in another language than the reader's. */
  sections: Array<{ title: string; questions: Array<{ label: string; answer: string | null; language: string | null }> }>;
  timeline: Array<{ at: string; who: string; what: string; text: string | null; textLanguage: string | null }>;
  attachments: Array<{ filename: string; size: string; mediaType: string; sha256: string; uploadedBy: string; uploadedAt: string }>;
  generatedAt: string;
  /** A copy from the training environment: every page says so. */
  training: boolean;
}

export interface Party {
  authority: string;
  country: string;
  handler: string | null;
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const FONT_FILES = { body: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', mono: 'DejaVuSansMono.ttf' } as const;
type FontName = keyof typeof FONT_FILES;

let fontData: Record<FontName, Buffer> | undefined;

/** Read once, from the dejavu-fonts-ttf package (resolved the same way from src and from dist). */
function fonts(): Record<FontName, Buffer> {
  if (!fontData) {
    const require = createRequire(import.meta.url);
    const read = (file: string) => fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    fontData = { body: read(FONT_FILES.body), bold: read(FONT_FILES.bold), mono: read(FONT_FILES.mono) };
  }
  return fontData;
}

const INK = '#1a1a1a';
const MUTED = '#5c6166';
const ACCENT = '#004494';
const RULE = '#c9ced4';
const TRAINING = '#9a3b00';
const TRAINING_BACKGROUND = '#fff1e0';

const MARGIN = { top: 62, bottom: 70, left: 50, right: 50 };
const LABEL_WIDTH = 150;
const GAP = 12;

export function renderCaseFile(file: CaseFile, t: Translate): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      lang: file.language,
      displayTitle: true,
      info: { Title: `${file.reference} – ${file.subject}`, Author: 'OpenIMI', Creator: 'OpenIMI', Subject: `${t('pdf.kind')} – ${t('pdf.case-file')}` },
    });
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      new CaseFileLayout(doc, file, t).write();
      doc.end();
    } catch (err) {
      reject(err as Error);
    }
  });
}

class CaseFileLayout {
  private readonly left = MARGIN.left;
  private readonly width: number;
  private readonly readerLanguageName: string | undefined;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly file: CaseFile,
    private readonly t: Translate,
  ) {
    this.width = doc.page.width - MARGIN.left - MARGIN.right;
    for (const [name, data] of Object.entries(fonts())) doc.registerFont(name, data);
    this.readerLanguageName = languageName(file.language, file.language);
  }

  write(): void {
    this.header();
    this.procedure();
    this.parties();
    this.dates();
    this.questions();
    this.timeline();
    this.attachments();
    this.pageFurniture();
  }

  private header(): void {
    const { doc, file, t } = this;
    doc.font('bold').fontSize(9).fillColor(ACCENT).text(`${t('pdf.kind')} · ${t('pdf.case-file')}`, this.left, MARGIN.top, { width: this.width });
    doc.moveDown(0.2).fontSize(20).text(file.reference, { width: this.width });
    doc.moveDown(0.3).fontSize(13).fillColor(INK).text(file.subject, { width: this.width });
    this.languageNote(file.subjectLanguage, this.left, this.width);
    doc.moveDown(0.5);
    this.row(t('pdf.state'), file.state, 'bold');
  }

  private procedure(): void {
    const { file, t } = this;
    this.heading(t('pdf.procedure'));
    this.doc.font('bold').fontSize(10).fillColor(INK).text(file.procedure.name, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
    this.row(t('pdf.procedure.area'), file.procedure.area);
    this.row(t('pdf.procedure.legal-basis'), file.procedure.legalBasis.length ? file.procedure.legalBasis.join('\n') : t('pdf.none'));
    this.row(t('pdf.procedure.version'), String(file.procedure.version));
  }

  /** Requester and receiver side by side. */
  private parties(): void {
    const { doc, file, t } = this;
    this.heading(t('pdf.parties'));
    const columnWidth = (this.width - 2 * GAP) / 2;
    const columns: Array<[string, Party | null]> = [[t('pdf.party.requester'), file.requester], [t('pdf.party.receiver'), file.receiver]];
    const blocks = columns.map(([title, party]) => ({ title, lines: partyLines(party, t) }));
    const height = Math.max(...blocks.map((b) => this.partyHeight(b.title, b.lines, columnWidth)));
    this.ensureSpace(height);
    const top = doc.y;
    let bottom = top;
    blocks.forEach((block, i) => {
      const x = this.left + i * (columnWidth + 2 * GAP);
      doc.font('bold').fontSize(8.5).fillColor(MUTED).text(block.title, x, top, { width: columnWidth });
      block.lines.forEach((line, j) => {
        doc.font(j === 0 && !line.muted ? 'bold' : 'body').fontSize(10).fillColor(line.muted ? MUTED : INK).text(line.text, x, doc.y + (j === 0 ? 2 : 0), { width: columnWidth });
      });
      bottom = Math.max(bottom, doc.y);
    });
    doc.x = this.left;
    doc.y = bottom;
  }

  private partyHeight(title: string, lines: PartyLine[], width: number): number {
    const { doc } = this;
    let height = doc.font('bold').fontSize(8.5).heightOfString(title, { width }) + 2;
    lines.forEach((line, j) => (height += doc.font(j === 0 && !line.muted ? 'bold' : 'body').fontSize(10).heightOfString(line.text, { width })));
    return height;
  }

  private dates(): void {
    this.heading(this.t('pdf.dates'));
    if (!this.file.dates.length) this.row('', this.t('pdf.none'));
    for (const date of this.file.dates) this.row(date.label, date.value);
  }

  private questions(): void {
    const { doc, file, t } = this;
    this.heading(t('pdf.questions'));
    for (const section of file.sections) {
      this.ensureSpace(60);
      doc.moveDown(0.3).font('bold').fontSize(11).fillColor(ACCENT).text(section.title, this.left, doc.y, { width: this.width });
      doc.moveDown(0.3);
      for (const question of section.questions) {
        doc.font('bold').fontSize(10);
        this.ensureSpace(doc.heightOfString(question.label, { width: this.width }) + 16);
        doc.fillColor(INK).text(question.label, this.left, doc.y, { width: this.width });
        const x = this.left + GAP;
        const width = this.width - GAP;
        if (question.answer === null) {
          doc.font('body').fontSize(10).fillColor(MUTED).text(t('pdf.not-answered'), x, doc.y + 1, { width });
        } else {
          doc.font('body').fontSize(10).fillColor(INK).text(question.answer, x, doc.y + 1, { width });
          this.languageNote(question.language, x, width);
        }
        doc.moveDown(0.6);
      }
    }
    if (!file.sections.length) this.row('', t('pdf.none'));
  }

  private timeline(): void {
    const { doc, file, t } = this;
    this.heading(t('pdf.timeline'));
    if (!file.timeline.length) this.row('', t('pdf.none'));
    const x = this.left + LABEL_WIDTH + GAP;
    const width = this.width - LABEL_WIDTH - GAP;
    for (const entry of file.timeline) {
      const headline = `${entry.who}\u00a0— ${entry.what}`;
      this.ensureSpace(doc.font('bold').fontSize(9.5).heightOfString(headline, { width }) + (entry.text ? 14 : 0));
      const top = doc.y;
      const page = doc.page;
      doc.font('body').fontSize(9).fillColor(MUTED).text(entry.at, this.left, top + 0.5, { width: LABEL_WIDTH });
      const atEnd = doc.y;
      doc.font('bold').fontSize(9.5).fillColor(INK).text(`${entry.who}\u00a0— `, x, top, { width, continued: true });
      doc.font('body').text(entry.what);
      if (entry.text !== null) {
        doc.fillColor(INK).text(entry.text, x, doc.y + 2, { width });
        this.languageNote(entry.textLanguage, x, width);
      }
      doc.x = this.left;
      doc.y = (doc.page === page ? Math.max(doc.y, atEnd) : doc.y) + 6;
    }
  }

  private attachments(): void {
    const { doc, file, t } = this;
    this.heading(t('pdf.attachments'));
    if (!file.attachments.length) this.row('', t('pdf.none'));
    const x = this.left + GAP + 8;
    const width = this.width - GAP - 8;
    file.attachments.forEach((attachment, i) => {
      this.ensureSpace(doc.font('bold').fontSize(10).heightOfString(attachment.filename, { width }) + 38);
      if (i > 0) this.rule(doc.y - 3, RULE);
      const top = doc.y + 3;
      doc.font('bold').fontSize(10).fillColor(MUTED).text(`${i + 1}`, this.left, top, { width: GAP + 4, lineBreak: false });
      doc.fillColor(INK).text(attachment.filename, x, top, { width });
      doc.font('body').fontSize(8.5).fillColor(MUTED).text(`${attachment.size} · ${attachment.mediaType} · ${t('pdf.attachment.uploaded', { who: attachment.uploadedBy, at: attachment.uploadedAt })}`, x, doc.y + 1, { width });
      doc.text('SHA-256  ', x, doc.y + 1, { width, continued: true });
      doc.font('mono').fontSize(8).fillColor(INK).text(attachment.sha256);
      doc.moveDown(0.7);
    });
  }

  /** A section title with a rule under it, kept with at least the start of what follows. */
  private heading(title: string): void {
    const { doc } = this;
    this.ensureSpace(70);
    if (doc.y > MARGIN.top) doc.moveDown(0.8);
    doc.font('bold').fontSize(12.5).fillColor(ACCENT).text(title, this.left, doc.y, { width: this.width });
    this.rule(doc.y + 2, ACCENT);
    doc.y += 8;
    doc.outline.addItem(title);
  }

  /** A label on the left and its value on the right; a long value may run onto the next page. */
  private row(label: string, value: string, font: FontName = 'body'): void {
    const { doc } = this;
    const x = this.left + LABEL_WIDTH + GAP;
    const width = this.width - LABEL_WIDTH - GAP;
    doc.fontSize(9.5);
    const height = Math.max(doc.font('body').heightOfString(label || ' ', { width: LABEL_WIDTH }), doc.font(font).heightOfString(value, { width }));
    this.ensureSpace(Math.min(height, 80));
    const top = doc.y;
    const page = doc.page;
    doc.font('body').fillColor(MUTED).text(label, this.left, top, { width: LABEL_WIDTH });
    const labelEnd = doc.y;
    doc.font(font).fillColor(INK).text(value, x, top, { width });
    doc.x = this.left;
    doc.y = (doc.page === page ? Math.max(doc.y, labelEnd) : doc.y) + 3;
  }

  /** "(in Portuguese)" after free text, unless it is in the reader's own language. */
  private languageNote(language: string | null, x: number, width: number): void {
    const name = language === null ? undefined : languageName(language, this.file.language);
    if (!name || name.localeCompare(this.readerLanguageName ?? '', this.file.language, { sensitivity: 'accent' }) === 0) return;
    this.doc.font('body').fontSize(8).fillColor(MUTED).text(this.t('pdf.in-language', { language: name }), x, this.doc.y + 1, { width });
  }

  private ensureSpace(height: number): void {
    const { doc } = this;
    if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
  }

  private rule(y: number, color: string): void {
    this.doc.save().moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.6).strokeColor(color).stroke().restore();
  }

  /** Footer (and the training band) on every page, once the page count is known. */
  private pageFurniture(): void {
    const { doc, file, t } = this;
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      // Writing into the bottom margin must not start a new page.
      doc.page.margins.bottom = 0;
      const bottom = doc.page.height - 46;
      this.rule(bottom - 6, RULE);
      doc.font('body').fontSize(7.5).fillColor(MUTED);
      const page = t('pdf.page', { page: i + 1, pages: range.count });
      const pageWidth = doc.widthOfString(page);
      doc.text(page, this.left + this.width - pageWidth, bottom, { lineBreak: false });
      doc.text(`${file.reference} · ${t('pdf.generated', { at: file.generatedAt })}`, this.left, bottom, { width: this.width - pageWidth - GAP, height: 10, ellipsis: true });
      if (file.training) {
        const text = t('pdf.training');
        doc.save().rect(0, 0, doc.page.width, 30).fill(TRAINING_BACKGROUND).restore();
        doc.font('bold').fontSize(9).fillColor(TRAINING).text(text, this.left, 11, { width: this.width, align: 'center', lineBreak: false });
        doc.text(text, this.left, bottom + 12, { width: this.width, align: 'center', lineBreak: false });
      }
      doc.page.margins.bottom = MARGIN.bottom;
    }
  }
}

interface PartyLine {
  text: string;
  muted?: boolean;
}

function partyLines(party: Party | null, t: Translate): PartyLine[] {
  if (!party) return [{ text: t('pdf.party.no-receiver'), muted: true }];
  return [
    { text: party.authority },
    { text: party.country },
    party.handler === null ? { text: t('pdf.party.no-handler'), muted: true } : { text: t('pdf.party.handler', { name: party.handler }) },
  ];
}

/**
 * A language's name in the reader's language. Callers pass names ("Portugiesisch"); a bare
 * ISO 639-1 code ("pt") is named here too, so a text never goes out with a code in its note.
 */
function languageName(language: string, readerLanguage: string): string | undefined {
  if (!/^[a-z]{2}$/.test(language)) return language.trim() || undefined;
  try {
    return new Intl.DisplayNames([readerLanguage, 'en'], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
