import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { visibleScope } from '../access/policy.js';
import { visibleScopeSql } from '../access/scope-sql.js';
import type { AuthoritySummary, DirectoryQuery, Page } from './schema.js';

/**
 * The directory: find the counterpart authority by name in any of its languages, whatever
 * the case and accents, despite a small typo, filtered by country, policy area, procedure, profession and status.
 *
 * Matching compares imi_fold(q) (lower(unaccent(q))) with authority_names.folded, the same
 * function stored in a generated column with a trigram index. A name matches when it
 * contains the query (LIKE '%q%', with % and _ of the query escaped) or, for queries of
 * three characters or more, when the query is similar to a part of it (pg_trgm's `<%`:
 * word similarity above pg_trgm.word_similarity_threshold, 0.6 by default). Both
 * conditions use the gin_trgm_ops index. Ranking, per authority over all its names:
 *   tier 0  a name equals the query
 *   tier 1  a name starts with the query
 *   tier 2  a word of a name starts with the query
 *   tier 3  a name contains the query
 *   tier 4  fuzzy only (typo)
 * then by best word similarity, then by the shown name, then by id (stable pages).
 * One statement gives the page and the total (a window count over the filtered matches);
 * the names of the page's authorities are aggregated after LIMIT, for those rows only.
 * The name an authority is shown by follows authority-names.ts (`displayName`).
 * Measured with 30,000 authorities and 45,000 names: 5-40 ms per search on PostgreSQL 15,
 * 6-65 ms on PGlite; a listing of everything without query or filter 80-90 ms.
 */
export const RANK_TIERS = { exact: 0, prefix: 1, wordPrefix: 2, substring: 3, fuzzy: 4 } as const;

interface Row {
  id: string;
  country: string;
  region: string | null;
  status: 'active' | 'suspended';
  languages: string[];
  competences: string[];
  procedures: string[];
  professions: string[];
  display_name: string;
  display_language: string;
  display_folded: string;
  tier: number;
  score: number;
  total: number;
  names: Array<{ language: string; name: string }>;
}

