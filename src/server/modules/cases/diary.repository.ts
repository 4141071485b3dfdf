import { sql } from 'drizzle-orm';
import { formatDiaryNumber } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import { diarySequences } from '../../db/schema/index.js';

/**
 * Allocates the next diary number of a funder for a year. One atomic upsert, so two registrations at the
 * same moment can never get the same number, on PGlite and PostgreSQL alike.
 */
export async function nextDiaryNumber(
  db: Executor,
  funder: { id: string; diaryNumberFormat: string },
  year: number,
): Promise<string> {
  const [row] = await db
    .insert(diarySequences)
    .values({ funderId: funder.id, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [diarySequences.funderId, diarySequences.year],
      set: { lastSeq: sql`${diarySequences.lastSeq} + 1` },
    })
    .returning({ seq: diarySequences.lastSeq });
  if (!row) throw new Error('diary sequence upsert returned nothing');
  return formatDiaryNumber(funder.diaryNumberFormat, year, row.seq);
}
