import { Readable } from 'node:stream';
import NodeClam from 'clamscan';
import type { Config } from '../../server/config.js';
import { Unavailable } from '../../server/errors.js';

/**
 * Virus scanning by a ClamAV daemon, through the `clamscan` package in clamdscan mode: its
 * `scanStream` speaks clamd's INSTREAM protocol over TCP or a Unix socket, so the content
 * never touches the disk here and clamd needs no access to our files. Local fallbacks
 * (running the clamscan binary) are off: with clamd configured, a file is scanned by clamd
 * or refused.
 *
 * Any failure — clamd unreachable, too slow, answering an error (e.g. the file exceeds its
 * StreamMaxLength) — is `scanner-unavailable`: nothing is ever accepted unscanned.
 */
export type ClamdConfig = NonNullable<Config['attachments']['clamd']>;

export type ScanVerdict = { infected: false } | { infected: true; signature: string };

export interface VirusScanner {
  scan(content: Buffer): Promise<ScanVerdict>;
}

const CHUNK_BYTES = 64 * 1024;

function* chunksOf(content: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < content.length; offset += CHUNK_BYTES) yield content.subarray(offset, offset + CHUNK_BYTES);
}

function unavailable(cause: unknown): Unavailable {
  const err = new Unavailable('scanner-unavailable');
  err.cause = cause;
  return err;
}

/** clamscan's own timeout is an idle timeout per socket; this bounds the whole scan. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`clamd did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export function createClamdScanner(config: ClamdConfig): VirusScanner {
  const clamdscan = {
    ...('socket' in config ? { socket: config.socket } : { host: config.host, port: config.port }),
    timeout: config.timeoutMs,
    localFallback: false,
    // Connect at each scan, not at start-up: a clamd that starts later, or restarts, is fine.
    bypassTest: true,
  };
  let client: Promise<NodeClam> | undefined;
  function connected(): Promise<NodeClam> {
    client ??= new NodeClam().init({ preference: 'clamdscan', clamscan: { active: false }, clamdscan }).catch((err: unknown) => {
      client = undefined;
      throw err;
    });
    return client;
  }

  return {
    async scan(content) {
      let result: NodeClam.ScanResult;
      try {
        result = await withDeadline(
          connected().then((clam) => clam.scanStream(Readable.from(chunksOf(content)))),
          config.timeoutMs,
        );
      } catch (err) {
        throw unavailable(err);
      }
      if (result.isInfected === true) return { infected: true, signature: result.viruses[0] ?? 'unknown' };
      if (result.isInfected === false) return { infected: false };
      throw unavailable(new Error(`clamd gave no verdict: ${JSON.stringify(result.resultString ?? '')}`));
    },
  };
}
