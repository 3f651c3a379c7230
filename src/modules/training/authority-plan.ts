import type { Language } from '../reference/languages.js';
import type { AuthorityTemplate, CountryData, Place, Region } from './country-data.js';
import type { InstitutionKind } from './institutions.js';
import type { Random } from './prng.js';

/** One authority of the training directory, before contact details and staff. */
export interface PlannedAuthority {
  kind: InstitutionKind;
  /** Main language first. */
  names: Array<[Language, string]>;
  /** Null for a national body. */
  region: Region | null;
  /** Its seat. */
  seat: Place;
  seatRegion: Region;
}

interface SeatedPlace {
  city: Place;
  region: Region;
}

/**
 * The authorities of one country: its real, named bodies first (the demo accounts'
 * authorities ahead of all) for about two thirds, then every template × place in a
 * shuffled order, then the remaining named bodies, then
 * branch offices of the national bodies in each city ("Deutsche Bundesbank –
 * Außenstelle Hamburg"), numbered once cities run out. Names stay unique within the
 * country; memory is bounded by the templates and `count`.
 */
export function planAuthorities(data: CountryData, languages: readonly Language[], count: number, rng: Random, required: readonly string[] = []): PlannedAuthority[] {
  const cities: SeatedPlace[] = data.regions.flatMap((region) => region.cities.map((city) => ({ city, region })));
  const findCity = (name: string): SeatedPlace => {
    const found = cities.find((c) => c.city.name === name);
    if (!found) throw new Error(`Training data ${data.code}: no city ${name}`);
    return found;
  };
  const findRegion = (name: string): Region => {
    const found = data.regions.find((r) => r.name === name);
    if (!found) throw new Error(`Training data ${data.code}: no region ${name}`);
    return found;
  };
  const capital = findCity(data.capital);

  const fixed: PlannedAuthority[] = data.fixed.map((f) => {
    const region = f.region ? findRegion(f.region) : null;
    const seat = f.city ? findCity(f.city) : region ? { city: region.cities[0]!, region } : capital;
    return { kind: f.kind, names: entries(f.names), region, seat: seat.city, seatRegion: seat.region };
  });
  const isRequired = (a: PlannedAuthority) => required.includes(a.names[0]![1]);
  const combos = rng.shuffle(data.templates.flatMap((t) => fromTemplate(t, data, languages, cities)));
  const ordered = [...fixed.filter(isRequired), ...fixed.filter((a) => !isRequired(a))];
  const target = Math.max(count, fixed.filter(isRequired).length);
  // About two thirds named national bodies, one third regional and local ones, until either runs out.
  const head = Math.max(fixed.filter(isRequired).length, Math.ceil(target * 0.65));
  const candidates = [...ordered.slice(0, head), ...combos, ...ordered.slice(head)];

  const used = new Set<string>();
  const picked: PlannedAuthority[] = [];
  const accept = (a: PlannedAuthority): void => {
    if (used.has(a.names[0]![1])) return;
    const names = a.names.filter(([, name], i) => i === 0 || !used.has(name));
    for (const [, name] of names) used.add(name);
    picked.push({ ...a, names });
  };
  for (const a of candidates) {
    if (picked.length >= target) return picked;
    accept(a);
  }

  const bases = fixed.filter((a) => a.region === null);
  const offices = bases.length > 0 ? bases : fixed;
  for (let i = 0; picked.length < target; i++) {
    const base = offices[i % offices.length]!;
    const place = cities[Math.floor(i / offices.length) % cities.length]!;
    const round = Math.floor(i / (offices.length * cities.length));
    if (place.city === base.seat) continue; // no branch office in the body's own seat
    accept(branchOffice(base, place, round, data, languages));
  }
  return picked;
}

function entries(names: Partial<Record<Language, string>>): Array<[Language, string]> {
  return Object.entries(names) as Array<[Language, string]>;
}

function fromTemplate(t: AuthorityTemplate, data: CountryData, countryLanguages: readonly Language[], cities: SeatedPlace[]): PlannedAuthority[] {
  const excluded = new Set(t.except ?? []);
  const places: SeatedPlace[] =
    t.at === 'region'
      ? data.regions.filter((r) => !excluded.has(r.name)).map((region) => ({ city: region.cities[0]!, region }))
      : cities.filter((c) => !excluded.has(c.city.name) && !excluded.has(c.region.name));
  const out: PlannedAuthority[] = [];
  for (const { city, region } of places) {
    const place = t.at === 'region' ? region : city;
    const langs = region.langs ?? countryLanguages;
    const order = [...langs.filter((l) => t.names[l] !== undefined), ...(t.names.en !== undefined && !langs.includes('en') ? (['en'] as const) : [])];
    if (order.length === 0 || (order[0] === 'en' && !langs.includes('en'))) continue;
    const placeLanguage = langs[0]!;
    const names = order.map((l): [Language, string] => [l, fill(t.names[l]!, place, l, placeLanguage)]);
    out.push({ kind: t.kind, names, region, seat: city, seatRegion: region });
  }
  return out;
}

/** Fills `{name}`, `{of}`, `{in}` from the place, in language `lang`. */
export function fill(template: string, place: Omit<Place, 'zip'>, lang: Language, placeLanguage: Language): string {
  const local = lang === placeLanguage;
  const name = local ? place.name : (place.alt?.[lang] ?? place.name);
  return template
    .replace(/\{name\}/g, name)
    .replace(/\{of\}/g, local ? (place.of ?? place.name) : name)
    .replace(/\{in\}/g, local ? (place.in ?? place.name) : name);
}

function branchOffice(base: PlannedAuthority, at: SeatedPlace, round: number, data: CountryData, languages: readonly Language[]): PlannedAuthority {
  const number = round > 0 ? ` ${round + 1}` : '';
  const names = base.names.map(([lang, name]): [Language, string] => {
    const word = data.office[lang] ?? (lang === 'en' ? 'Office' : data.office[languages[0]!] ?? 'Office');
    const city = lang === (at.region.langs?.[0] ?? languages[0]) ? at.city.name : (at.city.alt?.[lang] ?? at.city.name);
    return [lang, `${name} – ${word} ${city}${number}`];
  });
  return { kind: base.kind, names, region: at.region, seat: at.city, seatRegion: at.region };
}
