import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { allocationDeadlinesByYear, kronor, type LocalDate } from '../../../domain/index.js';
import * as s from '../../db/schema/index.js';
import type { Extraction } from '../../../import/contract.js';
import {
  addExternalCaseId,
  diaryNumberFor,
  findCase,
  findOrCreateOrganization,
  findOrCreateProject,
  meetingOn,
  sameText,
  yearOf,
} from './import-entities.js';
import type { ImportWriter } from './import-writer.js';
import { registerDecisionDocument } from '../cases/use-cases/register-case-document.js';

/*
 * The reviewed import of the genres that are not grant or amendment letters: a state decision with its
 * allocations per recipient and year (seed 003), a closing decision or proposal (seed 002), and a press
 * release (seed 004). Each finds what exists before creating anything, so a second copy of a document
 * adds nothing, and each created record is linked to the stored source.
 */

export interface OtherImport {
  w: ImportWriter;
  funder: s.Funder;
  extraction: Extraction;
  /** The document's text, kept on records that print it (a press release). */
  text: string | null;
  storeSource(links?: { caseId?: string; projectId?: string }): Promise<s.Document>;
}

/** A government decision offering the recipients money per year, with each year's deadlines. */
export async function persistStateAllocation(ctx: OtherImport): Promise<boolean> {
  const { w, extraction: x } = ctx;
  const d = x.decision;
  const a = x.allocation;
  const missing = [
    d.reference ? null : ['beteckning', 'reference'],
    d.date ? null : ['beslutsdatum', 'decision date'],
    a?.yearFrom != null && a.yearTo != null ? null : ['år', 'years'],
  ].filter((m): m is string[] => m !== null);
  if (missing.length) {
    w.note(
      `statsbeslutet läggs inte in: ${missing.map((m) => m[0]).join(', ')} saknas`,
      `the state decision is not recorded: ${missing.map((m) => m[1]).join(', ')} missing`,
    );
    return false;
  }
  const reference = d.reference!.trim();
  const [known] = await w.tx.select().from(s.stateDecisions).where(eq(s.stateDecisions.reference, reference));
  if (known) {
    w.note(`statsbeslutet ${reference} finns redan (${known.id})`, `state decision ${reference} already exists`);
    return true;
  }
  const yearFrom = a!.yearFrom!;
  const yearTo = a!.yearTo!;
  if (yearFrom > yearTo) {
    w.note(`åren ${yearFrom}–${yearTo} är i fel ordning`, `the years ${yearFrom}–${yearTo} are reversed`);
    return false;
  }
  if (!d.decidedBy) w.note('beslutsfattaren framgår inte', 'the issuer is not stated');
  const document = await ctx.storeSource();
  const perYear = a!.perRecipientPerYearSek;
  const decision = await w.insert(
    s.stateDecisions,
    {
      reference,
      decidedOn: d.date!,
      issuer: d.decidedBy ?? 'Okänd / unknown',
      title: `Beslut ${reference}`,
      yearFrom,
      yearTo,
      perRecipientPerYearOre: perYear === null ? null : kronor(perYear),
      appropriationText: d.appropriation,
      documentId: document.id,
    },
    'state_decision',
  );
  if (perYear === null) {
    w.note(
      'beloppet per mottagare och år framgår inte: inga tilldelningar läggs in',
      'the amount per recipient and year is not stated: no allocations are recorded',
    );
    return true;
  }
  const deadlines = allocationDeadlinesByYear({
    yearFrom,
    yearTo,
    requisition: a!.requisitionDeadlines as LocalDate[],
    account: a!.accountDeadlines as LocalDate[],
    repayment: a!.repaymentDeadlines as LocalDate[],
  });
  for (const name of x.recipients) {
    const recipient = await findOrCreateOrganization(w, { name, orgNumber: null });
    if (!recipient) continue;
    for (const year of deadlines) {
      await w.insert(
        s.stateAllocations,
        {
          stateDecisionId: decision.id,
          recipientOrganizationId: recipient.id,
          year: year.year,
          offeredOre: kronor(perYear),
          requisitionDeadline: year.requisition,
          accountDeadline: year.account,
          repaymentDeadline: year.repayment,
        },
        'state_allocation',
      );
    }
  }
  if (x.recipients.length === 0) w.note('inga mottagare framgår', 'no recipients are stated');
  return true;
}

