import type { Config } from '../../server/config.js';
import { Invalid } from '../../server/errors.js';
import { sha256Hex } from './address.js';
import { nameForType, sanitizeFilename } from './filename.js';
import { createClamdScanner } from './scanner.js';
import { createBlobStore } from './store.js';
import { sniffAcceptedType } from './types.js';

/**
 * The attachments entry point the request service uses: every check first, then the store.
 * Access (only participants may download) is the caller's decision; this module only keeps
 * content safe and addressed by its hash.
 */
export interface StoredFile {
  sha256: string;
  size: number;
  /** The sniffed media type, never the one the client claimed. */
  mediaType: string;
  /** The sanitized name, with an extension matching the media type. */
  filename: string;
}

export interface AttachmentFiles {
  /**
   * Checks size (> maxBytes: Invalid('attachment-too-large', {maxMb})), emptiness
   * (Invalid('attachment-empty')), sniffed type (Invalid('attachment-type-not-allowed', {filename})),
   * ClamAV when configured (Invalid('attachment-infected', {filename}); clamd unreachable:
   * Unavailable('scanner-unavailable')), then stores. Nothing is stored when any check fails.
   */
  accept(input: { filename: string; content: Buffer }): Promise<StoredFile>;
  /** The content stored under this hash; NotFound when there is none. */
  read(sha256: string): Promise<Buffer>;
}

/** The limit in MB as people read it: 20, 0.5, 1.5. */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

export function createAttachmentFiles(config: Config['attachments']): AttachmentFiles {
  const store = createBlobStore(config.store);
  const scanner = config.clamd ? createClamdScanner(config.clamd) : undefined;

  return {
    async accept({ filename, content }) {
      if (content.length > config.maxBytes) throw new Invalid('attachment-too-large', { maxMb: megabytes(config.maxBytes) });
      if (content.length === 0) throw new Invalid('attachment-empty');
      const name = sanitizeFilename(filename);
      const type = await sniffAcceptedType(content, name);
      if (!type) throw new Invalid('attachment-type-not-allowed', { filename: name });
      if (scanner) {
        const verdict = await scanner.scan(content);
        if (verdict.infected) throw new Invalid('attachment-infected', { filename: name }, { signature: verdict.signature });
      }
      const sha256 = sha256Hex(content);
      await store.put(sha256, content);
      return { sha256, size: content.length, mediaType: type.mediaType, filename: nameForType(name, type) };
    },

    read(sha256) {
      return store.get(sha256);
    },
  };
}
