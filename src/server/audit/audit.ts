import { createHash } from 'node:crypto';
import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Clock } from '../../domain/index.js';
import type { Executor } from '../db/client.js';
import { auditEvents, auditHead } from '../db/schema/index.js';
import type { AuditAction } from './audit-actions.js';
import { canonicalJson, redactSecrets, toJsonValue } from './canonical-json.js';

/** Who did it. `userId` is null for the system itself (seed, jobs, imports run from the CLI). */
export interface Actor {
  userId: string | null;
  label: string;
}

export const systemActor = (label = 'system'): Actor => ({ userId: null, label });

export interface AuditInput {
  /** What happened: an action of the catalogue (audit-actions.ts), so every event has a label. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);
// Serialises appends so that every event links to the one before it, even with concurrent writers.
const AUDIT_LOCK_KEY = 7_316_452_001;

interface HashedFields {
  occurredAt: Date;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export function eventHash(prevHash: string, e: HashedFields): string {
  const payload = canonicalJson({
    occurredAt: e.occurredAt.toISOString(),
    actorUserId: e.actorUserId,
    actorLabel: e.actorLabel,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex');
}

/**
 * Appends one event to the hash chain. Call it inside the transaction that makes the change, so the
 * change and its audit row commit or fail together.
 */
export async function appendAudit(tx: Executor, clock: Clock, actor: Actor, input: AuditInput): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
  const prevHash = head?.lastHash ?? GENESIS_HASH;
  const fields: HashedFields = {
    occurredAt: clock.now(),
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: redactSecrets(toJsonValue(input.before ?? null)),
    after: redactSecrets(toJsonValue(input.after ?? null)),
  };
  const hash = eventHash(prevHash, fields);
  const [row] = await tx
    .insert(auditEvents)
    .values({ ...fields, prevHash, hash })
    .returning({ id: auditEvents.id });
  if (!row) throw new Error('audit insert returned no row');
  await tx
    .insert(auditHead)
    .values({ id: 1, lastEventId: row.id, lastHash: hash })
    .onConflictDoUpdate({ target: auditHead.id, set: { lastEventId: row.id, lastHash: hash } });
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first event that does not fit the chain, and why. */
  firstBad?: { eventId: number | null; reason: string };
}

/** Walks the whole chain in id order, recomputing each hash. Streams in pages: memory stays flat. */
export async function verifyAuditChain(db: Executor, pageSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(pageSize);
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return bad(
          checked,
          row.id,
          'prev_hash does not match the hash of the event before it (an event was removed or altered)',
        );
      }
      const expected = eventHash(prevHash, row);
      if (expected !== row.hash) return bad(checked, row.id, 'content does not match its hash (the event was altered)');
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
    if (rows.length < pageSize) break;
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (checked === 0 && !head) return { ok: true, checked };
  if (!head || head.lastHash !== prevHash || head.lastEventId !== lastId) {
    return bad(
      checked,
      head?.lastEventId ?? null,
      'the chain ends before the recorded head (the latest events were removed)',
    );
  }
  return { ok: true, checked };
}

function bad(checked: number, eventId: number | null, reason: string): AuditVerification {
  return { ok: false, checked, firstBad: { eventId, reason } };
}
