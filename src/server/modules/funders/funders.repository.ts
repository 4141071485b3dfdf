import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { funders, organizations, type Funder } from '../../db/schema/index.js';

export async function findFunderById(db: Executor, id: string): Promise<Funder | undefined> {
  const [row] = await db.select().from(funders).where(eq(funders.id, id));
  return row;
}

/** The funders whose organisation is one of these, with their names. */
export async function fundersOfOrganizations(db: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({
      id: funders.id,
      organizationId: funders.organizationId,
      name: organizations.name,
      committee: funders.committeeName,
    })
    .from(funders)
    .innerJoin(organizations, eq(organizations.id, funders.organizationId))
    .where(inArray(funders.organizationId, organizationIds))
    .orderBy(asc(organizations.name));
}
