import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages.js';
import { UI_LANGUAGES } from '../reference/languages.js';
import { renderCaseFile, type CaseFile } from './case-file.js';

const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** A Portuguese authority asked a Berlin authority about a nurse's diploma; a German handler reads the file. */
function germanCaseFile(overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    language: 'de',
    reference: 'REQ-2026-000042',
    subject: 'Verificação das qualificações profissionais de um enfermeiro',
    subjectLanguage: 'Portugiesisch',
    procedure: { name: 'Überprüfung von Berufsqualifikationen (Krankenpflege)', area: 'Berufsqualifikationen', legalBasis: ['Richtlinie 2005/36/EG, Artikel 8'], version: 3 },
    state: 'Beantwortet',
    requester: { authority: 'Administração Central do Sistema de Saúde', country: 'Portugal', handler: 'Maria Fernandes' },
    receiver: { authority: 'Landesamt für Gesundheit und Soziales Berlin', country: 'Deutschland', handler: null },
    dates: [
      { label: 'Gesendet', value: '2. März 2026, 11:02' },
      { label: 'Frist für die Beantwortung', value: '2. April 2026' },
    ],
    sections: [
      {
        title: 'Fragen an die ersuchte Behörde',
        questions: [
          { label: 'Ist die Person berechtigt, den Beruf auszuüben?', answer: 'Ja, ohne Einschränkungen.', language: null },
          { label: 'Bemerkungen', answer: 'O diploma foi emitido em Coimbra.', language: 'Portugiesisch' },
          { label: 'Kopie des Diploms', answer: null, language: null },
        ],
      },
    ],
    timeline: [
      { at: '2. März 2026, 11:02', who: 'Maria Fernandes', what: 'hat das Ersuchen gesendet', text: null, textLanguage: null },
      { at: '6. März 2026, 10:05', who: 'Jonas Becker', what: 'hat einen Kommentar geschrieben', text: 'Antwort folgt bis Freitag.', textLanguage: null },
    ],
    attachments: [{ filename: 'diploma-coimbra.pdf', size: '245 KB', mediaType: 'application/pdf', sha256: SHA, uploadedBy: 'Maria Fernandes', uploadedAt: '2. März 2026, 09:20' }],
    generatedAt: '10. März 2026, 14:05 UTC',
    training: false,
    ...overrides,
  };
}

function render(file: CaseFile): Promise<Buffer> {
  return renderCaseFile(file, (key, params) => translate(file.language, key, params));
}

