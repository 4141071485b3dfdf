import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

/** Answers when the database does and the migrations have run (the audit chain's head row exists). */
export async function checkDatabaseReady(db: Executor): Promise<void> {
  await db.execute(sql`SELECT 1 FROM audit_head LIMIT 1`);
}
