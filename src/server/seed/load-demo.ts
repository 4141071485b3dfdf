import { eq } from 'drizzle-orm';
import { addMonths, kronor, percentToBasisPoints, unwrap, type Clock, type LocalDate } from '../../domain/index.js';
import type { Actor } from '../audit/audit.js';
import { appendAudit } from '../audit/audit.js';
import type { Tx } from '../db/client.js';
import * as s from '../db/schema/index.js';
import { nextDiaryNumber } from '../modules/cases/diary.repository.js';
import { registerCaseDocument, registerDecisionDocument } from '../modules/cases/use-cases/register-case-document.js';
import { refreshProjectSnapshot } from '../modules/projects/project-snapshot.js';
import { URGENT_DECISION_PROVISION } from '../modules/decisions/decision-authority.js';
import * as d from './demo-data.js';
import { atNoon, SeedWriter } from './seed-writer.js';
import { loadDemoAllocations, loadDemoCommission } from './load-demo-others.js';
import { loadDemoProjectMunicipalities } from './load-demo-municipalities.js';
import { recordDemoMinutes } from './load-demo-minutes.js';
import { loadDemoPressRelease } from './load-demo-press-release.js';
import type { DocumentStore } from '../documents/document-store.js';
import { APPEAL_NOTICE, loadReferenceData, type DemoUserSeed } from './load-demo-reference.js';

export type { DemoUserSeed } from './load-demo-reference.js';

/**
 * Loads the whole demo portfolio inside the caller's transaction; every approved decision's letter of
 * record goes to `store`, as an approval's does.
 */
