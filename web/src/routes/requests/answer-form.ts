import type { SectionView } from '../../api/catalogue';
import type { AnswersInput, AnswerView, AttachmentView } from '../../api/requests';
import { isShown, questionsByCode, type Answers } from '../catalogue/form-logic';

/**
 * The receiver's answer form between the API's raw values and the form's strings: what the
 * form starts from, and the PATCH it saves (numbers as numbers, attachment questions as the
 * ids of the files attached to them, hidden or emptied questions cleared with null).
 */

/** The form's values from the answers already given by one side. */
export function formValues(answers: readonly AnswerView[], by: 'sender' | 'receiver'): Answers {
  const out: Answers = {};
  for (const a of answers) {
    if (a.by !== by) continue;
    out[a.question] = Array.isArray(a.value) ? [...a.value] : String(a.value);
  }
  return out;
}

/**
 * The `answers` of PATCH /requests/:id for the given sections. `others`: the answers of the other
 * side, which conditions may read (the receiver's questions depend on what the requester asked).
 */
export function answersPatch(sections: readonly SectionView[], form: Answers, attachments: readonly AttachmentView[], others: Answers = {}): AnswersInput {
  const byCode = questionsByCode(sections);
  const context = { ...others, ...form };
  const out: AnswersInput = {};
  for (const q of sections.flatMap((s) => s.questions)) {
    if (!isShown(q, context, byCode)) {
      out[q.code] = null;
      continue;
    }
    const value = form[q.code];
    switch (q.type) {
      case 'attachment': {
        const ids = attachments.filter((a) => a.question === q.code).map((a) => a.id);
        out[q.code] = ids.length ? ids : null;
        break;
      }
      case 'multiple-choice':
        out[q.code] = Array.isArray(value) && value.length ? value : null;
        break;
      case 'number': {
        const text = typeof value === 'string' ? value.trim().replace(',', '.') : '';
        const n = text === '' ? Number.NaN : Number(text);
        out[q.code] = Number.isFinite(n) ? n : null;
        break;
      }
      default: {
        const text = typeof value === 'string' ? value.trim() : '';
        out[q.code] = text === '' ? null : text;
      }
    }
  }
  return out;
}

/** The form's values with each attachment question counted as answered when a file is attached to it (for the required check). */
export function withAttachments(form: Answers, sections: readonly SectionView[], attachments: readonly AttachmentView[]): Answers {
  const out: Answers = { ...form };
  for (const q of sections.flatMap((s) => s.questions)) {
    if (q.type === 'attachment') out[q.code] = attachments.filter((a) => a.question === q.code).map((a) => a.id);
  }
  return out;
}