/**
 * A closing decision: a case of kind 'closure' under the funder, for the project it names when Bidra
 * knows it, with the parties as organisations. A proposal that the text does not show decided opens the
 * case for a decision instead of recording one.
 */
export async function persistClosure(ctx: OtherImport): Promise<boolean> {
  const { w, funder, extraction: x } = ctx;
  const d = x.decision;
  const parties: s.Organization[] = [];
  for (const name of x.recipients) {
    const org = await findOrCreateOrganization(w, { name, orgNumber: null });
    if (org) parties.push(org);
  }
  const named = x.projects[0] ?? null;
  const project = named ? await projectByName(w, funder.id, named.name) : null;
  const found = await findCase(w.tx, funder.id, d);
  const proposal = x.warnings.some((warning) => warning.code === 'decision.is_proposal') || d.date === null;

  const title = `Avslut: ${named?.name ?? project?.name ?? 'ärende utan projekt'}`;
  const [same] = await w.tx
    .select()
    .from(s.cases)
    .where(and(eq(s.cases.funderId, funder.id), eq(s.cases.kind, 'closure'), eq(s.cases.title, title)))
    .limit(1);
  if (same) {
    w.note(`avslutsärendet finns redan (${same.diaryNumber ?? same.id})`, 'the closure case already exists');
    return true;
  }
  const applicant = project?.ownerOrganizationId ?? parties[0]?.id ?? funder.organizationId;
  const decidedAt = d.date ? new Date(`${d.date}T11:00:00Z`) : null;
  const kase = await w.insert(
    s.cases,
    {
      funderId: funder.id,
      // One matter, one diary number: a closure of a known case is registered in it, with no number of its own.
      diaryNumber: found ? null : await diaryNumberFor(w, funder, d.diaryNumber, yearOf(w, d.date)),
      kind: 'closure',
      status: proposal ? 'in_assessment' : 'closed',
      title,
      projectId: project?.id ?? null,
      applicantOrganizationId: applicant,
      parentCaseId: found?.id ?? null,
      registeredAt: decidedAt ?? w.clock.now(),
      closedAt: proposal ? null : decidedAt,
    },
    'case',
  );
  await addExternalCaseId(w, kase.id, d.externalCaseId, ctx.text);
  const document = await ctx.storeSource({ caseId: kase.id, ...(project ? { projectId: project.id } : {}) });
  if (named && !project) {
    w.note(
      `projektet "${named.name}" finns inte i Bidra; ärendet gäller inget projekt`,
      `project "${named.name}" is not in Bidra; the case concerns no project`,
    );
  }
  if (proposal) {
    w.note(
      'dokumentet är ett förslag: ärendet öppnas för beslut, inget beslut läggs in',
      'the document is a proposal: the case is opened for a decision, no decision is recorded',
    );
    return true;
  }
  const closeDecision = await w.insert(
    s.decisions,
    {
      caseId: kase.id,
      projectId: project?.id ?? null,
      kind: 'close',
      status: 'approved',
      decisionDate: d.date,
      decidedByName: d.decidedBy,
      capacity: d.capacity,
      delegationPoint: d.delegationPoint,
      presentedByName: d.presentedBy,
      reportedToMeetingOn: d.reportedToMeeting,
      legalBasis: d.legalBasis,
      appealable: d.appealable,
      body: d.reference ? { reference: d.reference } : {},
      documentId: document.id,
      documentSha256: document.sha256,
      approvedAt: decidedAt,
    },
    'decision',
  );
  await registerDecisionDocument(w.tx, w.clock, w.actor, closeDecision, 'Beslut om avslut', document.id);
  if (project && project.status !== 'closed') {
    await w.tx
      .update(s.projects)
      .set({ status: 'closed', updatedAt: w.clock.now() })
      .where(eq(s.projects.id, project.id));
    await w.audit('project.closed', 'project', project.id, { status: project.status }, { status: 'closed' });
  }
  return true;
}