export async function loadDemoPortfolio(
  tx: Tx,
  clock: Clock,
  actor: Actor,
  users: DemoUserSeed[],
  store: DocumentStore,
): Promise<void> {
  const w = new SeedWriter(tx, clock, actor, store);

  const ctx = await loadReferenceData(w, users);
  const { orgs, org, funder, person, priorities, aspects, appropriation, programmes, delegationPoints } = ctx;

  // ---- The committee meeting of seed 004 and its eight grants ----
  const meeting = await w.insert(
    s.meetings,
    {
      funderId: funder.id,
      committeeName: funder.committeeName,
      heldOn: d.grantMeeting.heldOn,
      location: d.grantMeeting.location,
      status: 'held',
    },
    'meeting',
  );
  const grantDecisions = new Map<string, s.Decision>();
  const projectIds = new Map<string, string>();
  let position = 1;
  for (const g of d.meetingGrants) {
    const isDovi = g.key === 'dovi';
    const project = await w.insert(
      s.projects,
      {
        name: g.name,
        acronym: g.acronym,
        ownerOrganizationId: org(g.owner).id,
        summary: g.summary,
        status: 'active',
        published: true,
        publishedAt: atNoon(d.grantMeeting.heldOn),
        programmeId: isDovi ? programmes.get('on')! : null,
      },
      'project',
    );
    projectIds.set(g.key, project.id);
    const diaryNumber = isDovi ? d.doviAmendment.diaryNumber : await nextDiaryNumber(tx, funder, 2023);
    const kase = await w.insert(
      s.cases,
      {
        funderId: funder.id,
        diaryNumber,
        kind: 'application',
        status: 'active',
        title: g.name,
        projectId: project.id,
        applicantOrganizationId: org(g.owner).id,
        officerUserId: person('officer').id,
        registeredAt: atNoon('2023-01-16'),
      },
      'case',
    );
    await registerCaseDocument(tx, clock, actor, {
      caseId: kase.id,
      kind: 'application',
      title: g.name,
      direction: 'in',
      registeredOn: '2023-01-16' as LocalDate,
    });
    if (isDovi) {
      await w.insert(
        s.caseExternalIds,
        { caseId: kase.id, system: 'Nyps', externalId: d.doviAmendment.nypsCaseId },
        'case_external_id',
      );
    }
    let planId: string | null = null;
    if (isDovi) planId = await insertPlan(w, project.id, 1, 'Tid- och aktivitetsplan', d.doviOriginalPlan);
    const decision = await w.insert(
      s.decisions,
      {
        caseId: kase.id,
        projectId: project.id,
        kind: 'grant',
        status: 'approved',
        decisionDate: d.grantMeeting.heldOn,
        decidedByName: funder.committeeName,
        capacity: 'nämnd',
        authority: 'committee',
        meetingId: meeting.id,
        presentedByUserId: person('officer').id,
        presentedByName: d.people.officer.name,
        amountOre: kronor(g.amountSek),
        periodStart: g.periodStart,
        periodEnd: g.periodEnd,
        legalBasis: ['2003:596'],
        appropriationId: appropriation.id,
        reasons: 'Projektet ligger i linje med den regionala utvecklingsstrategin.',
        appealable: false,
        appealNotice: APPEAL_NOTICE,
        activityPlanId: planId,
        approvedAt: atNoon(d.grantMeeting.heldOn),
        approvedByUserId: person('chair').id,
      },
      'decision',
    );
    if (planId) await linkPlan(w, planId, decision.id);
    await registerDecisionDocument(tx, clock, actor, decision, 'Beslut om stöd', null);
    grantDecisions.set(g.key, decision);
    await w.insert(
      s.agendaItems,
      {
        meetingId: meeting.id,
        position: position++,
        title: `Beslut om stöd: ${g.name}`,
        caseId: kase.id,
        decisionId: decision.id,
      },
      'agenda_item',
    );
  }

  // ---- Seed 001: DOVI's amendment (six months' extension, revised activity plan) ----
  const doviProject = projectIds.get('dovi')!;
  const doviGrant = grantDecisions.get('dovi')!;
  const amendmentCase = await w.insert(
    s.cases,
    {
      funderId: funder.id,
      // One matter, one diary number: the request is a document of DOVI's case REGAC - 317 - 2022.
      diaryNumber: null,
      kind: 'amendment_request',
      status: 'decided',
      title: 'Ändring av beslut om stöd: förlängd projektperiod (DOVI)',
      projectId: doviProject,
      applicantOrganizationId: org('rvb').id,
      officerUserId: person('officer').id,
      parentCaseId: doviGrant.caseId,
      receivedOn: d.doviAmendment.requestReceivedOn,
      registeredAt: atNoon(d.doviAmendment.requestReceivedOn),
    },
    'case',
  );
  await registerCaseDocument(tx, clock, actor, {
    caseId: amendmentCase.id,
    kind: 'amendment_request',
    title: 'Begäran om ändring av projektperioden',
    direction: 'in',
    registeredOn: d.doviAmendment.requestReceivedOn as LocalDate,
  });
  const newEnd = addMonths(doviGrant.periodEnd as LocalDate, d.doviAmendment.extendMonths);
  if (newEnd !== d.doviAmendment.newPeriodEnd) throw new Error(`month-end rule gave ${newEnd}`);
  const revisedPlanId = await insertPlan(w, doviProject, 2, 'Reviderad tid- och aktivitetsplan', d.doviRevisedPlan);
  const amendment = await w.insert(
    s.decisions,
    {
      caseId: amendmentCase.id,
      projectId: doviProject,
      kind: 'amend',
      status: 'approved',
      amendsDecisionId: doviGrant.id,
      decisionDate: d.doviAmendment.decidedOn,
      decidedByUserId: person('headOfUnit').id,
      decidedByName: d.people.headOfUnit.name,
      capacity: 'verksamhetschef',
      authority: 'delegation',
      delegationPointId: delegationPoints.get('1.3')!.id,
      delegationPoint: '1.3',
      presentedByUserId: person('officer').id,
      presentedByName: d.people.officer.name,
      periodStart: doviGrant.periodStart,
      periodEnd: newEnd,
      legalBasis: d.doviAmendment.legalBasis,
      reasons: d.doviAmendment.reasons,
      body: {
        changes: 'Att förlänga projektperioden med sex månader, till den 31 augusti 2026.',
        background: d.doviAmendment.background,
      },
      appealable: false,
      appealNotice: APPEAL_NOTICE,
      recipients: ['projektledare@dovi.example', 'ekonomi@dovi.example'],
      activityPlanId: revisedPlanId,
      approvedAt: atNoon(d.doviAmendment.decidedOn),
      approvedByUserId: person('headOfUnit').id,
    },
    'decision',
  );
  await linkPlan(w, revisedPlanId, amendment.id);
  await registerDecisionDocument(tx, clock, actor, amendment, 'Ändring av beslut om stöd', null);

  // ---- Seed 000: DVIS, the chair's urgent decision, reported to the committee's next meeting ----
  const dvisProject = await w.insert(
    s.projects,
    {
      name: d.dvis.name,
      acronym: d.dvis.acronym,
      ownerOrganizationId: org('rvb').id,
      programmeId: programmes.get('on')!,
      priorityId: priorities.get(d.dvis.priority)!.id,
      summary: d.dvis.summary,
      description: d.dvis.description,
      status: 'active',
      published: true,
      publishedAt: atNoon(d.dvis.decidedOn),
    },
    'project',
  );
  const dvisCase = await w.insert(
    s.cases,
    {
      funderId: funder.id,
      diaryNumber: await nextDiaryNumber(tx, funder, 2023),
      kind: 'application',
      status: 'active',
      title: `Projektärende – ${d.dvis.name}`,
      projectId: dvisProject.id,
      applicantOrganizationId: org('rvb').id,
      officerUserId: person('officer').id,
      registeredAt: atNoon('2023-10-02'),
    },
    'case',
  );
  await registerCaseDocument(tx, clock, actor, {
    caseId: dvisCase.id,
    kind: 'application',
    title: d.dvis.name,
    direction: 'in',
    registeredOn: '2023-10-02' as LocalDate,
  });
  const assessment = await w.insert(
    s.assessments,
    {
      caseId: dvisCase.id,
      priorityId: priorities.get(d.dvis.priority)!.id,
      strategyFitText:
        'RUS prioritering 3 Västerbotten - en nära tillgänglig region, delprioritering 3.1 Kapacitet för samverkan och samhandling.',
      cofinancingChecked: true,
      assessedBy: person('officer').id,
      assessedAt: atNoon('2023-11-01'),
    },
    'assessment',
  );
  for (const [aspect, grade] of Object.entries(d.dvis.grades)) {
    await w.insert(
      s.assessmentGrades,
      { assessmentId: assessment.id, aspectId: aspects.get(aspect)!, grade },
      'assessment_grade',
    );
  }
  const dvisDecision = await w.insert(
    s.decisions,
    {
      caseId: dvisCase.id,
      projectId: dvisProject.id,
      kind: 'grant',
      status: 'approved',
      decisionDate: d.dvis.decidedOn,
      decidedByUserId: person('chair').id,
      decidedByName: d.people.chair.name,
      capacity: 'Regionala utvecklingsnämndens ordförande',
      // The chair's urgent decision (KL 6 kap. 39 §), bound by no point's limit, reported to the next meeting.
      authority: 'urgent',
      delegationPoint: URGENT_DECISION_PROVISION,
      urgencyGround: d.dvisUrgency.ground,
      urgencyConsulted: d.dvisUrgency.consulted,
      urgencyConsultedOn: d.dvisUrgency.consultedOn,
      reportedToMeetingOn: d.dvis.reportedToMeeting,
      presentedByUserId: person('officer').id,
      presentedByName: d.people.officer.name,
      amountOre: kronor(d.dvis.amountSek),
      maxShareBp: unwrap(percentToBasisPoints(d.dvis.maxSharePercent)),
      approvedCostsOre: kronor(d.dvis.approvedCostsSek),
      periodStart: d.dvis.periodStart,
      periodEnd: d.dvis.periodEnd,
      legalBasis: d.dvis.legalBasis,
      appropriationId: appropriation.id,
      reasons:
        'Projektet ligger i linje med RUS Prioritering 3 Västerbotten - en nära tillgänglig region och RUS delprioritering 3.1 Kapacitet för samverkan och samhandling. Projektet bidrar i hög grad till den prioritetshöjande aspekten Sammanhållen region och i låg grad till den prioritetshöjande aspekten Hållbar regional tillväxt.',
      appealable: false,
      appealNotice: APPEAL_NOTICE,
      approvedAt: atNoon(d.dvis.decidedOn),
      approvedByUserId: person('chair').id,
    },
    'decision',
  );
  await registerDecisionDocument(tx, clock, actor, dvisDecision, 'Beslut om stöd', null);
  const reportMeeting = await w.insert(
    s.meetings,
    {
      funderId: funder.id,
      committeeName: funder.committeeName,
      heldOn: d.dvis.reportedToMeeting,
      location: d.grantMeeting.location,
      status: 'held',
    },
    'meeting',
  );
  const report = await w.insert(
    s.delegatedDecisionReports,
    { meetingId: reportMeeting.id },
    'delegated_decision_report',
  );
  await w.insert(
    s.delegatedDecisionReportItems,
    { reportId: report.id, decisionId: dvisDecision.id },
    'delegated_decision_report_item',
  );
  await w.insert(
    s.agendaItems,
    { meetingId: reportMeeting.id, position: 1, title: 'Anmälan av delegationsbeslut' },
    'agenda_item',
  );

  await loadDemoProjectMunicipalities(w, new Map([...projectIds, ['dvis', dvisProject.id]]));

  // The decisions so far are approved with their letters of record (grants before the amendment of one).
  await w.recordDecisions();
  // The decision in force (DOVI's period as amended) is what the public sees.
  for (const projectId of [...projectIds.values(), dvisProject.id]) {
    const terms = await refreshProjectSnapshot(tx, projectId);
    await appendAudit(tx, clock, actor, {
      action: 'project.terms_in_force_updated',
      entityType: 'project',
      entityId: projectId,
      after: terms,
    });
  }

  await loadDemoCommission(w, org('rjh'));
  await w.recordDecisions();
  await loadDemoAllocations(w, new Map([...orgs.values()].map((o) => [o.name, o])), org('tvv'));

  await loadDemoPressRelease(w, meeting);
  await recordDemoMinutes(w, funder.id);
}

async function insertPlan(
  w: SeedWriter,
  projectId: string,
  versionNo: number,
  label: string,
  plan: d.DemoActivity[],
): Promise<string> {
  const row = await w.insert(s.activityPlans, { projectId, versionNo, label }, 'activity_plan');
  let order = 0;
  for (const a of plan) {
    const parent = a.number.includes('.') ? a.number.split('.')[0]! : null;
    await w.insert(
      s.activities,
      {
        activityPlanId: row.id,
        number: a.number,
        parentNumber: parent,
        title: a.title,
        startDate: a.start,
        endDate: a.end,
        costOre: a.costSek === null ? null : kronor(a.costSek),
        sortOrder: order++,
      },
      'activity',
    );
  }
  return row.id;
}

/** A plan is linked to its decision once the decision exists (and before anything can freeze it). */
async function linkPlan(w: SeedWriter, planId: string, decisionId: string): Promise<void> {
  await w.tx.update(s.activityPlans).set({ decisionId }).where(eq(s.activityPlans.id, planId));
  await w.audit('activity_plan.approved_by_decision', 'activity_plan', planId, { decisionId });
}
