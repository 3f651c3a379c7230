import type { Kysely } from 'kysely';
import type { Database } from '../db/schema/index.js';
import type { Config } from './config.js';
import type { Mailer } from '../modules/mail/mailer.js';
import type { CatalogueService } from '../modules/catalogue/service.js';
import type { AttachmentFiles } from '../modules/files/attachments.js';

/** What services need from the outside world, built once at start-up and passed explicitly. */
export interface AppContext {
  config: Config;
  db: Kysely<Database>;
  mailer: Mailer;
  /** The procedure catalogue, validated at start-up, and its versions. */
  catalogue: CatalogueService;
  /** Attachment content: checked, scanned, stored by SHA-256. */
  files: AttachmentFiles;
  /** The clock; tests move it. */
  now(): Date;
}
