import type { TrainingArea } from './areas.js';

/**
 * Kinds of public body found in the national directories, and the legislation areas
 * such a body is typically competent for in IMI.
 */
const KIND_COMPETENCES = {
  'ministry-economy': ['services', 'e-commerce', 'public-procurement'],
  'ministry-health': ['professional-qualifications', 'patients-rights'],
  'ministry-labour': ['posting-of-workers', 'professional-qualifications'],
  'ministry-interior': ['public-documents', 'euro-cash-transport'],
  'recognition-centre': ['professional-qualifications'],
  'education-authority': ['professional-qualifications'],
  'health-regulator': ['professional-qualifications', 'patients-rights'],
  'health-insurance': ['patients-rights'],
  'chamber-physicians': ['professional-qualifications', 'patients-rights'],
  'chamber-dentists': ['professional-qualifications', 'patients-rights'],
  'chamber-pharmacists': ['professional-qualifications', 'patients-rights'],
  'chamber-nurses': ['professional-qualifications'],
  'chamber-veterinarians': ['professional-qualifications'],
  'chamber-architects': ['professional-qualifications', 'services'],
  'chamber-engineers': ['professional-qualifications', 'services'],
  'chamber-lawyers': ['professional-qualifications', 'services'],
  'chamber-notaries': ['public-documents', 'professional-qualifications'],
  'chamber-crafts': ['professional-qualifications', 'services'],
  'chamber-commerce': ['services', 'e-commerce'],
  'labour-inspectorate': ['posting-of-workers'],
  'social-security': ['posting-of-workers'],
  'consumer-protection': ['consumer-protection', 'e-commerce'],
  'solvit-centre': ['solvit'],
  'central-bank': ['euro-cash-transport', 'financial-services'],
  'financial-regulator': ['financial-services'],
  police: ['euro-cash-transport'],
  'railway-safety': ['train-drivers'],
  'procurement-office': ['public-procurement'],
  'civil-registry': ['public-documents'],
  'business-register': ['services', 'e-commerce'],
  'trade-office': ['services', 'consumer-protection'],
  'regional-government': ['services', 'professional-qualifications', 'public-procurement'],
  municipality: ['services', 'public-documents'],
} as const satisfies Record<string, readonly TrainingArea[]>;

export type InstitutionKind = keyof typeof KIND_COMPETENCES;

export const INSTITUTION_KINDS = Object.keys(KIND_COMPETENCES) as InstitutionKind[];

/** The professions and activities (taxonomy codes, catalogue/taxonomy) a body of this kind is competent for. */
const KIND_PROFESSIONS: Partial<Record<InstitutionKind, readonly string[]>> = {
  'ministry-economy': ['real-estate-agent', 'tourist-guide', 'private-security', 'travel-services'],
  'ministry-health': ['doctor', 'specialist-doctor', 'dentist', 'general-care-nurse', 'midwife', 'pharmacist', 'physiotherapist', 'healthcare-provision'],
  'ministry-labour': ['construction', 'road-haulage', 'temporary-work-agency', 'social-worker'],
  'ministry-interior': ['private-security', 'cash-in-transit-operator'],
  'recognition-centre': ['architect', 'teacher', 'civil-engineer', 'psychologist', 'social-worker', 'electrician', 'hairdresser', 'optician'],
  'education-authority': ['teacher'],
  'health-regulator': ['doctor', 'specialist-doctor', 'dentist', 'general-care-nurse', 'midwife', 'pharmacist', 'physiotherapist', 'optician', 'psychologist'],
  'health-insurance': ['healthcare-provision'],
  'chamber-physicians': ['doctor', 'specialist-doctor'],
  'chamber-dentists': ['dentist'],
  'chamber-pharmacists': ['pharmacist'],
  'chamber-nurses': ['general-care-nurse', 'midwife'],
  'chamber-veterinarians': ['veterinary-surgeon'],
  'chamber-architects': ['architect'],
  'chamber-engineers': ['civil-engineer'],
  'chamber-lawyers': ['lawyer'],
  'chamber-crafts': ['electrician', 'hairdresser'],
  'chamber-commerce': ['online-retail', 'real-estate-agent'],
  'labour-inspectorate': ['construction', 'road-haulage', 'temporary-work-agency'],
  'social-security': ['construction', 'temporary-work-agency'],
  'consumer-protection': ['online-retail', 'travel-services'],
  'central-bank': ['cash-in-transit-operator', 'insurance-distribution'],
  'financial-regulator': ['insurance-distribution', 'statutory-auditor'],
  police: ['cash-in-transit-operator', 'private-security'],
  'railway-safety': ['train-driver'],
  'procurement-office': ['construction', 'waste-management'],
  'business-register': ['online-retail'],
  'trade-office': ['online-retail', 'food-business'],
  'regional-government': ['mountain-guide', 'ski-instructor', 'tourist-guide', 'teacher'],
  municipality: ['food-business', 'waste-management'],
};

export function professionsOf(kind: InstitutionKind): readonly string[] {
  return KIND_PROFESSIONS[kind] ?? [];
}

/** Countries outside the euro area, where the euro cash-transport rules do not apply. */
const OUTSIDE_EURO_AREA = new Set(['CZ', 'DK', 'HU', 'PL', 'RO', 'SE', 'IS', 'LI', 'NO']);

export function usesEuro(country: string): boolean {
  return !OUTSIDE_EURO_AREA.has(country);
}

/** The legislation areas an authority of this kind in this country is competent for (1 to 3). */
export function competencesOf(kind: InstitutionKind, country: string): TrainingArea[] {
  const areas: TrainingArea[] = KIND_COMPETENCES[kind].filter((a) => a !== 'euro-cash-transport' || usesEuro(country));
  if (areas.length > 0) return areas;
  return kind === 'police' ? ['public-documents'] : ['financial-services'];
}
