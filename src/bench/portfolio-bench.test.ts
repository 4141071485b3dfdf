import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../tests/support/app.js';
import { createTestDatabase } from '../../tests/support/db.js';
import { queryRows, toNumber, type Database } from '../server/db/client.js';
import { benchOnDatabase, type DatabaseBenchResult } from './portfolio-bench.js';
import { MEASURE_KEYS } from './route-measures.js';

// One round of every measure on a small portfolio: the shape of the figures and that every route answered
// as a user's request would; timing values are not asserted.
const once = { iterations: 1, seconds: 0, concurrency: 1, warmup: 0 };
let database: Database;
let result: DatabaseBenchResult;

beforeAll(async () => {
  database = await createTestDatabase();
  result = await benchOnDatabase(database, {
    spec: { projects: 50, organisations: 50, seed: 11 },
    budget: once,
    letters: once,
    clock: testClock,
    description: 'test',
  });
}, 180_000);
afterAll(() => database?.close());

describe('bidra bench on one database', () => {
  it('loads the portfolio it was asked for', async () => {
    expect(result.load.counts).toMatchObject({ projects: 50, organisations: 50 });
    expect(result.load.counts.activities).toBeGreaterThan(300);
    const [row] = await queryRows<{ n: unknown }>(database.db, sql`SELECT count(*) AS n FROM projects`);
    expect(toNumber(row?.n)).toBe(50);
  });

  it('measures every route beside both floors, each route answering as it does for a user', () => {
    expect(Object.keys(result.measures).sort()).toEqual([...MEASURE_KEYS].sort());
    for (const key of MEASURE_KEYS) {
      const m = result.measures[key];
      expect(m.status, key).toBe(key === 'paymentWrite' ? 201 : 200);
      expect(m.samples, key).toBe(1);
      for (const figure of [m.p50Ms, m.p99Ms, m.perSecond, m.floorSqlP50Ms, m.floorFrameworkP50Ms, m.ratioToSql]) {
        expect(Number.isFinite(figure) && figure >= 0, key).toBe(true);
      }
      expect(m.statements.route, key).toBeGreaterThan(0);
      expect(m.statements.floorSql, key).toBeGreaterThan(0);
    }
  });

  it('wrote the payment requests through the route and the floor, each with its audit event', async () => {
    const [row] = await queryRows<{ n: unknown }>(
      database.db,
      sql`SELECT count(*) AS n FROM audit_events WHERE action = 'payment_request.created' AND actor_label = 'Bänk Sökande'`,
    );
    // Counting statements (route and floor once each), latency and throughput (route), latency (floor).
    expect(toNumber(row?.n)).toBe(5);
  });

  it('renders a decision letter', () => {
    expect(result.letters).toMatchObject({ letters: 1 });
    expect(result.letters!.averageBytes).toBeGreaterThan(1000);
  });
});
