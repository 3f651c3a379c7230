export interface CatalogueVersionsTable {
  procedure: string;
  version: number;
  hash: string;
  /** A ProcedureSnapshot (src/modules/catalogue/snapshot.ts). */
  snapshot: unknown;
  created_at: Date;
}
