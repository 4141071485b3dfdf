import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../domain/index.js';
import { appendAudit, type Actor } from '../audit/audit.js';
import type { Tx } from '../db/client.js';
import * as s from '../db/schema/index.js';
import type { PgTable, TableConfig } from 'drizzle-orm/pg-core';
import type { DocumentStore } from '../documents/document-store.js';
import { produceDecisionLetter } from '../documents/decision-letter/produce-decision-letter.js';
import { bodyWithStandardConditions } from '../documents/decision-letter/standard-conditions.js';
import type { AuditAction, CreatedEntityKind } from '../audit/audit-actions.js';

interface PendingApproval {
  id: string;
  approvedAt: Date;
  approvedByUserId: string | null;
}

/**
 * Inserts rows and writes each one's audit event in the same transaction. An approved decision of the
 * demo (a historical decision with its real deciders) is written as a draft first and approved by
 * `recordDecisions`, which stores its letter of record through the same code as an approval
 * (produceDecisionLetter), so that every approved decision has its letter and sha256.
 */
export class SeedWriter {
  private readonly pending: PendingApproval[] = [];

  constructor(
    readonly tx: Tx,
    readonly clock: Clock,
    readonly actor: Actor,
    readonly store: DocumentStore,
  ) {}

  async insert<T extends PgTable<TableConfig>>(
    table: T,
    values: T['$inferInsert'],
    entityType: CreatedEntityKind,
  ): Promise<T['$inferSelect']> {
    const approval = table === (s.decisions as unknown) ? approvalOf(values as s.NewDecision) : null;
    const written = approval
      ? ({ ...values, status: 'draft', approvedAt: null, approvedByUserId: null } as T['$inferInsert'])
      : values;
    const [row] = (await this.tx.insert(table).values(written).returning()) as T['$inferSelect'][];
    if (!row) throw new Error(`insert into ${entityType} returned nothing`);
    const r = row as Record<string, unknown>;
    const key = r.id ?? r.code ?? r.key;
    const entityId = typeof key === 'string' || typeof key === 'number' ? String(key) : '';
    const { searchVector: _sv, ...after } = r;
    await appendAudit(this.tx, this.clock, this.actor, {
      action: `${entityType}.created`,
      entityType,
      entityId,
      after,
    });
    if (!approval) return row;
    this.pending.push({ id: entityId, ...approval });
    // The caller sees the decision as it will be: approved, as the seed document records it.
    return { ...row, status: 'approved', ...approval };
  }

  audit(action: AuditAction, entityType: string, entityId: string, after: unknown): Promise<void> {
    return appendAudit(this.tx, this.clock, this.actor, { action, entityType, entityId, after });
  }

  /**
   * Approves the decisions inserted so far, in the order they were inserted (a grant before the amendment
   * of it): a grant keeps the funder's standard conditions, the letter is produced from the stored record
   * and stored with its sha256, and the decision is approved with it in one UPDATE, as approval does.
   */
  async recordDecisions(): Promise<void> {
    for (const p of this.pending.splice(0)) {
      const [decision] = await this.tx.select().from(s.decisions).where(eq(s.decisions.id, p.id));
      if (!decision) throw new Error(`demo decision ${p.id} not found`);
      if (decision.kind === 'grant') {
        const body = await bodyWithStandardConditions(this.tx, decision, await funderIdOf(this.tx, decision.caseId));
        await this.tx.update(s.decisions).set({ body }).where(eq(s.decisions.id, p.id));
      }
      const letter = await produceDecisionLetter(this.tx, this.store, this.clock, this.actor, p.id);
      await this.tx
        .update(s.decisions)
        .set({
          status: 'approved',
          approvedAt: p.approvedAt,
          approvedByUserId: p.approvedByUserId,
          documentId: letter.documentId,
          documentSha256: letter.sha256,
          version: sql`${s.decisions.version} + 1`,
        })
        .where(eq(s.decisions.id, p.id));
      await this.audit('decision.approved', 'decision', p.id, {
        status: 'approved',
        approvedAt: p.approvedAt,
        documentId: letter.documentId,
        documentSha256: letter.sha256,
      });
    }
  }
}

/** The approval a demo decision records, or null for a draft or proposal. */
function approvalOf(values: s.NewDecision): Omit<PendingApproval, 'id'> | null {
  if (!values.approvedAt) return null;
  return { approvedAt: values.approvedAt, approvedByUserId: values.approvedByUserId ?? null };
}

async function funderIdOf(tx: Tx, caseId: string): Promise<string> {
  const [row] = await tx.select({ funderId: s.cases.funderId }).from(s.cases).where(eq(s.cases.id, caseId));
  if (!row) throw new Error(`case ${caseId} not found`);
  return row.funderId;
}

/** Noon in Stockholm on a calendar date: the instant a seeded decision was approved. */
export const atNoon = (day: string): Date => new Date(`${day}T11:00:00Z`);
