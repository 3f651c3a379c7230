export interface RegistrationsTable {
  id: string;
  status: 'pending' | 'approved' | 'rejected';
  country: string;
  region: string | null;
  competences: string[];
  /** The authority's profile as submitted (names, address, contact, languages). */
  authority: unknown;
  /** The first administrator: { email, name, preferredLanguage }. */
  administrator: unknown;
  submitted_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
  reason: string | null;
  authority_id: string | null;
}
