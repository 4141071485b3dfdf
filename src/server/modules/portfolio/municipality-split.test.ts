import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/db.js';
import { ore, splitByLargestRemainder, unwrap } from '../../../domain/index.js';
import { queryRows, toNumber, type Database } from '../../db/client.js';
import { municipalityParts } from './portfolio.repository.js';

/*
 * The dashboard splits a project's amount over its municipalities in SQL (so it scales); this holds that
 * the SQL gives exactly what the domain's splitByLargestRemainder gives with equal weights, municipality
 * codes in order, for any amount and any number of municipalities.
 */

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const PROJECT = '00000000-0000-4000-8000-000000000001';

async function sqlSplit(amountOre: number, codes: readonly string[]): Promise<number[]> {
  const memberships = sql.join(
    codes.map((c) => sql`SELECT ${PROJECT}::uuid AS project_id, ${c}::text AS municipality_code`),
    sql` UNION ALL `,
  );
  const rows = await queryRows<{ municipality_code: string; part_ore: unknown }>(
    database.db,
    sql`SELECT municipality_code, part_ore FROM (${municipalityParts(
      sql`SELECT ${PROJECT}::uuid AS project_id, ${amountOre}::bigint AS granted_ore`,
      memberships,
    )}) AS parts ORDER BY municipality_code`,
  );
  return rows.map((r) => toNumber(r.part_ore));
}

describe('the municipality split in SQL', () => {
  it('gives DVIS over three municipalities 183 512 967 + 183 512 967 + 183 512 966 öre', async () => {
    expect(await sqlSplit(550_538_900, ['2482', '2460', '2480'])).toEqual([183_512_967, 183_512_967, 183_512_966]);
  });

  it('equals the domain rule for any amount and any number of municipalities', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.uniqueArray(fc.integer({ min: 1000, max: 2999 }), { minLength: 1, maxLength: 20 }),
        async (amount, numbers) => {
          const codes = numbers.map(String).sort();
          const expected = unwrap(
            splitByLargestRemainder(
              ore(amount),
              codes.map(() => 1),
            ),
          );
          expect(await sqlSplit(amount, codes)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
