import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFound } from '../../server/errors.js';
import { sha256Hex } from './address.js';
import { blobPath, createLocalStore } from './local-store.js';
import { samplePdf } from './test-fixtures.js';

function filesUnder(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : [];
}

describe('the local blob store', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openimi-blobs-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('files content under <dir>/ab/cd/<sha256> and reads it back', async () => {
    const store = createLocalStore(dir);
    const content = samplePdf();
    const sha = sha256Hex(content);
    expect(await store.has(sha)).toBe(false);
    await store.put(sha, content);
    expect(filesUnder(dir)).toEqual([path.join(dir, sha.slice(0, 2), sha.slice(2, 4), sha)]);
    expect(blobPath(dir, sha)).toBe(path.join(dir, sha.slice(0, 2), sha.slice(2, 4), sha));
    expect(await store.has(sha)).toBe(true);
    expect((await store.get(sha)).equals(content)).toBe(true);
  });

  it('stores the same content once, however often and however concurrently it is put', async () => {
    const store = createLocalStore(dir);
    const content = samplePdf('twice');
    const sha = sha256Hex(content);
    await Promise.all([store.put(sha, content), store.put(sha, content), store.put(sha, content)]);
    await store.put(sha, content);
    expect(filesUnder(dir)).toEqual([blobPath(dir, sha)]);
  });

  it('refuses content under a hash that is not its own, and malformed addresses', async () => {
    const store = createLocalStore(dir);
    await expect(store.put(sha256Hex(Buffer.from('a')), Buffer.from('b'))).rejects.toThrow(/does not hash/);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/not a SHA-256/);
    expect(filesUnder(dir)).toEqual([]);
  });

  it('answers NotFound for content it does not have', async () => {
    await expect(createLocalStore(dir).get(sha256Hex(Buffer.from('never stored')))).rejects.toBeInstanceOf(NotFound);
  });
});
