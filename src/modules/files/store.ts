import type { Config } from '../../server/config.js';
import { createLocalStore } from './local-store.js';
import { createS3Store } from './s3-store.js';

/**
 * Where attachment content lives, addressed by its SHA-256 (lower-case hex): the same bytes
 * are kept once however often they are attached, and a stored blob never changes.
 */
export interface BlobStore {
  /** Stores the content under its hash; storing what is already there does nothing. */
  put(sha256: string, content: Buffer): Promise<void>;
  /** The content; NotFound when there is none under this hash. */
  get(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
}

export function createBlobStore(config: Config['attachments']['store']): BlobStore {
  return config.kind === 'local' ? createLocalStore(config.dir) : createS3Store(config);
}
