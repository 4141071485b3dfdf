import { and, asc, eq, isNotNull, max } from 'drizzle-orm';
import { kronor, percentToBasisPoints } from '../../../domain/index.js';
import * as s from '../../db/schema/index.js';
import { registerDecisionDocument } from '../cases/use-cases/register-case-document.js';
import { refreshProjectSnapshot } from '../projects/project-snapshot.js';
import type { ExtractedProject, Extraction } from '../../../import/contract.js';
import {
  activateProject,
  addExternalCaseId,
  diaryNumberFor,
  findCase,
  findOrCreateOrganization,
  findOrCreateProject,
  meetingOn,
  yearOf,
} from './import-entities.js';
import type { ImportWriter } from './import-writer.js';
import { addToDelegationReport } from '../decisions/use-cases/queue-delegated-decision.js';

/*
 * A reviewed grant or amendment decision into Bidra's records: per project of the document, its owner,
 * the project, a case (an application case for a grant; an amendment case under the project's grant case
 * for an amendment) and the approved decision, linked to the stored source document. Approved decisions
 * are immutable in the database (migration 0002), so each is inserted once, in its final form, and its
 * activity plan is written before it.
 */

export interface DecisionImport {
  w: ImportWriter;
  funder: s.Funder;
  extraction: Extraction;
  /** The document's text, where it names the system of its external case id. */
  text: string | null;
  /** Stores the source document (once), linked to the first case and project it concerns. */
  storeSource(links: { caseId: string; projectId: string }): Promise<s.Document>;
}

type Recorded = 'created' | 'exists' | 'skipped';

/** True when the document's decision is in Bidra's records afterwards (created now or found from before). */
export async function persistDecisionDocument(ctx: DecisionImport): Promise<boolean> {
  const { w, extraction: x } = ctx;
  if (x.projects.length === 0) {
    w.note('dokumentet nämner inget projekt', 'the document names no project');
    return false;
  }
  let recorded = false;
  for (const p of x.projects) {
    const owner = await findOrCreateOrganization(w, { name: p.owner, orgNumber: p.ownerOrgNumber });
    if (!owner) {
      w.note(`${p.name}: projektägaren framgår inte`, `${p.name}: the project owner is not stated`);
      continue;
    }
    const project = await findOrCreateProject(w, owner, p);
    const outcome =
      x.genre === 'grant_decision'
        ? await recordGrant(ctx, owner, project, p)
        : await recordAmendment(ctx, owner, project, p);
    if (outcome !== 'skipped') recorded = true;
    if (outcome === 'created') {
      const terms = await refreshProjectSnapshot(w.tx, project.id);
      await w.audit('project.terms_in_force_updated', 'project', project.id, undefined, terms);
    }
  }
  return recorded;
}

async function recordGrant(
  ctx: DecisionImport,
  owner: s.Organization,
  project: s.Project,
  p: ExtractedProject,
): Promise<Recorded> {
  const { w, funder, extraction: x } = ctx;
  const d = x.decision;
  const found = await findCase(w.tx, funder.id, d);
  let kase = found && found.kind === 'application' && found.projectId === project.id ? found : null;
  if (found && !kase) noteOtherCase(w, found);
  // A project has one grant (amendments change it): a second letter granting it is the same decision.
  const earlier = await grantOf(w, project.id);
  if (earlier) {
    w.note(
      `${project.name} har redan ett beslut om stöd (${earlier.decisionDate ?? 'utan datum'}, ${earlier.id}); inget nytt läggs in`,
      `${project.name} already has a grant decision (${earlier.decisionDate ?? 'undated'}, ${earlier.id}); none added`,
    );
    return 'exists';
  }

  const approvedAt = approvalInstant(w, d.date);
  if (!kase) {
    kase = await w.insert(
      s.cases,
      {
        funderId: funder.id,
        diaryNumber: await diaryNumberFor(w, funder, found ? null : d.diaryNumber, yearOf(w, d.date)),
        kind: 'application',
        status: 'active',
        title: project.name,
        projectId: project.id,
        applicantOrganizationId: owner.id,
        registeredAt: approvedAt,
      },
      'case',
    );
    await addExternalCaseId(w, kase.id, d.externalCaseId, ctx.text);
  }
  const planId = await insertActivityPlan(w, project.id, p, 'Tid- och aktivitetsplan');
  const document = await ctx.storeSource({ caseId: kase.id, projectId: project.id });
  const decision = await w.insert(
    s.decisions,
    {
      ...(await decisionFields(ctx, p, document, approvedAt)),
      caseId: kase.id,
      projectId: project.id,
      kind: 'grant',
      activityPlanId: planId,
    },
    'decision',
  );
  await registerImportedDecision(w, decision, 'Beslut om stöd', document);
  if (planId) await linkPlan(w, planId, decision.id);
  await reportDelegated(ctx, decision);
  await activateProject(w, project, approvedAt);
  return 'created';
}

