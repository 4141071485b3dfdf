import {
  addDays,
  addMonths,
  applyShare,
  basisPoints,
  formatSek,
  kronor,
  lastDayOfMonth,
  localDate,
  ore,
  type LocalDate,
  type Ore,
} from '../../domain/index.js';
import { atNoon } from '../../server/seed/seed-writer.js';
import { generateActivityPlan } from './activity-plan.js';
import type { GenerationContext, PortfolioBatch } from './batch.js';
import { generatePaymentRequests } from './payment-requests.js';
import type { FunderRef, OrganisationRef, Reference } from './reference.js';
import { FIRST_YEAR, LAST_YEAR } from './reference.js';
import * as v from './vocabulary.js';

/** A granted project as the generator decided it, for the parts generated after it (requests, closure). */
export interface GrantedProject {
  id: string;
  funder: FunderRef;
  owner: OrganisationRef;
  name: string;
  acronym: string | null;
  applicationCaseId: string;
  grantDecisionId: string;
  decisionDate: LocalDate;
  period: { start: LocalDate; end: LocalDate };
  approvedCosts: Ore;
  maxShareBp: number;
  granted: Ore;
}

const OWNER_WEIGHTS = {
  municipality: 25,
  region: 15,
  university: 15,
  company: 25,
  association: 12,
  other: 3,
  state_agency: 5,
};
const SHARE_WEIGHTS = { '5000': 50, '4000': 15, '3000': 8, '6000': 10, '7000': 5, '10000': 12 };
const LAST_DAY = localDate(LAST_YEAR, 12, 31);

/** The funder a new project applies to, by the funders' weights (Västerbotten the largest). */
export function pickFunder(ctx: GenerationContext, ref: Reference): FunderRef {
  const weights = Object.fromEntries(ref.funders.map((f, i) => [String(i), f.weight]));
  return ref.funders[Number(ctx.rng.weighted(weights))]!;
}

/** An owner of a type drawn by weight, preferably in the funder's county; a few own many projects. */
export function pickOwner(ctx: GenerationContext, ref: Reference, funder: FunderRef): OrganisationRef {
  const type = ctx.rng.weighted(OWNER_WEIGHTS);
  const ofType = ref.organisations.filter((o) => o.type === type && o.id !== funder.organizationId);
  const local = ofType.filter((o) => o.county === funder.county);
  // A region applies to its own committee (Region Västerbotten's projects in the seeds).
  if (type === 'region') return ownRegion(ref, funder);
  const pool = local.length > 0 && ctx.rng.chance(0.85) ? local : ofType.length > 0 ? ofType : ref.organisations;
  return ctx.rng.skewed(pool);
}

const ownRegion = (ref: Reference, funder: FunderRef): OrganisationRef =>
  ref.organisations.find((o) => o.id === funder.organizationId)!;

function acronymOf(name: string): string {
  const letters = name
    .split(/[\s–-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) || w.length > 3)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return letters.slice(0, 5);
}

/** Approved costs between 300 000 and 25 miljoner kr, most of them a few miljoner (log-uniform). */
function approvedCosts(ctx: GenerationContext): Ore {
  const kr = Math.round(Math.exp(Math.log(300_000) + ctx.rng.float() * (Math.log(25_000_000) - Math.log(300_000))));
  return kronor(kr);
}

/**
 * One granted project: its application case, the approved grant decision (on delegation up to the funder's
 * limit, otherwise by the committee), the project row with the decision's snapshot, the municipalities it
 * covers, its activity plan, its payment requests and — when its period and payments are over — its closure.
 */