async function read(pdf: Buffer) {
  const parser = new PDFParse({ data: pdf });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    // Wrapped lines come back as separate lines; compare running text.
    const pages = text.pages.map((page) => page.text.replace(/\s+/g, ' '));
    return { pages, text: pages.join(' '), info: info.info as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

describe('a participant downloads a request as a PDF', () => {
  it('reads back in German: reference, procedure, parties, questions and answers, history, attachments, page numbers, metadata', async () => {
    const pdf = await render(germanCaseFile());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text, info } = await read(pdf);

    expect(text).toContain('Auskunftsersuchen · Fallakte');
    expect(text).toContain('REQ-2026-000042');
    expect(text).toContain('Verificação das qualificações profissionais de um enfermeiro (auf Portugiesisch)');
    expect(text).toContain('Status Beantwortet');
    expect(text).toContain('Rechtsgrundlage Richtlinie 2005/36/EG, Artikel 8');
    expect(text).toContain('Ersuchende Behörde');
    expect(text).toContain('Sachbearbeitung: Maria Fernandes');
    expect(text).toContain('Noch keine Sachbearbeitung zugewiesen');
    expect(text).toContain('Frist für die Beantwortung 2. April 2026');
    expect(text).toContain('Ist die Person berechtigt, den Beruf auszuüben? Ja, ohne Einschränkungen.');
    expect(text).toContain('Bemerkungen O diploma foi emitido em Coimbra. (auf Portugiesisch)');
    expect(text).toContain('Kopie des Diploms Nicht beantwortet');
    expect(text).toContain('Jonas Becker — hat einen Kommentar geschrieben Antwort folgt bis Freitag.');
    expect(text).toContain('diploma-coimbra.pdf');
    expect(text).toContain('Hochgeladen von Maria Fernandes am 2. März 2026, 09:20');
    expect(text).toContain(`SHA-256 ${SHA}`);
    expect(pages[0]).toContain(`Seite 1 von ${pages.length}`);
    expect(text).toContain('Erstellt am 10. März 2026, 14:05 UTC');
    expect(text).not.toMatch(/pdf\.[a-z]/);

    expect(info.Title).toBe('REQ-2026-000042 – Verificação das qualificações profissionais de um enfermeiro');
    expect(info.Author).toBe('OpenIMI');
    expect(info.Language).toBe('de');
  });

  it('notes the language only of texts in another language than the reader’s, and names a bare language code', async () => {
    const file = germanCaseFile({
      subject: 'Überprüfung eines Diploms',
      subjectLanguage: 'Deutsch',
      sections: [{ title: 'Fragen', questions: [{ label: 'Bemerkungen', answer: 'Sem observações.', language: 'pt' }] }],
      timeline: [{ at: '6. März 2026', who: 'Jonas Becker', what: 'hat kommentiert', text: 'Alles in Ordnung.', textLanguage: 'de' }],
    });
    const { text } = await read(await render(file));
    expect(text).toContain('Überprüfung eines Diploms Status');
    expect(text).toContain('Sem observações. (auf Portugiesisch)');
    expect(text).toContain('Alles in Ordnung.');
    expect(text).not.toContain('(auf Deutsch)');
  });

  it('says what is missing: no receiver yet, no dates, no history, no attachments', async () => {
    const { text } = await read(await render(germanCaseFile({ receiver: null, dates: [], timeline: [], attachments: [] })));
    expect(text).toContain('Ersuchte Behörde Noch nicht ausgewählt');
    expect(text).toContain('Anhänge Keine');
    expect(text).not.toContain('SHA-256');
  });

  it('prints Greek and Cyrillic letters for a Greek reader', async () => {
    const file = germanCaseFile({
      language: 'el',
      subject: 'Επαλήθευση επαγγελματικών προσόντων νοσηλευτή',
      subjectLanguage: 'Ελληνικά',
      state: 'Απαντήθηκε',
      sections: [
        {
          title: 'Ερωτήσεις προς την αποδέκτρια αρχή',
          questions: [
            { label: 'Έχει το πρόσωπο δικαίωμα άσκησης του επαγγέλματος;', answer: 'Ναι, είναι εγγεγραμμένο στο μητρώο νοσηλευτών.', language: null },
            { label: 'Παρατηρήσεις', answer: 'Дипломата е издадена в София през 2012 г.', language: 'Βουλγαρικά' },
            { label: 'Αντίγραφο του διπλώματος', answer: null, language: null },
          ],
        },
      ],
      generatedAt: '10 Μαρτίου 2026, 14:05 UTC',
    });
    const { pages, text, info } = await read(await render(file));
    expect(text).toContain('Αίτημα παροχής πληροφοριών · Φάκελος υπόθεσης');
    expect(text).toContain('Επαλήθευση επαγγελματικών προσόντων νοσηλευτή Κατάσταση Απαντήθηκε');
    expect(text).toContain('Έχει το πρόσωπο δικαίωμα άσκησης του επαγγέλματος; Ναι, είναι εγγεγραμμένο στο μητρώο νοσηλευτών.');
    expect(text).toContain('Дипломата е издадена в София през 2012 г. (στα Βουλγαρικά)');
    expect(text).toContain('Αντίγραφο του διπλώματος Χωρίς απάντηση');
    expect(pages[0]).toContain(`Σελίδα 1 από ${pages.length}`);
    expect(text).toContain(SHA);
    expect(info.Language).toBe('el');
  });

  it('breaks a long case file across pages, with every question, every entry and a footer on each page', async () => {
    const longAnswer = 'Die Angaben wurden mit dem Berufsregister abgeglichen und von der Kammer bestätigt. '.repeat(25).trim();
    const file = germanCaseFile({
      sections: [0, 1, 2].map((s) => ({
        title: `Abschnitt ${s + 1}`,
        questions: Array.from({ length: 20 }, (_, i) => ({
          label: `Frage ${s * 20 + i + 1}: Wurde die Ausbildung im Herkunftsmitgliedstaat abgeschlossen?`,
          answer: i % 7 === 6 ? null : i % 5 === 0 ? `${longAnswer} Ende der Antwort ${s * 20 + i + 1}.` : `Antwort ${s * 20 + i + 1}`,
          language: null,
        })),
      })),
      timeline: Array.from({ length: 40 }, (_, i) => ({
        at: `${(i % 28) + 1}. März 2026, 10:${String(i).padStart(2, '0')}`,
        who: 'Jonas Becker (Landesamt für Gesundheit und Soziales Berlin)',
        what: `Eintrag ${i + 1}`,
        text: i % 4 === 0 ? `Kommentar zu Eintrag ${i + 1}: bitte die beglaubigte Übersetzung nachreichen.` : null,
        textLanguage: null,
      })),
    });
    const { pages, text } = await read(await render(file));

    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Seite ${i + 1} von ${pages.length}`);
      expect(page).toContain('REQ-2026-000042 · Erstellt am 10. März 2026, 14:05 UTC');
    });
    for (let n = 1; n <= 60; n++) {
      expect(text).toContain(`Frage ${n}: Wurde die Ausbildung`);
      if ((n - 1) % 20 % 5 === 0) expect(text).toContain(`Ende der Antwort ${n}.`);
    }
    for (let n = 1; n <= 40; n++) expect(text).toContain(`Eintrag ${n}`);
    expect(text).toContain('Eintrag 37: bitte die beglaubigte Übersetzung nachreichen.');
    expect(text.indexOf('Frage 60:')).toBeLessThan(text.indexOf('Eintrag 1'));
    expect(text).toContain(SHA);
  });

  it('marks every page of a training copy, and no page of a real one', async () => {
    const many = germanCaseFile({
      sections: [{ title: 'Fragen', questions: Array.from({ length: 40 }, (_, i) => ({ label: `Frage ${i + 1}`, answer: 'Antwort '.repeat(60), language: null })) }],
    });
    const training = await read(await render({ ...many, training: true }));
    expect(training.pages.length).toBeGreaterThan(1);
    for (const page of training.pages) expect(page).toContain('Schulungsdaten – kein echter Fall');

    const real = await read(await render(many));
    expect(real.pages.length).toBe(training.pages.length);
    expect(real.text).not.toContain('Schulungsdaten');
  });

  it('has its labels in each of the 24 languages', async () => {
    for (const language of UI_LANGUAGES) {
      const { pages, text } = await read(await render(germanCaseFile({ language })));
      expect(text, language).not.toMatch(/pdf\.[a-z]/);
      expect(pages[0], language).toContain(translate(language, 'pdf.page', { page: 1, pages: pages.length }).replace(/\s+/g, ' '));
      expect(text, language).toContain(translate(language, 'pdf.questions').replace(/\s+/g, ' '));
    }
  });
});
