import type { PgTable, TableConfig } from 'drizzle-orm/pg-core';
import type { Clock } from '../../../domain/index.js';
import { appendAudit, type Actor } from '../../audit/audit.js';
import type { Tx } from '../../db/client.js';
import type { AuditAction, CreatedEntityKind } from '../../audit/audit-actions.js';

/** A record the import created, as listed in imported_sources.created_entities. */
export interface CreatedEntity {
  type: string;
  id: string;
}

/**
 * Writes one imported file's records inside its transaction: every insert and update gets its audit
 * event (naming the imported source it came from), and every created record is listed so that the
 * source row links to it.
 */
export class ImportWriter {
  readonly created: CreatedEntity[] = [];
  /** What a reviewer should know about this file's import (sv / en). */
  readonly notes: string[] = [];

  constructor(
    readonly tx: Tx,
    readonly clock: Clock,
    readonly actor: Actor,
    readonly sourceId: string,
  ) {}

  async insert<T extends PgTable<TableConfig>>(
    table: T,
    values: T['$inferInsert'],
    entityType: CreatedEntityKind,
  ): Promise<T['$inferSelect']> {
    const [row] = (await this.tx.insert(table).values(values).returning()) as T['$inferSelect'][];
    if (!row) throw new Error(`insert into ${entityType} returned nothing`);
    const { searchVector: _generated, ...after } = row as Record<string, unknown>;
    const id = String(after.id);
    this.created.push({ type: entityType, id });
    await this.audit(`${entityType}.created`, entityType, id, undefined, after);
    return row;
  }

  /** Records an entity the caller created through another function that audits on its own. */
  track(entity: CreatedEntity): void {
    this.created.push(entity);
  }

  audit(action: AuditAction, entityType: string, entityId: string, before: unknown, after: unknown): Promise<void> {
    return appendAudit(this.tx, this.clock, this.actor, {
      action,
      entityType,
      entityId,
      before,
      after: { ...(after as object), importedSourceId: this.sourceId },
    });
  }

  note(sv: string, en: string): void {
    this.notes.push(`${sv} / ${en}`);
  }
}
