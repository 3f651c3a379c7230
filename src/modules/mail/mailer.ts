import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/schema/index.js';
import type { Config } from '../../server/config.js';

/**
 * Delivers the outbox. With SMTP_URL set (and not in training) mails go out through
 * nodemailer; otherwise they stay in the outbox table, and in development they are
 * also written to the log so that a developer can follow activation links.
 */
export interface Mailer {
  /** Sends what is pending; returns how many were delivered. Safe to run on every replica. */
  flush(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
  readonly delivering: boolean;
}

export function createMailer(config: Config, db: Kysely<Database>, log: FastifyBaseLogger): Mailer {
  const delivering = Boolean(config.smtpUrl) && !config.training;
  const transport = delivering ? nodemailer.createTransport(config.smtpUrl!) : null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let loggedUpTo = 0;

  async function flushOnce(): Promise<number> {
    if (!transport) {
      if (config.env === 'development') {
        const rows = await db.selectFrom('mail_outbox').selectAll().where('id', '>', loggedUpTo).orderBy('id').limit(50).execute();
        for (const r of rows) {
          log.info({ mailId: r.id, to: r.recipient, subject: r.subject }, `mail kept in outbox (no SMTP):\n${r.body_text}`);
          loggedUpTo = r.id;
        }
      }
      return 0;
    }
    let sent = 0;
    for (;;) {
      const delivered = await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('mail_outbox')
          .selectAll()
          .where('sent_at', 'is', null)
          .where('attempts', '<', 10)
          .orderBy('id')
          .limit(1)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!row) return null;
        try {
          await transport.sendMail({ from: config.mailFrom, to: row.recipient, subject: row.subject, text: row.body_text });
          await trx.updateTable('mail_outbox').set({ sent_at: new Date(), attempts: row.attempts + 1, last_error: null }).where('id', '=', row.id).execute();
          return true;
        } catch (err) {
          await trx
            .updateTable('mail_outbox')
            .set({ attempts: row.attempts + 1, last_error: String((err as Error).message).slice(0, 500) })
            .where('id', '=', row.id)
            .execute();
          log.warn({ mailId: row.id, err: (err as Error).message }, 'mail delivery failed; will retry');
          return false;
        }
      });
      if (delivered === null || delivered === false) break;
      sent += 1;
    }
    return sent;
  }

  const mailer: Mailer = {
    delivering,
    flush() {
      running ??= flushOnce().finally(() => {
        running = null;
      });
      return running;
    },
    start() {
      if (timer) return;
      timer = setInterval(() => {
        mailer.flush().catch((err) => log.warn({ err: (err as Error).message }, 'mail outbox flush failed'));
      }, 2000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => 0);
    },
  };
  return mailer;
}
