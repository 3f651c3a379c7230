import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import { translate } from '../i18n/messages.js';

export interface MailMessage {
  to: string;
  language: string;
  /** Locale key of the subject, e.g. `mail.activation.subject`. */
  subjectKey: string;
  /** Locale key of the body, e.g. `mail.activation.body`. */
  bodyKey: string;
  params: Record<string, string | number>;
}

/**
 * Queues a mail in the same transaction as the change that causes it: it is sent only if
 * the change commits (the dispatcher delivers it, or in training keeps it in the outbox).
 */
export async function queueMail(trx: Transaction<Database>, message: MailMessage, now: Date): Promise<void> {
  const subject = translate(message.language, message.subjectKey, message.params);
  const body = translate(message.language, message.bodyKey, message.params);
  const footer = translate(message.language, 'mail.footer', {});
  await trx
    .insertInto('mail_outbox')
    .values({
      recipient: message.to,
      subject,
      body_text: `${body}\n\n-- \n${footer}\n`,
      language: message.language,
      created_at: now,
      sent_at: null,
      last_error: null,
    })
    .execute();
}
