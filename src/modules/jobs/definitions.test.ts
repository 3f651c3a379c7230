import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_RETRY, InvalidJobPayload, defineJob, parseJobPayload } from './definitions.js';

describe('a job definition', () => {
  const sweep = defineJob({
    name: 'requests.deadline-sweep',
    version: 2,
    payload: z.object({ hoursBefore: z.number().int().min(1).default(24) }),
  });

  it('names its queue after its name and version', () => {
    expect(sweep.queue).toBe('requests.deadline-sweep.v2');
    expect(sweep).toMatchObject({ retry: DEFAULT_RETRY, policy: 'standard', expireInSeconds: 900 });
    expect(Object.isFrozen(sweep)).toBe(true);
  });

  it('refuses names that are not dotted kebab-case, or carry their own version', () => {
    for (const name of ['Requests.Sweep', 'requests sweep', 'requests.sweep.v1', '.sweep', 'requests..sweep', 'requests.sweep-']) {
      expect(() => defineJob({ name, version: 1, payload: z.object({}) }), name).toThrow(/dotted kebab-case/);
    }
  });

  it('refuses a version that is not a positive integer, and impossible retry or expiry settings', () => {
    expect(() => defineJob({ name: 'a.b', version: 0, payload: z.object({}) })).toThrow(/positive integer/);
    expect(() => defineJob({ name: 'a.b', version: 1.5, payload: z.object({}) })).toThrow(/positive integer/);
    expect(() => defineJob({ name: 'a.b', version: 1, payload: z.object({}), retry: { limit: -1 } })).toThrow(/retry/);
    expect(() => defineJob({ name: 'a.b', version: 1, payload: z.object({}), expireInSeconds: 86_400 })).toThrow(/expireInSeconds/);
  });

  it('parses a payload with its defaults, and names the field of an invalid one', () => {
    expect(parseJobPayload(sweep, {})).toEqual({ hoursBefore: 24 });
    let error: unknown;
    try {
      parseJobPayload(sweep, { hoursBefore: 'soon' }, 'job-1');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InvalidJobPayload);
    expect(error).toMatchObject({ queue: 'requests.deadline-sweep.v2', jobId: 'job-1' });
    expect((error as Error).message).toMatch(/^invalid payload for job requests\.deadline-sweep\.v2 \(job-1\): .*hoursBefore/);
  });
});
