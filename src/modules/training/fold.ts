/**
 * ASCII folding for e-mail addresses built from names in any of the EEA's scripts:
 * diacritics dropped (German-speaking countries write ä ö ü as ae oe ue),
 * Greek and Bulgarian Cyrillic transliterated.
 */

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};

/** Letters that Unicode decomposition leaves alone. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ħ: 'h', ı: 'i',
};

export interface FoldOptions {
  /** ä ö ü → ae oe ue, as German speakers write them in addresses. */
  germanUmlauts?: boolean;
}

export function asciiFold(text: string, options: FoldOptions = {}): string {
  let s = text.toLowerCase();
  if (options.germanUmlauts) s = s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  // й keeps its own letter; NFD would split it into и + breve.
  s = s.replace(/й/g, 'y');
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  s = s.replace(/ου/g, 'ou').replace(/αυ/g, 'av').replace(/ευ/g, 'ev');
  let out = '';
  for (const ch of s) out += GREEK[ch] ?? CYRILLIC[ch] ?? SPECIAL[ch] ?? ch;
  return out;
}

/** Lower-case ASCII words joined by `-`: `Landesärztekammer Hessen` → `landesaerztekammer-hessen`. */
export function slug(text: string, options: FoldOptions = {}): string {
  return asciiFold(text.replace(/['’`]/g, ''), options)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug cut to at most `max` characters at a word boundary. */
export function shortSlug(text: string, max: number, options: FoldOptions = {}): string {
  const full = slug(text, options);
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 8 ? cut.slice(0, boundary) : full.slice(0, max)).replace(/-+$/, '');
}
