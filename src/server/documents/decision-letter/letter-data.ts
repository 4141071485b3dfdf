// Everything a decision letter prints (docs/domain/decision-letters.md), built from the stored decision and the rows it
// references — never from request input — so the letter and the record cannot disagree.
import { eq } from 'drizzle-orm';
import type { LocalDate, Ore, Period } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import * as s from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import * as text from './decision-text.js';
import type { LetterKind, NamedRole } from './decision-text.js';
import { caseChain, externalIdsOf, one } from './letter-queries.js';
import { submittedApplicationOf } from '../../modules/cases/submitted-application.repository.js';
import {
  activityPlanSection,
  appliedActivityPlanSection,
  bodyText,
  nonEmpty,
  operativeText,
  reportingPlanSection,
} from './letter-sections.js';
import { standardConditionsOf } from './standard-conditions.js';
import { appealNoticeOf, authorityOf, contactLines, kindSections, type KindSections } from './letter-kinds.js';
import { formatPeriod } from './swedish-text.js';

export interface ActivityRow {
  number: string;
  /** A sub-activity ("4.1") is printed indented under its parent. */
  isSubActivity: boolean;
  title: string;
  description: string | null;
  start: LocalDate | null;
  end: LocalDate | null;
  /** Null where the plan leaves the cost blank, which is not a stated 0. */
  cost: Ore | null;
}

export interface DecisionLetterData {
  decisionId: string;
  /** The decision's own case and its project: where the stored letter is filed. */
  caseId: string;
  projectId: string | null;
  kind: LetterKind;
  heading: { funderName: string; committee: string; title: string };
  /** The funder's letterhead, from its organisation row (letter footer). */
  funder: {
    name: string;
    postalAddress: string | null;
    phone: string | null;
    email: string | null;
    website: string | null;
    /** The grants desk, as the funder prints it on letters. */
    contact: string | null;
  };
  beneficiary: { name: string; orgNumber: string | null };
  /** How the fact box names the party: "Stödmottagare", or "Sökande" in a rejection. */
  partyLabel: string;
  project: { name: string; acronym: string | null };
  /** The diary number the beneficiary refers to: that of the application the decision belongs to. */
  diaryNumber: string;
  /** Never set now: a later matter is registered under the project case's one number (kept for the renderer). */
  caseDiaryNumber: string | null;
  externalCaseIds: { system: string; id: string }[];
  decisionDate: LocalDate;
  /** The project period the decision sets (for an amendment: the period after it). */
  period: Period | null;
  periodText: string | null;
  /** The operative text; paragraphs separated by a blank line. */
  decisionText: string;
  legalBasis: { sfs: string; title: string }[];
  legalBasisText: string | null;
  appropriation: { code: string; name: string; text: string } | null;
  reasonsIntro: string;
  reasons: string | null;
  background: string | null;
  caseDescription: string | null;
  conditions: string | null;
  /** The funder's standard conditions (grants only): as approved, or the current text in a draft's preview. */
  standardConditions: string | null;
  reportingPlan: string | null;
  activityPlan: { heading: string; rows: ActivityRow[]; total: Ore } | null;
  /** Beslutsunderlag. */
  basis: string[];
  appealNotice: string | null;
  /** A withdrawn commission's refunds by party; a recovery's or closure's figures; how money is paid. */
  refunds: KindSections['refunds'];
  figures: KindSections['figures'];
  payment: string | null;
  approvalNote: string;
  decidedBy: NamedRole;
  presentedBy: NamedRole | null;
  decidedBySentence: string;
  /**
   * By what authority it was decided: the committee at its meeting (with the §), a delegation point (number
   * and text, and the meeting it is reported to) or the chair's urgent decision (KL 6 kap. 39 §).
   */
  authority: { heading: string; text: string[]; note: string | null } | null;
  recipients: string[];
  contact: string[];
}

