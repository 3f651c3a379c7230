/**
 * The parameters of `requests.notification.<kind>` as the server sends them, with calendar days
 * (YYYY-MM-DD, e.g. `deadline`) written in the reader's notation; every message's parameters
 * are present, so no sentence shows a placeholder.
 */
export function notificationParams(params: Record<string, string | number>, day: (value: string) => string): Record<string, string | number> {
  const out: Record<string, string | number> = { reference: '', subject: '', authority: '', deadline: '' };
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? day(value) : value;
  }
  return out;
}