async function recordAmendment(
  ctx: DecisionImport,
  owner: s.Organization,
  project: s.Project,
  p: ExtractedProject,
): Promise<Recorded> {
  const { w, funder, extraction: x } = ctx;
  const d = x.decision;
  // An amendment letter usually prints the case numbers of the grant it changes.
  const found = await findCase(w.tx, funder.id, d);
  if (found && found.projectId !== project.id) noteOtherCase(w, found);
  const grant = await grantOf(w, project.id);
  let parent = found && found.kind === 'application' && found.projectId === project.id ? found : null;
  if (!parent && grant) {
    const [grantCase] = await w.tx.select().from(s.cases).where(eq(s.cases.id, grant.caseId));
    parent = grantCase ?? null;
  }
  if (await alreadyRecorded(w, project.id, 'amend', d.date)) return 'exists';
  if (!grant) {
    // An amendment means nothing without the decision it changes: it waits, and importing the file
    // again after the grant's letter records it.
    w.note(
      `beslutet om stöd till ${project.name} är inte känt: importera det först och sedan den här filen igen`,
      `the grant to ${project.name} is not known: import it first, then this file again`,
    );
    return 'skipped';
  }

  const approvedAt = approvalInstant(w, d.date);
  const printedIsParents = found !== null && parent !== null && found.id === parent.id;
  if (parent && d.diaryNumber && !printedIsParents && d.diaryNumber.trim() !== parent.diaryNumber) {
    w.note(
      `ändringen registreras under projektets diarienummer ${parent.diaryNumber ?? '–'}, inte under ${d.diaryNumber.trim()}`,
      `the amendment is registered under the project's diary number ${parent.diaryNumber ?? '–'}, not under ${d.diaryNumber.trim()}`,
    );
  }
  const kase = await w.insert(
    s.cases,
    {
      funderId: funder.id,
      // One matter, one diary number: the amendment is a document of the project's case (its parent).
      diaryNumber: parent
        ? null
        : await diaryNumberFor(w, funder, printedIsParents ? null : d.diaryNumber, yearOf(w, d.date)),
      kind: 'amendment_request',
      status: 'decided',
      title: `Ändring av beslut om stöd – ${project.name}`,
      projectId: project.id,
      applicantOrganizationId: owner.id,
      parentCaseId: parent?.id ?? null,
      registeredAt: approvedAt,
    },
    'case',
  );
  await addExternalCaseId(w, parent?.id ?? kase.id, d.externalCaseId, ctx.text);
  const planId = await insertActivityPlan(w, project.id, p, 'Reviderad tid- och aktivitetsplan');
  const document = await ctx.storeSource({ caseId: kase.id, projectId: project.id });
  const decision = await w.insert(
    s.decisions,
    {
      ...(await decisionFields(ctx, p, document, approvedAt)),
      caseId: kase.id,
      projectId: project.id,
      kind: 'amend',
      amendsDecisionId: grant.id,
      activityPlanId: planId,
    },
    'decision',
  );
  await registerImportedDecision(w, decision, 'Ändring av beslut om stöd', document);
  if (planId) await linkPlan(w, planId, decision.id);
  await reportDelegated(ctx, decision);
  return 'created';
}

