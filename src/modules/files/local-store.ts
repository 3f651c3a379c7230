import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { NotFound } from '../../server/errors.js';
import { assertAddress, assertAddressOf } from './address.js';
import type { BlobStore } from './store.js';

/**
 * Blobs on local disk at `<dir>/ab/cd/<sha256>` (the first two byte pairs fan the files out
 * over 65,536 folders). A blob is written to a temporary file beside its final place, flushed,
 * then renamed: readers see the whole file or none, and a crash leaves at most a `.tmp-` file.
 */
const FILE_MODE = 0o640;
const DIR_MODE = 0o750;

export function blobPath(dir: string, sha256: string): string {
  assertAddress(sha256);
  return path.join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT';
}

export function createLocalStore(dir: string): BlobStore {
  async function has(sha256: string): Promise<boolean> {
    try {
      await fs.access(blobPath(dir, sha256));
      return true;
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  return {
    has,

    async put(sha256, content) {
      assertAddressOf(sha256, content);
      if (await has(sha256)) return;
      const target = blobPath(dir, sha256);
      await fs.mkdir(path.dirname(target), { recursive: true, mode: DIR_MODE });
      const temp = path.join(path.dirname(target), `.tmp-${sha256}-${randomBytes(6).toString('hex')}`);
      try {
        const file = await fs.open(temp, 'wx', FILE_MODE);
        try {
          await file.writeFile(content);
          await file.sync();
        } finally {
          await file.close();
        }
        // Two uploads of the same content may race here: both renames leave the same bytes.
        await fs.rename(temp, target);
      } catch (err) {
        await fs.rm(temp, { force: true });
        throw err;
      }
    },

    async get(sha256) {
      try {
        return await fs.readFile(blobPath(dir, sha256));
      } catch (err) {
        if (isMissing(err)) throw new NotFound();
        throw err;
      }
    },
  };
}
