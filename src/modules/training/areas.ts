/**
 * The policy areas of the shipped catalogue (catalogue/areas/), which the training world's
 * institutions, demo coordinators and registrations are written for. The server itself knows
 * areas only from the catalogue; world.test.ts checks that each of these is in it.
 */
export const TRAINING_AREAS = [
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

export type TrainingArea = (typeof TRAINING_AREAS)[number];

export function isTrainingArea(value: string): value is TrainingArea {
  return (TRAINING_AREAS as readonly string[]).includes(value);
}
