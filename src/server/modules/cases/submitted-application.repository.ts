import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { ApplicationContent } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import { applicationVersions } from '../../db/schema/index.js';

/**
 * The application the case was last submitted with (a completion asked for by the officer is a later
 * version), or null for a case without one (an imported case, a draft). Its content is what the
 * applicant applied for: the decision checks and the approval read the activity plan from it.
 */
export async function submittedApplicationOf(db: Executor, caseId: string) {
  const [row] = await db
    .select()
    .from(applicationVersions)
    .where(and(eq(applicationVersions.caseId, caseId), isNotNull(applicationVersions.submittedAt)))
    .orderBy(desc(applicationVersions.versionNo))
    .limit(1);
  return row ? { ...row, content: row.content as ApplicationContent } : null;
}
