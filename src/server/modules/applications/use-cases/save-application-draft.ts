import { and, eq, sql } from 'drizzle-orm';
import type { ApplicationDraft, Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { applicationVersions, cases } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { hasRole } from '../../auth/policy.js';
import type { Principal } from '../../auth/principal.js';
import { assertCanApplyToCall } from '../../calls/call-rules.js';
import { canEditApplication, notFound } from '../../cases/applications.policy.js';
import { findApplicationCase, findFunder, findOrganization, latestVersion } from '../applications.repository.js';

export interface Deps {
  db: Db;
  clock: Clock;
}

const actorOf = (p: Principal) => ({ userId: p.userId, label: p.displayName });
const titleOf = (c: ApplicationDraft) => c.projectName?.trim() || 'Ansökan (utkast)';

/**
 * An applicant starts an application to a funder, optionally to one of its calls (which must take it:
 * call-rules.ts): a draft case with the form's first version. The project owner is the applying organisation,
 * so its organisation number is filled in unless the form already gives one.
 */
export async function createApplicationDraft(
  deps: Deps,
  principal: Principal,
  input: { funderId: string; callId?: string | undefined; content: ApplicationDraft },
): Promise<{ caseId: string; version: number }> {
  const organizationId = principal.organizationId;
  if (!organizationId || !hasRole(principal, 'applicant', organizationId)) {
    throw new AppError('missing_role', 403, {
      sv: 'Bara sökande kan skapa ansökningar: registrera eller gå med i en organisation först.',
      en: 'Only applicants can create applications: register or join an organisation first.',
    });
  }
  const funder = await findFunder(deps.db, input.funderId);
  if (!funder)
    throw new AppError('not_found', 404, { sv: 'Stödgivaren finns inte.', en: 'The funder does not exist.' });
  return deps.db.transaction(async (tx) => {
    const callId = input.callId ?? null;
    if (callId) await assertCanApplyToCall(tx, { callId, funderId: funder.id, organizationId }, deps.clock);
    const applicant = await findOrganization(tx, organizationId);
    const content: ApplicationDraft =
      input.content.ownerOrgNumber?.trim() || !applicant?.orgNumber
        ? input.content
        : { ...input.content, ownerOrgNumber: applicant.orgNumber };
    const [kase] = await tx
      .insert(cases)
      .values({
        funderId: funder.id,
        callId,
        kind: 'application',
        status: 'draft',
        title: titleOf(content),
        applicantOrganizationId: organizationId,
      })
      .returning();
    await tx.insert(applicationVersions).values({
      caseId: kase!.id,
      versionNo: 1,
      content: content as Record<string, unknown>,
      createdBy: principal.userId,
    });
    await appendAudit(tx, deps.clock, actorOf(principal), {
      action: 'application.draft_created',
      entityType: 'case',
      entityId: kase!.id,
      after: { funderId: funder.id, ...(callId ? { callId } : {}), title: kase!.title },
    });
    return { caseId: kase!.id, version: kase!.version };
  });
}

/**
 * Saves the draft as it is, rows not filled in yet included (ApplicationDraft): a draft may be incomplete, and
 * nothing the applicant typed is dropped. `version` is the case version the applicant last saw: if someone saved
 * in between, the write is refused with 409 instead of silently overwriting their work.
 */
export async function saveApplicationDraft(
  deps: Deps,
  principal: Principal,
  input: { caseId: string; version: number; content: ApplicationDraft },
): Promise<{ version: number }> {
  return deps.db.transaction(async (tx) => {
    const kase = await findApplicationCase(tx, input.caseId, true);
    if (!kase || !canEditApplication(principal, kase)) throw notFound();
    if (kase.status !== 'draft') {
      throw new AppError('application.already_submitted', 409, {
        sv: `Ansökan är redan inskickad (${kase.diaryNumber ?? ''}) och kan inte ändras.`,
        en: `The application has already been submitted (${kase.diaryNumber ?? ''}) and cannot be changed.`,
      });
    }
    if (kase.version !== input.version) throw staleVersion(kase.version);
    const draft = await latestVersion(tx, kase.id);
    await tx
      .update(applicationVersions)
      .set({
        content: input.content as Record<string, unknown>,
        updatedAt: deps.clock.now(),
        version: sql`${applicationVersions.version} + 1`,
      })
      .where(eq(applicationVersions.id, draft!.id));
    const [updated] = await tx
      .update(cases)
      .set({ title: titleOf(input.content), updatedAt: deps.clock.now(), version: kase.version + 1 })
      .where(and(eq(cases.id, kase.id), eq(cases.version, kase.version)))
      .returning({ version: cases.version });
    await appendAudit(tx, deps.clock, actorOf(principal), {
      action: 'application.draft_saved',
      entityType: 'case',
      entityId: kase.id,
      before: { version: kase.version },
      after: { version: updated!.version, title: titleOf(input.content) },
    });
    return { version: updated!.version };
  });
}

export function staleVersion(current: number): AppError {
  return AppError.conflict(
    {
      sv: 'Någon annan har sparat ansökan sedan du öppnade den. Ladda om för att se den senaste versionen; dina ändringar har inte sparats.',
      en: 'Someone else saved the application after you opened it. Reload to see the latest version; your changes were not saved.',
    },
    { currentVersion: current },
  );
}