export async function searchDirectory(ctx: AppContext, actor: Actor, query: DirectoryQuery, readerLanguage: string): Promise<Page<AuthoritySummary>> {
  const rows = await runSearch(ctx, actor, query, readerLanguage, query.pageSize, (query.page - 1) * query.pageSize);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && query.page > 1) total = (await runSearch(ctx, actor, query, readerLanguage, 1, 0))[0]?.total ?? 0;
  return {
    items: rows.map((r) => ({
      id: r.id,
      country: r.country,
      region: r.region,
      status: r.status,
      name: r.display_name,
      nameLanguage: r.display_language,
      names: r.names,
      competences: r.competences,
      procedures: r.procedures,
      professions: r.professions,
      languages: r.languages,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(total),
  };
}

/** Queries of at least this many characters are matched through the trigram index (see `runSearch`). */
const INDEXED_QUERY_LENGTH = 3;

/**
 * Runs the statement. For a name query the planner underestimates what a sequential scan
 * costs (it prices pg_trgm's word-similarity operator like an equality), and below a few
 * hundred thousand names it scans authority_names instead of using the trigram index:
 * 130 ms instead of 15 ms on PostgreSQL 15 with 45,000 names, 250 ms instead of 20-70 ms
 * on PGlite. So such a search runs in a transaction of its own (it writes nothing) with
 * sequential scans discouraged for that transaction only (set_config(..., is_local =>
 * true)). Short queries, which trigrams cannot serve, and listings without a query keep
 * the planner's choice. (A migration raising the COST of pg_trgm's operator functions
 * would fix the estimate at the root; then this transaction can go.)
 */
async function runSearch(ctx: AppContext, actor: Actor, query: DirectoryQuery, lang: string, limit: number, offset: number): Promise<Row[]> {
  const statement = directorySql(actor, query, lang, limit, offset);
  if ((query.q?.trim().length ?? 0) < INDEXED_QUERY_LENGTH) return (await statement.execute(ctx.db)).rows;
  return ctx.db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('enable_seqscan', 'off', true)`.execute(trx);
    return (await statement.execute(trx)).rows;
  });
}

/** The search statement (exported so that its plan can be inspected). */
export function directorySql(actor: Actor, query: DirectoryQuery, lang: string, limit: number, offset: number): RawBuilder<Row> {
  const text = query.q?.trim() ? query.q.trim() : null;

  const filters: RawBuilder<unknown>[] = [];
  // Everyone sees active authorities; suspended ones only those who may see them (policy.ts, authority.view).
  const maySeeSuspended = visibleScopeSql(visibleScope(actor, 'suspended-authorities'), {
    country: sql.ref('a.country'),
    region: sql.ref('a.region'),
    competences: sql.ref('a.competences'),
    id: sql.ref('a.id'),
  });
  filters.push(sql`(a.status = 'active' OR ${maySeeSuspended})`);
  if (query.country) filters.push(sql`a.country = ${query.country}`);
  if (query.competence) filters.push(sql`a.competences @> ARRAY[${query.competence}]::text[]`);
  if (query.procedure) filters.push(sql`a.procedures @> ARRAY[${query.procedure}]::text[]`);
  if (query.profession) filters.push(sql`a.professions @> ARRAY[${query.profession}]::text[]`);
  if (query.status) filters.push(sql`a.status = ${query.status}`);

  // The query folded, and folded then escaped for LIKE: constants for the planner (imi_fold is IMMUTABLE).
  const folded = sql`imi_fold(${text})`;
  const escaped = sql`replace(replace(replace(imi_fold(${text}), '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
  // One or two letters: no trigram to be similar with; containment only.
  const fuzzy = (text?.length ?? 0) >= INDEXED_QUERY_LENGTH ? sql`OR ${folded} <% n.folded` : sql``;
  const matches = sql`
    matches AS (
      SELECT n.authority_id,
             min(CASE WHEN n.folded = ${folded} THEN ${sql.lit(RANK_TIERS.exact)}
                      WHEN n.folded LIKE ${escaped} || '%' THEN ${sql.lit(RANK_TIERS.prefix)}
                      WHEN n.folded LIKE '% ' || ${escaped} || '%' THEN ${sql.lit(RANK_TIERS.wordPrefix)}
                      WHEN n.folded LIKE '%' || ${escaped} || '%' THEN ${sql.lit(RANK_TIERS.substring)}
                      ELSE ${sql.lit(RANK_TIERS.fuzzy)} END) AS tier,
             max(word_similarity(${folded}, n.folded)) AS score
        FROM authority_names n
       WHERE n.folded LIKE '%' || ${escaped} || '%' ${fuzzy}
       GROUP BY n.authority_id
    ),`;

  // candidates: the visible, filtered (and matching) authorities;
  // shown: the name each is shown by (reader's language, else first national-language name);
  // ranked: the page, kept narrow because the window count buffers every candidate.
  return sql<Row>`
    WITH ${text ? matches : sql``}
    candidates AS (
      SELECT a.id, a.country, ${text ? sql`m.tier, m.score` : sql`0 AS tier, 0::real AS score`}
        FROM authorities a
        ${text ? sql`JOIN matches m ON m.authority_id = a.id` : sql``}
       WHERE ${sql.join(filters, sql` AND `)}
    ),
    shown AS (
      SELECT DISTINCT ON (n.authority_id) n.authority_id, n.name, n.language, n.folded
        FROM candidates k
        JOIN countries c ON c.code = k.country
        JOIN authority_names n ON n.authority_id = k.id
       ORDER BY n.authority_id, (n.language = ${lang}) DESC, array_position(c.languages, n.language) NULLS LAST, n.language
    ),
    ranked AS (
      SELECT k.id, k.tier, k.score,
             s.name AS display_name, s.language AS display_language, s.folded AS display_folded,
             count(*) OVER () AS total
        FROM candidates k
        JOIN shown s ON s.authority_id = k.id
       ORDER BY k.tier, k.score DESC, s.folded COLLATE "C", k.id
       LIMIT ${limit} OFFSET ${offset}
    )
    SELECT r.*, a.country, a.region, a.status, a.languages, a.competences, a.procedures, a.professions,
           (SELECT json_agg(json_build_object('language', n.language, 'name', n.name)
                            ORDER BY array_position(c.languages, n.language) NULLS LAST, n.language)
              FROM authority_names n
             WHERE n.authority_id = r.id) AS names
      FROM ranked r
      JOIN authorities a ON a.id = r.id
      JOIN countries c ON c.code = a.country
     ORDER BY r.tier, r.score DESC, r.display_folded COLLATE "C", r.id`;
}
