/** The part of the `clamscan` package (2.x, untyped) that scanner.ts uses. */
declare module 'clamscan' {
  import type { Readable } from 'node:stream';

  namespace NodeClam {
    interface Options {
      debugMode?: boolean;
      preference?: 'clamscan' | 'clamdscan';
      clamscan?: { active?: boolean };
      clamdscan?: {
        socket?: string | false;
        host?: string | false;
        port?: number | false;
        timeout?: number;
        localFallback?: boolean;
        active?: boolean;
        bypassTest?: boolean;
        tls?: boolean;
      };
    }
    interface ScanResult {
      /** null: clamd answered something that is neither OK nor FOUND (e.g. a timeout). */
      isInfected: boolean | null;
      viruses: string[];
      resultString?: string;
      timeout?: boolean;
    }
  }

  class NodeClam {
    init(options?: NodeClam.Options): Promise<NodeClam>;
    scanStream(stream: Readable): Promise<NodeClam.ScanResult>;
  }

  export = NodeClam;
}
