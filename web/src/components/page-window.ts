/**
 * The pages a pagination bar shows: the first, the last, and the current one with its
 * neighbours; `null` marks a gap. `pageWindow(6, 20)` → [1, null, 5, 6, 7, null, 20].
 */
export function pageWindow(page: number, last: number, around = 1): (number | null)[] {
  const shown = new Set<number>([1, last]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= last) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const previous = out[out.length - 1];
    if (typeof previous === 'number' && p - previous === 2) out.push(previous + 1);
    else if (typeof previous === 'number' && p - previous > 2) out.push(null);
    out.push(p);
  }
  return out;
}
