import { sql, type RawBuilder } from 'kysely';
import type { VisibleScope } from './policy.js';

/**
 * The SQL form of `inVisibleScope` (policy.ts): a boolean condition on a row that has a
 * country, a region and a competences array (an authority or a registration). Each
 * mandate becomes `country = $c [AND competences && $areas] [AND region = ANY($regions)]`.
 */
export interface ScopeColumns {
  country: RawBuilder<unknown>;
  region: RawBuilder<unknown>;
  competences: RawBuilder<unknown>;
  /** The authority id, for the "member of" part; omit for registrations. */
  id?: RawBuilder<unknown>;
}

export function visibleScopeSql(scope: VisibleScope, cols: ScopeColumns): RawBuilder<boolean> {
  if (scope.all) return sql<boolean>`true`;
  const parts: RawBuilder<unknown>[] = scope.mandates.map((m) => {
    const conditions: RawBuilder<unknown>[] = [sql`${cols.country} = ${m.country}`];
    if (m.kind === 'delegated' && m.areas.length > 0) conditions.push(sql`${cols.competences} && ${[...m.areas]}::text[]`);
    if (m.kind === 'delegated' && m.regions.length > 0) conditions.push(sql`${cols.region} = ANY(${[...m.regions]}::text[])`);
    return sql`(${sql.join(conditions, sql` AND `)})`;
  });
  if (cols.id && scope.memberOf.length > 0) parts.push(sql`${cols.id} = ANY(${[...scope.memberOf]}::uuid[])`);
  if (parts.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(parts, sql` OR `)})`;
}