/**
 * A press release lists decisions; it is not one. Its owners and projects are recorded, and the release
 * itself with a line per project (linked to the project's grant when Bidra has it) under the meeting of
 * its date. The grant decisions come from the decision letters.
 */
export async function persistPressRelease(ctx: OtherImport): Promise<boolean> {
  const { w, funder, extraction: x } = ctx;
  const d = x.decision;
  if (x.projects.length === 0) {
    w.note('pressmeddelandet nämner inga projekt', 'the press release names no project');
    return false;
  }
  const lines: (typeof s.pressReleaseItems.$inferInsert)[] = [];
  for (const [i, p] of x.projects.entries()) {
    const owner = await findOrCreateOrganization(w, { name: p.owner, orgNumber: p.ownerOrgNumber });
    if (!owner) {
      w.note(`${p.name}: projektägaren framgår inte`, `${p.name}: the project owner is not stated`);
      continue;
    }
    const project = await findOrCreateProject(w, owner, p);
    const [grant] = await w.tx
      .select({ id: s.decisions.id })
      .from(s.decisions)
      .where(
        and(eq(s.decisions.projectId, project.id), eq(s.decisions.kind, 'grant'), isNotNull(s.decisions.approvedAt)),
      )
      .limit(1);
    if (p.amountSek === null) {
      w.note(`${p.name}: beloppet framgår inte`, `${p.name}: the amount is not stated`);
      continue;
    }
    lines.push({
      pressReleaseId: '',
      position: i + 1,
      decisionId: grant?.id ?? null,
      projectId: project.id,
      projectName: project.name,
      ownerName: owner.name,
      amountOre: kronor(p.amountSek),
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
    });
  }
  const meeting = d.date ? await meetingOn(w, funder, d.date, d.decidedBy) : null;
  const document = await ctx.storeSource();
  const title = firstHeading(ctx.text) ?? `Pressmeddelande${d.date ? ` ${d.date}` : ''}`;
  const release = await w.insert(
    s.pressReleases,
    {
      meetingId: meeting?.id ?? null,
      title,
      headlineTotalOre: x.headlineTotalSek === null ? null : kronor(x.headlineTotalSek),
      body: ctx.text?.trim() || title,
      publishedAt: d.date ? new Date(`${d.date}T11:00:00Z`) : null,
      documentId: document.id,
    },
    'press_release',
  );
  for (const line of lines) {
    await w.insert(s.pressReleaseItems, { ...line, pressReleaseId: release.id }, 'press_release_item');
  }
  w.note(
    'ett pressmeddelande är inget beslut: besluten om stöd läggs in från beslutsbreven',
    'a press release is not a decision: the grants are recorded from the decision letters',
  );
  return true;
}

/** A project of the funder's cases by its name as printed (case and spacing aside). */
async function projectByName(w: ImportWriter, funderId: string, name: string): Promise<s.Project | null> {
  const [row] = await w.tx
    .select({ project: s.projects })
    .from(s.projects)
    .innerJoin(s.cases, eq(s.cases.projectId, s.projects.id))
    .where(and(eq(s.cases.funderId, funderId), sameText(s.projects.name, name)))
    .orderBy(asc(s.projects.createdAt))
    .limit(1);
  return row?.project ?? null;
}

/** The first line that reads as a heading: not a navigation or photo caption line, of a heading's length. */
function firstHeading(text: string | null): string | null {
  if (!text) return null;
  const lines = text.split('\n').map((l) => l.trim());
  const heading = lines.find(
    (l) => l.length >= 12 && l.length <= 120 && /\d/.test(l) && !/^(gå direkt|fotograf|pressmeddelande\s*-?$)/i.test(l),
  );
  return heading ?? null;
}