export function generateProject(ctx: GenerationContext, ref: Reference): GrantedProject {
  const { rng, batch } = ctx;
  const funder = pickFunder(ctx, ref);
  const owner = pickOwner(ctx, ref, funder);
  const theme = rng.pick(v.THEMES);
  const placeCode = rng.pick(funder.municipalityCodes);
  const placeName = rng.chance(0.5) ? v.MUNICIPALITIES.find((m) => m.code === placeCode)!.name : funder.short;
  const name = `${theme.name} ${placeName}${rng.pick(v.NAME_SUFFIXES)}`;
  const acronym = rng.chance(0.35) ? acronymOf(name) : null;

  const startMonth = rng.int(3, (LAST_YEAR - 2 - FIRST_YEAR) * 12 + 11); // April 2014 … December 2025
  const start = localDate(FIRST_YEAR + Math.floor(startMonth / 12), (startMonth % 12) + 1, 1);
  const months = rng.int(18, 48);
  const naturalEnd = lastDayOfMonth(addMonths(start, months - 1));
  const end = naturalEnd > LAST_DAY ? LAST_DAY : naturalEnd;
  const decisionDate = addDays(start, -rng.int(14, 80));
  const receivedOn = addDays(decisionDate, -rng.int(30, 110));
  const firstDay = localDate(FIRST_YEAR, 1, 2);
  const received = receivedOn < firstDay ? firstDay : receivedOn;

  const costs = approvedCosts(ctx);
  const shareBp = Number(rng.weighted(SHARE_WEIGHTS));
  const granted = applyShare(costs, basisPoints(shareBp));
  const delegated = granted <= kronor(v.DELEGATION_LIMIT_SEK);
  const officer = rng.pick(funder.officers);

  const projectId = rng.uuid();
  const caseId = rng.uuid();
  const decisionId = rng.uuid();
  const codes = rng.chance(0.05)
    ? funder.municipalityCodes
    : [...new Set([placeCode, ...Array.from({ length: rng.int(0, 3) }, () => rng.pick(funder.municipalityCodes))])];
  const places = codes.map((c) => v.MUNICIPALITIES.find((m) => m.code === c)!.name);
  const summary = `${rng.pick(v.PURPOSES)} ${theme.about} i ${placeName} genom ${rng.pick(v.MEANS)}.`;
  const projectRow: PortfolioBatch['projects'][number] = {
    id: projectId,
    name,
    acronym,
    ownerOrganizationId: owner.id,
    programmeId: rng.chance(0.2) ? rng.pick(ref.programmeIds) : null,
    priorityId: rng.pick(funder.subPriorityIds),
    summary,
    description: `${summary} Projektägare är ${owner.name}. Projektet omfattar ${places.join(', ')}.`,
    periodStart: start,
    periodEnd: end,
    grantedOre: granted,
    maxShareBp: shareBp,
    approvedCostsOre: costs,
    status: 'active',
    published: true,
    publishedAt: atNoon(decisionDate),
    createdAt: atNoon(decisionDate),
    updatedAt: atNoon(decisionDate),
  };
  batch.projects.push(projectRow);
  for (const code of codes) batch.projectMunicipalities.push({ projectId, municipalityCode: code });
  const planId = generateActivityPlan(ctx, projectId, { start, end }, costs, atNoon(decisionDate));

  const applicationRow: PortfolioBatch['cases'][number] = {
    id: caseId,
    funderId: funder.id,
    diaryNumber: ctx.diaryNumber(funder, Number(received.slice(0, 4))),
    kind: 'application',
    status: 'active',
    title: name,
    description: summary,
    projectId,
    applicantOrganizationId: owner.id,
    officerUserId: officer.id,
    receivedOn: received,
    registeredAt: atNoon(received),
    createdAt: atNoon(received),
    updatedAt: atNoon(decisionDate),
  };
  batch.cases.push(applicationRow);
  batch.decisions.push({
    id: decisionId,
    caseId,
    projectId,
    kind: 'grant',
    status: 'approved',
    decisionDate,
    decidedByName: delegated ? funder.headOfUnit.name : v.COMMITTEE,
    capacity: delegated ? 'verksamhetschef' : 'nämnd',
    delegationPoint: delegated ? '1.1' : null,
    reportedToMeetingOn: delegated ? addDays(decisionDate, rng.int(14, 45)) : null,
    presentedByName: officer.name,
    presentedByCapacity: 'strateg för projektfinansiering',
    amountOre: granted,
    maxShareBp: shareBp,
    approvedCostsOre: costs,
    periodStart: start,
    periodEnd: end,
    legalBasis: ['2003:596'],
    appropriationId: funder.appropriationId,
    reasons: `Projektet bidrar till ${theme.about} i ${funder.short} och ligger i linje med den regionala utvecklingsstrategin.`,
    conditions: 'Stödmottagaren ska rapportera och begära utbetalning enligt rapporteringsplanen.',
    appealable: false,
    appealNotice: 'Beslutet kan inte överklagas.',
    recipients: [owner.email],
    activityPlanId: planId,
    approvedAt: atNoon(decisionDate),
    createdAt: atNoon(decisionDate),
    updatedAt: atNoon(decisionDate),
  });

  const project: GrantedProject = {
    id: projectId,
    funder,
    owner,
    name,
    acronym,
    applicationCaseId: caseId,
    grantDecisionId: decisionId,
    decisionDate,
    period: { start, end },
    approvedCosts: costs,
    maxShareBp: shareBp,
    granted,
  };
  const paid = generatePaymentRequests(ctx, project);
  if (paid.closableOn !== null) closeProject(ctx, project, paid.closableOn, paid.total, projectRow, applicationRow);
  return project;
}

/** A project whose final payment is made is closed: the close decision releases granted − paid. */
function closeProject(
  ctx: GenerationContext,
  p: GrantedProject,
  closableOn: LocalDate,
  paid: Ore,
  projectRow: PortfolioBatch['projects'][number],
  application: PortfolioBatch['cases'][number],
): void {
  const closedOn = addDays(closableOn, ctx.rng.int(14, 60));
  if (closedOn > ctx.asOf) return;
  const released = ore(Math.max(0, p.granted - paid));
  projectRow.status = 'closed';
  projectRow.updatedAt = atNoon(closedOn);
  application.status = 'closed';
  application.closedAt = atNoon(closedOn);
  application.updatedAt = atNoon(closedOn);
  ctx.batch.decisions.push({
    id: ctx.rng.uuid(),
    caseId: p.applicationCaseId,
    projectId: p.id,
    kind: 'close',
    status: 'approved',
    decisionDate: closedOn,
    decidedByName: p.funder.headOfUnit.name,
    capacity: 'verksamhetschef',
    appropriationId: p.funder.appropriationId,
    amountOre: released,
    body: {
      decision:
        `Projektet ${p.name} avslutas. Beviljat ${formatSek(p.granted)}, utbetalt ${formatSek(paid)}; ` +
        `${formatSek(released)} som inte har betalats ut återförs till anslaget.`,
      grantedOre: p.granted,
      paidOre: paid,
      releasedOre: released,
      finalPaymentRecorded: true,
    },
    approvedAt: atNoon(closedOn),
    createdAt: atNoon(closedOn),
    updatedAt: atNoon(closedOn),
  });
}
