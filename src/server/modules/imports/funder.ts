import { eq } from 'drizzle-orm';
import { parseOrgNumber } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import * as s from '../../db/schema/index.js';

export type FunderChoice =
  | { ok: true; funder: s.Funder; label: string }
  | { ok: false; reason: 'none' | 'ambiguous' | 'not_found'; message: string };

/**
 * The funder whose cases the imported decisions become: the one named by `--funder` (organisation number,
 * organisation name or committee name), or the only funder there is.
 */
export async function chooseFunder(db: Executor, wanted: string | undefined): Promise<FunderChoice> {
  const rows = await db
    .select({ funder: s.funders, org: s.organizations })
    .from(s.funders)
    .innerJoin(s.organizations, eq(s.organizations.id, s.funders.organizationId));
  const label = (r: (typeof rows)[number]) =>
    `${r.org.name}${r.org.orgNumber ? ` (${r.org.orgNumber})` : ''}, ${r.funder.committeeName}`;
  const list = rows.map((r) => `  ${label(r)}`).join('\n');

  if (wanted !== undefined) {
    const number = parseOrgNumber(wanted);
    const key = wanted.trim().toLocaleLowerCase('sv');
    const matches = rows.filter((r) =>
      number.ok
        ? r.org.orgNumber === number.value
        : r.org.name.toLocaleLowerCase('sv') === key || r.funder.committeeName.toLocaleLowerCase('sv') === key,
    );
    if (matches.length === 1) return { ok: true, funder: matches[0]!.funder, label: label(matches[0]!) };
    return {
      ok: false,
      reason: matches.length === 0 ? 'not_found' : 'ambiguous',
      message:
        `--funder ${wanted}: ${matches.length === 0 ? 'ingen sådan finansiär / no such funder' : 'flera finansiärer / several funders'}.` +
        (rows.length ? ` Finansiärer / funders:\n${list}` : ''),
    };
  }
  if (rows.length === 1) return { ok: true, funder: rows[0]!.funder, label: label(rows[0]!) };
  if (rows.length === 0) {
    return {
      ok: false,
      reason: 'none',
      message:
        'Det finns ingen finansiär i databasen att importera beslut till / there is no funder in the database to import decisions into.',
    };
  }
  return {
    ok: false,
    reason: 'ambiguous',
    message: `Ange --funder <org.nr eller namn> / pass --funder <org number or name>; finansiärer / funders:\n${list}`,
  };
}
