import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { queryRows, toNumber } from '../../db/client.js';
import { buildSwedishTsQuery } from './search-query.js';

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

export interface PublicProjectQuery {
  q?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * Granted, published projects. A text query matches Swedish full text (stemmed, with derivational
 * roots as prefixes) or, for typos, trigram similarity of the name; both are served by GIN indexes.
 */
export async function listPublicProjects(
  db: Executor,
  query: PublicProjectQuery,
): Promise<{ rows: PublicProjectRow[]; total: number }> {
  const text = query.q?.trim() ?? '';
  const tsq = text ? buildSwedishTsQuery(text) : null;
  const match =
    text === ''
      ? sql`TRUE`
      : sql`(${tsq === null ? sql`FALSE` : sql`p.search_vector @@ to_tsquery('swedish', ${tsq})`}
             OR lower(p.name) % lower(${text}) OR lower(${text}) <% lower(p.name))`;
  const order =
    text === ''
      ? sql`p.name ASC, p.id ASC`
      : sql`(${tsq === null ? sql`0` : sql`ts_rank_cd(p.search_vector, to_tsquery('swedish', ${tsq}))`}
             + similarity(lower(p.name), lower(${text}))) DESC, p.name ASC, p.id ASC`;
  const where = sql`p.published AND p.granted_ore IS NOT NULL AND ${match}`;
  const result = await queryRows(
    db,
    sql`
    SELECT p.id, p.name, p.acronym, o.name AS owner, o.org_number AS owner_org_number,
           p.granted_ore, p.max_share_bp, p.period_start::text AS period_start, p.period_end::text AS period_end,
           p.status::text AS status
    FROM projects p JOIN organizations o ON o.id = p.owner_organization_id
    WHERE ${where}
    ORDER BY ${order}
    LIMIT ${query.limit} OFFSET ${query.offset}`,
  );
  const count = await queryRows<{ total: unknown }>(
    db,
    sql`
    SELECT count(*)::int AS total FROM projects p WHERE ${where}`,
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
  return { rows, total: toNumber(count[0]?.total) };
}
