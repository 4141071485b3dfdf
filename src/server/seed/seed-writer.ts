import type { Clock } from '../../domain/index.js';
import { appendAudit, type Actor } from '../audit/audit.js';
import type { Tx } from '../db/client.js';
import type { PgTable, TableConfig } from 'drizzle-orm/pg-core';

/** Inserts rows and writes each one's audit event in the same transaction. */
export class SeedWriter {
  constructor(
    readonly tx: Tx,
    readonly clock: Clock,
    readonly actor: Actor,
  ) {}

  async insert<T extends PgTable<TableConfig>>(
    table: T,
    values: T['$inferInsert'],
    entityType: string,
  ): Promise<T['$inferSelect']> {
    const [row] = (await this.tx.insert(table).values(values).returning()) as T['$inferSelect'][];
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
    return row;
  }

  audit(action: string, entityType: string, entityId: string, after: unknown): Promise<void> {
    return appendAudit(this.tx, this.clock, this.actor, { action, entityType, entityId, after });
  }
}

/** Noon in Stockholm on a calendar date: the instant a seeded decision was approved. */
export const atNoon = (day: string): Date => new Date(`${day}T11:00:00Z`);
