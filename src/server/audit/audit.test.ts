import { desc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.js';
import { testClock } from '../../../tests/support/app.js';
import type { Database } from '../db/client.js';
import { auditEvents } from '../db/schema/index.js';
import { appendAudit, verifyAuditChain } from './audit.js';
import { canonicalJson } from './canonical-json.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const actor = { userId: null, label: 'test' };

async function appendMany(n: number, offset = 0) {
  for (let i = 0; i < n; i++) {
    await database.db.transaction((tx) =>
      appendAudit(tx, testClock, actor, {
        action: 'decision.approved',
        entityType: 'decision',
        entityId: `d-${offset + i}`,
        before: { status: 'proposed' },
        after: { status: 'approved', amountOre: 550_538_900 + i, nested: { b: 1, a: [1, 'två'] } },
      }),
    );
  }
}

describe('the audit trail', () => {
  it('verifies an empty trail', async () => {
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 0 });
  });

  it('chains every event to the one before it and verifies the whole chain, across pages', async () => {
    await appendMany(7);
    expect(await verifyAuditChain(database.db, 3)).toEqual({ ok: true, checked: 7 });
    const rows = await database.db.select().from(auditEvents).orderBy(auditEvents.id);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
  });

  it('keeps the chain intact under concurrent writers', async () => {
    await Promise.all([appendMany(5, 100), appendMany(5, 200), appendMany(5, 300)]);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('rolls the event back with the change it records', async () => {
    const before = await verifyAuditChain(database.db);
    await expect(
      database.db.transaction(async (tx) => {
        await appendAudit(tx, testClock, actor, { action: 'case.status_changed', entityType: 'case', entityId: 'z' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await verifyAuditChain(database.db)).toEqual(before);
  });

  it('names the first altered event when a row is changed with SQL', async () => {
    const [victim] = await database.db.select().from(auditEvents).orderBy(auditEvents.id).offset(3).limit(1);
    await database.db.execute(
      sql`UPDATE audit_events SET after = jsonb_set(after, '{amountOre}', '1') WHERE id = ${victim!.id}`,
    );
    const result = await verifyAuditChain(database.db);
    expect(result.ok).toBe(false);
    expect(result.firstBad?.eventId).toBe(victim!.id);
    expect(result.firstBad?.reason).toMatch(/altered/);
    expect(result.checked).toBe(3);
  });
});

describe('the audit trail against removal', () => {
  let db2: Database;
  beforeAll(async () => {
    db2 = await createTestDatabase();
  });
  afterAll(() => db2.close());

  it('notices a removed event in the middle and a removed newest event', async () => {
    for (let i = 0; i < 5; i++) {
      await db2.db.transaction((tx) =>
        appendAudit(tx, testClock, actor, { action: 'case.created', entityType: 'case', entityId: String(i) }),
      );
    }
    const rows = await db2.db.select().from(auditEvents).orderBy(auditEvents.id);
    await db2.db.execute(sql`DELETE FROM audit_events WHERE id = ${rows[4]!.id}`);
    const tail = await verifyAuditChain(db2.db);
    expect(tail.ok).toBe(false);
    expect(tail.firstBad?.reason).toMatch(/removed/);
    await db2.db.execute(sql`DELETE FROM audit_events WHERE id = ${rows[1]!.id}`);
    const middle = await verifyAuditChain(db2.db);
    expect(middle).toMatchObject({ ok: false, firstBad: { eventId: rows[2]!.id } });
  });
});

describe('secrets in audited rows', () => {
  it('never stores a password hash or token, at any depth', async () => {
    await database.db.transaction((tx) =>
      appendAudit(tx, testClock, actor, {
        action: 'user.created',
        entityType: 'user',
        entityId: 'u-1',
        after: { email: 'a@regionvasterbotten.example', passwordHash: '$argon2id$…', sessions: [{ token: 'abc' }] },
      }),
    );
    const [row] = await database.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    expect(row!.after).toEqual({
      email: 'a@regionvasterbotten.example',
      passwordHash: '[redacted]',
      sessions: [{ token: '[redacted]' }],
    });
    expect(JSON.stringify(row)).not.toContain('argon2id');
  });

  it('keeps codes that are not secrets readable: an appropriation, a priority, a rule', async () => {
    const after = { appropriation: { code: '1:1' }, priority: { code: '3.1' }, findings: [{ code: 'share.cap' }] };
    await database.db.transaction((tx) =>
      appendAudit(tx, testClock, actor, { action: 'decision.updated', entityType: 'decision', entityId: 'x-1', after }),
    );
    const [row] = await database.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    expect(row!.after).toEqual(after);
  });
});

describe('canonical JSON', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});
