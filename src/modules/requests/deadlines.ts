import type { Procedure } from '../catalogue/schema.js';

/**
 * Deadlines of a request, from its procedure (`deadlines.accept`, `deadlines.answer`, in days):
 * a deadline falls at the end of its calendar day (23:59:59.999 UTC), so "within 5 days" of a
 * request sent on Monday morning ends on Saturday night wherever the reader is.
 */
export function endOfDayUtc(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 23, 59, 59, 999));
}

export function addDays(from: Date, days: number): Date {
  return endOfDayUtc(new Date(from.getTime() + days * 86_400_000));
}

/** A deadline for a kind, or null when the procedure sets none. */
export function deadlineFrom(definition: Procedure, kind: 'accept' | 'answer', from: Date): Date | null {
  const days = definition.deadlines[kind];
  return days === undefined ? null : addDays(from, days);
}

/** `YYYY-MM-DD` as the end of that day. */
export function endOfDate(date: string): Date {
  return endOfDayUtc(new Date(`${date}T00:00:00Z`));
}
