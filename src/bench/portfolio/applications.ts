import { addDays, applyShare, basisPoints, kronor, localDate, type LocalDate } from '../../domain/index.js';
import { atNoon } from '../../server/seed/seed-writer.js';
import type { GenerationContext } from './batch.js';
import { pickFunder, pickOwner } from './project.js';
import type { Reference } from './reference.js';
import { FIRST_YEAR, LAST_YEAR } from './reference.js';
import * as v from './vocabulary.js';

/** An application that never became a project: rejected, or still with the officer (the inbox). */
function applicationCase(ctx: GenerationContext, ref: Reference, receivedOn: LocalDate) {
  const funder = pickFunder(ctx, ref);
  const owner = pickOwner(ctx, ref, funder);
  const theme = ctx.rng.pick(v.THEMES);
  const place = ctx.rng.pick(funder.municipalityCodes);
  const title = `${theme.name} ${v.MUNICIPALITIES.find((m) => m.code === place)!.name}${ctx.rng.pick(v.NAME_SUFFIXES)}`;
  return {
    funder,
    owner,
    theme,
    row: {
      id: ctx.rng.uuid(),
      funderId: funder.id,
      diaryNumber: ctx.diaryNumber(funder, Number(receivedOn.slice(0, 4))),
      kind: 'application' as const,
      title,
      description: `Ansökan om stöd för ${theme.about}.`,
      applicantOrganizationId: owner.id,
      receivedOn,
      registeredAt: atNoon(receivedOn),
      createdAt: atNoon(receivedOn),
    },
  };
}

/** A rejected application with its approved rejection decision, some time in the portfolio's years. */
export function generateRejectedApplication(ctx: GenerationContext, ref: Reference): void {
  const receivedOn = localDate(ctx.rng.int(FIRST_YEAR, LAST_YEAR - 2), ctx.rng.int(1, 12), ctx.rng.int(1, 28));
  const decidedOn = addDays(receivedOn, ctx.rng.int(40, 120));
  const { funder, owner, theme, row } = applicationCase(ctx, ref, receivedOn);
  const officer = ctx.rng.pick(funder.officers);
  ctx.batch.cases.push({
    ...row,
    status: 'rejected',
    officerUserId: officer.id,
    closedAt: atNoon(decidedOn),
    updatedAt: atNoon(decidedOn),
  });
  ctx.batch.decisions.push({
    id: ctx.rng.uuid(),
    caseId: row.id,
    kind: 'reject',
    status: 'approved',
    decisionDate: decidedOn,
    decidedByName: funder.headOfUnit.name,
    capacity: 'verksamhetschef',
    delegationPoint: '1.1',
    presentedByName: officer.name,
    presentedByCapacity: 'strateg för projektfinansiering',
    legalBasis: ['2003:596'],
    reasons: `Ansökan bedöms inte i tillräcklig grad bidra till ${theme.about} enligt den regionala utvecklingsstrategin.`,
    appealable: false,
    appealNotice: 'Beslutet kan inte överklagas.',
    recipients: [owner.email],
    approvedAt: atNoon(decidedOn),
    createdAt: atNoon(decidedOn),
    updatedAt: atNoon(decidedOn),
  });
}

/**
 * An application the officers are working on: received in the last four months, due within 90 days of
 * arrival; assigned once assessment starts; with a proposed (not yet approved) grant decision at the end.
 */
export function generateOpenApplication(ctx: GenerationContext, ref: Reference): void {
  const receivedOn = addDays(ctx.asOf, -ctx.rng.int(3, 120));
  const { funder, owner, row } = applicationCase(ctx, ref, receivedOn);
  const status = ctx.rng.weighted({ submitted: 40, in_assessment: 40, decision_proposed: 20 });
  const officer = ctx.rng.pick(funder.officers);
  const assigned = status !== 'submitted' || ctx.rng.chance(0.3);
  ctx.batch.cases.push({
    ...row,
    status,
    officerUserId: assigned ? officer.id : null,
    dueDate: addDays(receivedOn, 90),
    updatedAt: atNoon(receivedOn),
  });
  if (status !== 'decision_proposed') return;
  const costs = kronor(ctx.rng.int(300, 8000) * 1000);
  const start = addDays(ctx.asOf, ctx.rng.int(30, 120));
  ctx.batch.decisions.push({
    id: ctx.rng.uuid(),
    caseId: row.id,
    kind: 'grant',
    status: 'proposed',
    presentedByName: officer.name,
    presentedByCapacity: 'strateg för projektfinansiering',
    amountOre: applyShare(costs, basisPoints(5000)),
    maxShareBp: 5000,
    approvedCostsOre: costs,
    periodStart: start,
    periodEnd: addDays(start, 730),
    legalBasis: ['2003:596'],
    appropriationId: funder.appropriationId,
    recipients: [owner.email],
    createdAt: atNoon(receivedOn),
    updatedAt: atNoon(receivedOn),
  });
}
