import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { queryRows, toNumber } from '../../db/client.js';
import { parseOrgNumber } from '../../../domain/index.js';
import { buildSwedishTsQuery, searchWords } from './search-query.js';

export interface PublicProjectRow {
  id: string;
  name: string;
  acronym: string | null;
  owner: string;
  ownerOrgNumber: string | null;
  grantedOre: number;
  maxShareBp: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  status: string;
}

/** The owner types of the database enum; the public filter offers them. */
export const OWNER_TYPES = [
  'region',
  'municipality',
  'state_agency',
  'university',
  'company',
  'association',
  'other',
] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

export interface PublicProjectFilters {
  q?: string | undefined;
  /** A strategy priority's code; a priority also matches its sub-priorities ('3' finds '3.1'). */
  priority?: string | undefined;
  ownerType?: OwnerType | undefined;
  /** A municipality code (kommunkod) the project covers. */
  municipality?: string | undefined;
  /** A calendar year during which the project runs (its period in force overlaps the year). */
  year?: number | undefined;
}

export interface PublicProjectQuery extends PublicProjectFilters {
  /** No limit when absent (the open-data export of the whole list). */
  limit?: number;
  offset: number;
}

/** Below this word similarity a name is too far from a mistyped word to be offered. */
const TYPO_SIMILARITY = 0.45;
/** Shorter words match too much by accident to be corrected. */
const TYPO_MIN_LENGTH = 4;

/** The published grants the filters leave (the text query apart). */
function filterCondition(f: PublicProjectFilters): SQL {
  const parts: SQL[] = [sql`p.published AND p.granted_ore IS NOT NULL`];
  if (f.priority) {
    parts.push(sql`p.priority_id IN (SELECT pr.id FROM priorities pr LEFT JOIN priorities parent ON parent.id = pr.parent_id
                   WHERE pr.code = ${f.priority} OR parent.code = ${f.priority})`);
  }
  if (f.ownerType) parts.push(sql`o.type = ${f.ownerType}`);
  if (f.municipality) {
    parts.push(sql`EXISTS (SELECT 1 FROM project_municipalities pm
                   WHERE pm.project_id = p.id AND pm.municipality_code = ${f.municipality})`);
  }
  if (f.year !== undefined) {
    parts.push(sql`p.period_start <= ${`${f.year}-12-31`}::date AND p.period_end >= ${`${f.year}-01-01`}::date`);
  }
  return sql.join(parts, sql` AND `);
}

/**
 * How a text query matches: Swedish full text (stemmed, with derivational roots as prefixes) of the
 * name, acronym, summary and description, or trigram similarity to the project's or the owner's name
 * (a misspelt name, part of an owner's name), or the name of a municipality the project covers
 * ("Skellefteå"), or the owner's organisation number in any of its written forms ("2021002874").
 */
function textMatch(text: string): { match: SQL; rank: SQL } {
  const orgNumber = parseOrgNumber(text);
  const byOrgNumber = orgNumber.ok
    ? sql`UNION
             SELECT t.id FROM projects t JOIN organizations ow ON ow.id = t.owner_organization_id
             WHERE ow.org_number = ${orgNumber.value}`
    : sql``;
  const tsq = buildSwedishTsQuery(text);
  const fullText = tsq === null ? sql`FALSE` : sql`t.search_vector @@ to_tsquery('swedish', ${tsq})`;
  // Two index-friendly halves: the project's own text (GIN indexes on projects, combined by a bitmap OR)
  // and its owner's name (the few organisations are scanned, their projects found by the owner index).
  return {
    match: sql`p.id IN (
             SELECT t.id FROM projects t
             WHERE ${fullText} OR lower(t.name) % lower(${text}) OR lower(${text}) <% lower(t.name)
             UNION
             SELECT t.id FROM projects t JOIN organizations ow ON ow.id = t.owner_organization_id
             WHERE lower(${text}) <% lower(ow.name)
             UNION
             SELECT pm.project_id FROM project_municipalities pm JOIN municipalities m ON m.code = pm.municipality_code
             WHERE lower(m.name) = lower(${text}) OR lower(${text}) <% lower(m.name)
             ${byOrgNumber})`,
    rank: sql`(${tsq === null ? sql`0` : sql`ts_rank_cd(p.search_vector, to_tsquery('swedish', ${tsq}))`}
             + similarity(lower(p.name), lower(${text})))`,
  };
}

/**
 * The fallback for a query that found nothing: each word may be mistyped ("digitaliserng"), so a
 * project matches when some word is close enough to a word of its name or its owner's name.
 */
function typoMatch(text: string): { match: SQL; rank: SQL } | null {
  const words = searchWords(text).filter((w) => w.length >= TYPO_MIN_LENGTH);
  if (words.length === 0) return null;
  const closeness = words.map(
    (w) => sql`greatest(word_similarity(${w}, lower(p.name)), word_similarity(${w}, lower(o.name)))`,
  );
  return {
    match: sql`(${sql.join(
      closeness.map((c) => sql`${c} >= ${TYPO_SIMILARITY}`),
      sql` OR `,
    )})`,
    rank: sql`(${sql.join(closeness, sql` + `)})`,
  };
}

