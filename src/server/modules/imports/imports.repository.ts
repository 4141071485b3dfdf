import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { funders, type Funder } from '../../db/schema/index.js';

/** The funders whose organisation is one of these. */
export async function fundersOfOrganizations(db: Executor, organizationIds: readonly string[]): Promise<Funder[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select()
    .from(funders)
    .where(inArray(funders.organizationId, [...organizationIds]));
}
