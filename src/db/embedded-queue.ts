import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * A correction to pglite-socket 0.2.17 (pinned in package.json), which serves the one PGlite session
 * to several `pg` connections by queueing their protocol messages one at a time. It keeps a
 * connection's turn for the whole of an explicit transaction, but not for an extended-protocol query
 * outside one: Parse, Bind, Execute and Sync of two connections could interleave, so one lost its
 * unnamed statement or portal (`portal "" does not exist`) or read the other's result
 * (electric-sql/pglite#1046; upstream fix proposed in pglite PR #977). Also, one failed message
 * stopped the queue for good.
 *
 * Here a connection keeps its turn from its first extended-protocol message until its Sync (or a
 * simple query), as well as for an explicit transaction; a failed message is answered with its error
 * and the queue goes on. The queue's shape is checked at start, so a pglite-socket upgrade that
 * changes it fails loudly instead of silently reverting to the old behaviour.
 */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData(data: Uint8Array): void;
  resolve(bytes: number): void;
  reject(err: unknown): void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/** Protocol messages that open or continue an extended-query sequence (Flush does neither). */
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C']);

export function keepExtendedQueriesTogether(server: PGLiteSocketServer, db: PGlite): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== 'function' || typeof queue.clearQueueForHandler !== 'function') {
    throw new Error('pglite-socket changed its query queue: review src/db/embedded-queue.ts before upgrading it');
  }
  /** The connection in the middle of Parse … Sync, if any. */
  let owner: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const holder = owner ?? (db.isInTransaction() ? this.lastHandlerId : null);
        const index = holder === null ? 0 : this.queue.findIndex((m) => m.handlerId === holder);
        // The holder's next message has not arrived yet: its arrival restarts the queue.
        if (index === -1) break;
        const item = this.queue.splice(index, 1)[0]!;
        const type = String.fromCharCode(item.message[0] ?? 0);
        let bytes = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (err) {
          if (owner === item.handlerId) owner = null;
          item.reject(err);
          continue;
        }
        if (EXTENDED.has(type)) owner = item.handlerId;
        if (type === 'S' || type === 'Q') owner = null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    if (owner === handlerId) owner = null;
    clear(handlerId);
  };
}
