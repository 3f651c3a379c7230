import type { CoordinatorMandate } from '../../api/types';

/**
 * The countries a coordinator has a mandate in, each once: those offered when they create
 * an authority (the API checks the full scope, area and region included, when they save).
 */
export function mandateCountries(mandates: readonly CoordinatorMandate[]): string[] {
  return [...new Set(mandates.map((m) => m.country))];
}