/** What every imported decision states, as printed: approved, with the stored letter's hash. */
async function decisionFields(
  ctx: DecisionImport,
  p: ExtractedProject,
  document: s.Document,
  approvedAt: Date,
): Promise<Omit<s.NewDecision, 'caseId' | 'kind'>> {
  const d = ctx.extraction.decision;
  return {
    status: 'approved',
    decisionDate: d.date,
    decidedByName: d.decidedBy,
    capacity: d.capacity,
    delegationPoint: d.delegationPoint,
    presentedByName: d.presentedBy,
    reportedToMeetingOn: d.reportedToMeeting,
    ...terms(ctx.w, p),
    legalBasis: d.legalBasis,
    appropriationId: await appropriationOf(ctx, d.appropriation),
    body: d.reference ? { reference: d.reference } : {},
    appealable: d.appealable,
    documentId: document.id,
    documentSha256: document.sha256,
    approvedAt,
  };
}

function terms(w: ImportWriter, p: ExtractedProject) {
  const money = (sek: number | null, what: string) => {
    if (sek === null) return null;
    if (sek >= 0) return kronor(sek);
    w.note(`${what} är negativt och används inte`, `${what} is negative and not used`);
    return null;
  };
  let maxShareBp: number | null = null;
  if (p.maxSharePercent !== null) {
    const bp = percentToBasisPoints(p.maxSharePercent);
    if (bp.ok) maxShareBp = bp.value;
    else w.note(`andelen ${p.maxSharePercent} % används inte`, `share ${p.maxSharePercent} % is not used`);
  }
  let { periodStart, periodEnd } = p;
  if (periodStart && periodEnd && periodStart > periodEnd) {
    w.note(`perioden ${periodStart} – ${periodEnd} slutar före sin start`, 'the period ends before it starts');
    periodStart = periodEnd = null;
  }
  return {
    amountOre: money(p.amountSek, 'beloppet / the amount'),
    maxShareBp,
    approvedCostsOre: money(p.approvedCostsSek, 'godkända kostnader / approved costs'),
    periodStart,
    periodEnd,
  };
}

/** The funder's appropriation by its code ("1:1" in "anslaget 1:1"); none when the funder has no such one. */
async function appropriationOf(ctx: DecisionImport, printed: string | null): Promise<string | null> {
  if (!printed) return null;
  const code = /\d+:\d+/.exec(printed)?.[0];
  const [row] = code
    ? await ctx.w.tx
        .select({ id: s.appropriations.id })
        .from(s.appropriations)
        .where(and(eq(s.appropriations.funderId, ctx.funder.id), eq(s.appropriations.code, code)))
        .limit(1)
    : [];
  if (!row) {
    ctx.w.note(
      `anslaget "${printed}" finns inte hos finansiären och kopplas inte`,
      `appropriation "${printed}" is not one of the funder's and is not linked`,
    );
  }
  return row?.id ?? null;
}

async function insertActivityPlan(
  w: ImportWriter,
  projectId: string,
  p: ExtractedProject,
  label: string,
): Promise<string | null> {
  if (p.activities.length === 0) return null;
  const [last] = await w.tx
    .select({ n: max(s.activityPlans.versionNo) })
    .from(s.activityPlans)
    .where(eq(s.activityPlans.projectId, projectId));
  const plan = await w.insert(s.activityPlans, { projectId, versionNo: (last?.n ?? 0) + 1, label }, 'activity_plan');
  const seen = new Set<string>();
  let order = 0;
  for (const a of p.activities) {
    if (seen.has(a.number)) {
      w.note(`aktivitet ${a.number} står två gånger; den andra hoppas över`, `activity ${a.number} is listed twice`);
      continue;
    }
    seen.add(a.number);
    const datesInOrder = !a.start || !a.end || a.start <= a.end;
    if (!datesInOrder)
      w.note(`aktivitet ${a.number} slutar före sin start`, `activity ${a.number} ends before it starts`);
    await w.insert(
      s.activities,
      {
        activityPlanId: plan.id,
        number: a.number,
        parentNumber: a.number.includes('.') ? a.number.split('.')[0]! : null,
        title: a.title,
        startDate: datesInOrder ? a.start : null,
        endDate: datesInOrder ? a.end : null,
        costOre: a.costSek === null || a.costSek < 0 ? null : kronor(a.costSek),
        sortOrder: order++,
      },
      'activity',
    );
  }
  return plan.id;
}