const TITLES: Record<LetterKind, string> = {
  grant: 'Beslut om stöd',
  amend: 'Ändring av beslut om stöd',
  reject: 'Avslag',
  withdraw: 'Återtagande av uppdrag',
  recover: 'Beslut om återkrav',
  close: 'Beslut om avslut av projekt',
};
const titleOf = (kind: LetterKind, body: s.DecisionBody): string =>
  kind === 'recover' && body.recoveryKind === 'repayment' ? 'Beslut om återbetalning' : TITLES[kind];

export async function loadDecisionLetterData(
  db: Executor,
  decisionId: string,
  o: { previewDate?: LocalDate } = {},
): Promise<DecisionLetterData> {
  const [decision] = await db.select().from(s.decisions).where(eq(s.decisions.id, decisionId));
  if (!decision) throw AppError.notFound({ sv: 'Beslutet', en: 'The decision' });
  // Every decision kind has its letter (FL 31–33 §§); the kinds are the database's own enumeration.
  const kind: LetterKind = decision.kind;
  // A preview of a draft shows the date it would get if approved today.
  const decisionDate = (decision.decisionDate as LocalDate | null) ?? o.previewDate ?? null;
  if (!decisionDate) {
    throw new AppError('decision_letter.no_decision_date', 422, {
      sv: 'Beslutet saknar beslutsdatum; det behövs innan beslutsbrevet kan skapas.',
      en: 'The decision has no decision date; it is needed before the letter can be produced.',
    });
  }

  const chain = await caseChain(db, decision.caseId);
  const kase = chain[0]!;
  const root = chain[chain.length - 1]!;
  const funder = await one(db.select().from(s.funders).where(eq(s.funders.id, kase.funderId)), 'funder');
  const byOrg = (id: string) =>
    one(db.select().from(s.organizations).where(eq(s.organizations.id, id)), 'organisation');
  const funderOrg = await byOrg(funder.organizationId);
  const projectId = decision.projectId ?? kase.projectId;
  const project = projectId
    ? await one(db.select().from(s.projects).where(eq(s.projects.id, projectId)), 'project')
    : null;
  const beneficiary = await byOrg(project?.ownerOrganizationId ?? kase.applicantOrganizationId);
  const projectName = project?.name ?? kase.title;
  const user = async (id: string | null) =>
    id ? ((await db.select().from(s.users).where(eq(s.users.id, id)))[0] ?? null) : null;

  const period =
    decision.periodStart && decision.periodEnd
      ? { start: decision.periodStart as LocalDate, end: decision.periodEnd as LocalDate }
      : null;
  const appropriation = decision.appropriationId
    ? await one(
        db.select().from(s.appropriations).where(eq(s.appropriations.id, decision.appropriationId)),
        'appropriation',
      )
    : null;

  const activityPlan = decision.activityPlanId
    ? await activityPlanSection(db, decision.activityPlanId)
    : o.previewDate && kind === 'grant'
      ? await appliedPlanOf(db, decision.caseId)
      : null;
  const reportingPlan = await reportingPlanSection(db, decision);
  const sections = await kindSections(db, decision, {
    kase,
    funder,
    funderName: funderOrg.name,
    beneficiaryName: beneficiary.name,
    projectName,
    diaryNumber: requireDiaryNumber(root.diaryNumber),
    appropriation: appropriation ? { code: appropriation.code, name: appropriation.name } : null,
  });
  const decisionText =
    sections.decisionText ??
    (await operativeText(db, decision, kind, {
      beneficiaryName: beneficiary.name,
      funderName: funderOrg.name,
      projectName,
      period,
    }));

  const decider = await user(decision.decidedByUserId);
  const presenter = await user(decision.presentedByUserId);
  const decidedBy: NamedRole = {
    name: decision.decidedByName ?? decider?.displayName ?? funder.committeeName,
    capacity: decision.meetingId ? null : (decision.capacity ?? decider?.title ?? null),
  };
  const presentedName = decision.presentedByName ?? presenter?.displayName ?? null;
  const presentedBy: NamedRole | null = presentedName
    ? { name: presentedName, capacity: decision.presentedByCapacity ?? presenter?.title ?? null }
    : null;
  const meeting = decision.meetingId
    ? await one(db.select().from(s.meetings).where(eq(s.meetings.id, decision.meetingId)), 'meeting')
    : null;

  const authority = await authorityOf(db, decision, funder.committeeName);

  const externalIds = await externalIdsOf(db, chain);
  const basis = Array.isArray(decision.body.basis) ? decision.body.basis.filter((b) => nonEmpty(b) !== null) : [];
  const contact = await contactLines(db, decision, { chain, funder });

  return {
    decisionId: decision.id,
    caseId: kase.id,
    projectId: project?.id ?? null,
    kind,
    heading: { funderName: funderOrg.name, committee: funder.committeeName, title: titleOf(kind, decision.body) },
    funder: {
      name: funderOrg.name,
      postalAddress: funderOrg.postalAddress,
      phone: funderOrg.phone,
      email: funderOrg.email,
      website: funderOrg.website,
      contact: nonEmpty(funder.contact),
    },
    beneficiary: { name: beneficiary.name, orgNumber: beneficiary.orgNumber },
    partyLabel: text.PARTY_LABELS[kind],
    project: { name: projectName, acronym: project?.acronym ?? null },
    diaryNumber: requireDiaryNumber(root.diaryNumber),
    // One matter, one diary number: a later matter (an amendment request) is registered in the project's
    // case and has no number of its own to print beside it.
    caseDiaryNumber: null,
    externalCaseIds: externalIds.map((x) => ({ system: x.system, id: x.externalId })),
    decisionDate,
    period,
    periodText: period ? formatPeriod(period) : null,
    decisionText,
    legalBasis: decision.legalBasis.map((sfs) => ({ sfs, title: text.ordinanceTitle(sfs) })),
    legalBasisText: text.legalBasisSentence(decision.legalBasis),
    appropriation: appropriation
      ? { code: appropriation.code, name: appropriation.name, text: text.appropriationSentence(appropriation) }
      : null,
    reasonsIntro: text.reasonsIntro(kind, funderOrg.name),
    reasons: nonEmpty(decision.reasons),
    background: bodyText(decision.body, 'background'),
    // An amendment explains itself in its background; a grant or rejection describes the project.
    caseDescription:
      bodyText(decision.body, 'caseDescription') ??
      nonEmpty(kase.description) ??
      (kind === 'amend' ? null : nonEmpty(project?.description)),
    conditions: nonEmpty(decision.conditions),
    standardConditions: standardConditionsOf(decision, funder),
    reportingPlan,
    activityPlan,
    basis,
    appealNotice: appealNoticeOf(decision, funder, kind),
    refunds: sections.refunds,
    figures: sections.figures,
    payment: sections.payment,
    approvalNote: text.electronicApprovalNote(funderOrg.name),
    decidedBy,
    presentedBy,
    decidedBySentence: text.decidedBySentence({
      decidedBy,
      presentedBy,
      meetingHeldOn: (meeting?.heldOn ?? null) as LocalDate | null,
    }),
    authority,
    // Without named recipients the letter goes to the beneficiary itself.
    recipients:
      decision.recipients.length > 0
        ? decision.recipients
        : [beneficiary.email ? `${beneficiary.name} (${beneficiary.email})` : beneficiary.name],
    contact,
  };
}

/** Only a registered case is decided; a draft has no diary number and gets no letter. */
function requireDiaryNumber(diaryNumber: string | null): string {
  if (diaryNumber) return diaryNumber;
  throw new AppError('decision_letter.unregistered_case', 422, {
    sv: 'Ärendet är inte registrerat och saknar diarienummer; beslutsbrevet kan inte skapas.',
    en: 'The case is not registered and has no diary number; the letter cannot be produced.',
  });
}

/** A draft's preview shows the plan the approval will adopt: the submitted application's activities. */
async function appliedPlanOf(db: Executor, caseId: string) {
  const application = await submittedApplicationOf(db, caseId);
  return application ? appliedActivityPlanSection(application.content) : null;
}
