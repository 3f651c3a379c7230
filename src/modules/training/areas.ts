/**
 * Legislation areas an authority can be competent for. The catalogue issue replaces these
 * with procedures and taxonomy entries; until then they are the competences of an authority
 * and the scope of a delegated coordinator. Names are in the locale files under `area.<code>`.
 */
export const LEGISLATION_AREAS = [
  'professional-qualifications',
  'services',
  'posting-of-workers',
  'euro-cash-transport',
  'train-drivers',
  'solvit',
  'patients-rights',
  'e-commerce',
  'public-procurement',
  'consumer-protection',
  'public-documents',
  'financial-services',
] as const;

export type LegislationArea = (typeof LEGISLATION_AREAS)[number];

export function isLegislationArea(value: string): value is LegislationArea {
  return (LEGISLATION_AREAS as readonly string[]).includes(value);
}