/**
 * A delegated decision goes on the report of delegated decisions of the meeting it names ("anmäls vid
 * nämndens sammanträde den 7 december 2023"), as approving one in Bidra puts it on the next meeting's.
 */
async function reportDelegated(ctx: DecisionImport, decision: s.Decision): Promise<void> {
  const { w, funder } = ctx;
  const d = ctx.extraction.decision;
  if (!d.delegationPoint) return;
  if (!d.reportedToMeeting) {
    w.note(
      'delegationsbeslutet anger inget sammanträde: det anmäls i nästa rapport över delegationsbeslut',
      'the delegated decision names no meeting: the next report of delegated decisions lists it',
    );
    return;
  }
  const meeting = await meetingOn(w, funder, d.reportedToMeeting, null);
  await addToDelegationReport(w.tx, w.clock, w.actor, meeting.id, decision.id);
}

/** The plan is linked to its decision after the decision exists; the freeze trigger allows exactly this. */
async function linkPlan(w: ImportWriter, planId: string, decisionId: string): Promise<void> {
  await w.tx.update(s.activityPlans).set({ decisionId }).where(eq(s.activityPlans.id, planId));
  await w.audit('activity_plan.approved_by_decision', 'activity_plan', planId, undefined, { decisionId });
}

/** The project's first approved grant, the decision an amendment changes. */
async function grantOf(w: ImportWriter, projectId: string): Promise<s.Decision | null> {
  const [grant] = await w.tx
    .select()
    .from(s.decisions)
    .where(and(eq(s.decisions.projectId, projectId), eq(s.decisions.kind, 'grant'), isNotNull(s.decisions.approvedAt)))
    .orderBy(asc(s.decisions.approvedAt))
    .limit(1);
  return grant ?? null;
}

/** The same decision (project, kind, date) from another copy of the letter or from Bidra itself. */
async function alreadyRecorded(
  w: ImportWriter,
  projectId: string,
  kind: 'amend',
  date: string | null,
): Promise<boolean> {
  if (!date) return false;
  const [same] = await w.tx
    .select({ id: s.decisions.id })
    .from(s.decisions)
    .where(
      and(
        eq(s.decisions.projectId, projectId),
        eq(s.decisions.kind, kind),
        eq(s.decisions.decisionDate, date),
        isNotNull(s.decisions.approvedAt),
      ),
    )
    .limit(1);
  if (same) {
    w.note(`beslutet finns redan (${same.id}) och läggs inte in igen`, `the decision is already recorded (${same.id})`);
  }
  return same !== undefined;
}

function noteOtherCase(w: ImportWriter, found: s.Case): void {
  w.note(
    `diarienummer/ärendeid hör till ärendet ${found.diaryNumber ?? found.id}, som gäller något annat`,
    `the diary number or case id belongs to case ${found.diaryNumber ?? found.id}, which is about something else`,
  );
}

/** An imported decision was approved on its decision date (noon in Sweden), or now when it states none. */
function approvalInstant(w: ImportWriter, date: string | null): Date {
  if (date) return new Date(`${date}T11:00:00Z`);
  w.note('beslutsdatum saknas; godkänd nu', 'no decision date; approved as of now');
  return w.clock.now();
}

/** An imported decision and its letter (the source document) in the project case's list of documents. */
async function registerImportedDecision(w: ImportWriter, decision: s.Decision, title: string, document: s.Document) {
  await registerDecisionDocument(w.tx, w.clock, w.actor, decision, title, document.id);
}
