import { z } from 'zod';
import type { AppContext } from '../../server/context.js';
import { defineJob } from '../jobs/definitions.js';
import { sweepDeadlines } from './deadline-sweep.js';

/** The requests module's background jobs: the deadline sweep, every minute (deadline-sweep.ts). */
export const deadlineSweepJob = defineJob({
  name: 'requests.deadline-sweep',
  version: 1,
  payload: z.object({}),
  // A slow sweep never runs twice at once, and a missed minute is caught up by the next one.
  policy: 'stately',
  retry: { limit: 1, delaySeconds: 30 },
  expireInSeconds: 600,
});

export function requestJobs(ctx: AppContext) {
  return [
    {
      job: deadlineSweepJob,
      handler: async () => {
        await sweepDeadlines(ctx);
      },
      schedule: '* * * * *',
    },
  ] as const;
}