/**
 * Granted, published projects, filtered. A text query matches Swedish full text or trigram similarity
 * (both served by GIN indexes); when that finds nothing, each word is tried as a possible typo.
 */
export async function listPublicProjects(
  db: Executor,
  query: PublicProjectQuery,
): Promise<{ rows: PublicProjectRow[]; total: number }> {
  const text = query.q?.trim() ?? '';
  const filters = filterCondition(query);
  if (text === '') return selectProjects(db, filters, sql`p.name ASC, p.id ASC`, query);
  const exact = textMatch(text);
  const found = await selectProjects(
    db,
    sql`${filters} AND ${exact.match}`,
    sql`${exact.rank} DESC, p.name ASC, p.id ASC`,
    query,
  );
  const typo = found.total === 0 ? typoMatch(text) : null;
  if (!typo) return found;
  return selectProjects(db, sql`${filters} AND ${typo.match}`, sql`${typo.rank} DESC, p.name ASC, p.id ASC`, query);
}

async function selectProjects(
  db: Executor,
  where: SQL,
  order: SQL,
  page: { limit?: number; offset: number },
): Promise<{ rows: PublicProjectRow[]; total: number }> {
  const result = await queryRows(
    db,
    sql`
    SELECT p.id, p.name, p.acronym, o.name AS owner, o.org_number AS owner_org_number,
           p.granted_ore, p.max_share_bp, p.period_start::text AS period_start, p.period_end::text AS period_end,
           p.status::text AS status, count(*) OVER () AS total
    FROM projects p JOIN organizations o ON o.id = p.owner_organization_id
    WHERE ${where}
    ORDER BY ${order}
    ${page.limit === undefined ? sql`` : sql`LIMIT ${page.limit}`} OFFSET ${page.offset}`,
  );
  // The total comes with the page (one pass over the matches); only a page past the end needs a count.
  const total =
    result.length > 0
      ? toNumber(result[0]!.total)
      : page.offset === 0
        ? 0
        : toNumber(
            (
              await queryRows<{ total: unknown }>(
                db,
                sql`SELECT count(*)::int AS total
                    FROM projects p JOIN organizations o ON o.id = p.owner_organization_id WHERE ${where}`,
              )
            )[0]?.total,
          );
  const rows = result.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    acronym: (r.acronym as string | null) ?? null,
    owner: String(r.owner),
    ownerOrgNumber: (r.owner_org_number as string | null) ?? null,
    grantedOre: toNumber(r.granted_ore),
    maxShareBp: r.max_share_bp === null || r.max_share_bp === undefined ? null : toNumber(r.max_share_bp),
    periodStart: (r.period_start as string | null) ?? null,
    periodEnd: (r.period_end as string | null) ?? null,
    status: String(r.status),
  }));
  return { rows, total };
}

export interface PublicFilterOptions {
  priorities: { code: string; title: string }[];
  ownerTypes: OwnerType[];
  municipalities: { code: string; name: string }[];
  years: number[];
}

/** The values the public filters can take: only those some published project has, so none finds nothing. */
export async function publicFilterOptions(db: Executor): Promise<PublicFilterOptions> {
  const published = sql`p.published AND p.granted_ore IS NOT NULL`;
  const [priorities, ownerTypes, municipalities, span] = await Promise.all([
    queryRows(
      db,
      sql`SELECT DISTINCT x.code, x.title FROM projects p
          JOIN priorities pr ON pr.id = p.priority_id
          LEFT JOIN priorities parent ON parent.id = pr.parent_id
          CROSS JOIN LATERAL (VALUES (pr.code, pr.title), (parent.code, parent.title)) AS x(code, title)
          WHERE ${published} AND x.code IS NOT NULL
          ORDER BY x.code`,
    ),
    queryRows(
      db,
      sql`SELECT DISTINCT o.type::text AS type FROM projects p JOIN organizations o ON o.id = p.owner_organization_id
          WHERE ${published}`,
    ),
    queryRows(
      db,
      sql`SELECT DISTINCT m.code, m.name FROM projects p
          JOIN project_municipalities pm ON pm.project_id = p.id JOIN municipalities m ON m.code = pm.municipality_code
          WHERE ${published} ORDER BY m.name, m.code`,
    ),
    queryRows(
      db,
      sql`SELECT min(extract(year FROM p.period_start))::int AS first, max(extract(year FROM p.period_end))::int AS last
          FROM projects p WHERE ${published}`,
    ),
  ]);
  const first = span[0]?.first;
  const last = span[0]?.last;
  const years: number[] = [];
  if (first !== null && first !== undefined && last !== null && last !== undefined) {
    for (let y = toNumber(first); y <= toNumber(last); y++) years.push(y);
  }
  const present = new Set(ownerTypes.map((r) => String(r.type)));
  return {
    priorities: priorities.map((r) => ({ code: String(r.code), title: String(r.title) })),
    ownerTypes: OWNER_TYPES.filter((t) => present.has(t)),
    municipalities: municipalities.map((r) => ({ code: String(r.code), name: String(r.name) })),
    years,
  };
}
