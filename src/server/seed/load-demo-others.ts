import {
  kronor,
  localDate,
  ore,
  splitByLargestRemainder,
  unwrap,
  yearlyDeadlines,
  type LocalDate,
} from '../../domain/index.js';
import * as s from '../db/schema/index.js';
import * as d from './demo-data.js';
import { atNoon, type SeedWriter } from './seed-writer.js';

/**
 * Seed 002: a joint committee commissioned its e-strategist to write an application; it was never sent,
 * the commission is withdrawn and the remaining 2018 funds go back to the seven municipalities in
 * proportion to what each put in (largest remainder, whole kronor, parts summing exactly).
 */
export async function loadDemoCommission(w: SeedWriter, host: s.Organization): Promise<void> {
  const funder = await w.insert(
    s.funders,
    {
      organizationId: host.id,
      committeeName: d.commission.committee,
      diaryNumberFormat: 'RJH {year}/{seq}',
      appealNotices: {},
      paymentDetails: d.commission.paymentDetails,
    },
    'funder',
  );
  const kase = await w.insert(
    s.cases,
    {
      funderId: funder.id,
      diaryNumber: 'RJH 2019/41', // demo: the seed carries no diary number
      kind: 'commission',
      status: 'withdrawn',
      title: `Uppdrag: projektansökan ${d.commission.title}`,
      applicantOrganizationId: host.id,
      registeredAt: atNoon(d.commission.commissionedOn),
    },
    'case',
  );
  const parties: { id: string; contribution: number }[] = [];
  for (const p of d.commission.parties) {
    const o = await w.insert(s.organizations, { name: p.name, type: 'municipality' }, 'organization');
    await w.insert(
      s.contributions,
      { caseId: kase.id, organizationId: o.id, year: 2018, contributedOre: kronor(p.contributionSek) },
      'contribution',
    );
    parties.push({ id: o.id, contribution: kronor(p.contributionSek) });
  }
  const meeting = await w.insert(
    s.meetings,
    { funderId: funder.id, committeeName: funder.committeeName, heldOn: d.commission.closedOn, status: 'held' },
    'meeting',
  );
  const decision = await w.insert(
    s.decisions,
    {
      caseId: kase.id,
      kind: 'withdraw',
      status: 'approved',
      decisionDate: d.commission.closedOn,
      decidedByName: d.commission.committee,
      capacity: 'nämnd',
      authority: 'committee',
      meetingId: meeting.id,
      presentedByName: d.commission.presentedBy.name,
      presentedByCapacity: d.commission.presentedBy.title,
      reasons:
        'Någon projektansökan har inte skickats in, då intresset sjönk i och med pågående pandemi samt brist på resurser. De återstående medlen från 2018 kan inte längre reserveras och återbetalas parterna.',
      body: {
        decision:
          'Tidigare uppdrag till e-strategen om att skriva fram en projektansökan återtas och ärendet avslutas.',
        caseDescription: d.commission.caseDescription,
      },
      amountOre: kronor(d.commission.surplusSek - d.commission.preStudySek),
      approvedAt: atNoon(d.commission.closedOn),
    },
    'decision',
  );
  const remaining = kronor(d.commission.surplusSek - d.commission.preStudySek);
  const parts = unwrap(
    splitByLargestRemainder(
      remaining,
      parties.map((p) => p.contribution),
      ore(100),
    ),
  );
  for (const [i, p] of parties.entries()) {
    await w.insert(
      s.refunds,
      { caseId: kase.id, decisionId: decision.id, organizationId: p.id, amountOre: parts[i]! },
      'refund',
    );
  }
}

/**
 * Seed 003: the government offers 21 recipients up to 1 000 000 kr a year 2021–2025, with a requisition
 * deadline per year, and an account and repayment deadline the following year (2022–2025 only, as the
 * decision states). Region Västerbotten's own allocation carries demo progress.
 */
export async function loadDemoAllocations(
  w: SeedWriter,
  existing: Map<string, s.Organization>,
  tillvaxtverket: s.Organization,
): Promise<void> {
  const sd = d.stateDecision;
  const vasterbotten = existing.get('Region Västerbotten')!;
  const decision = await w.insert(
    s.stateDecisions,
    {
      reference: sd.reference,
      decidedOn: sd.decidedOn,
      issuer: sd.issuer,
      ministry: sd.ministry,
      title: sd.title,
      yearFrom: sd.yearFrom,
      yearTo: sd.yearTo,
      perRecipientPerYearOre: kronor(sd.perRecipientPerYearSek),
      appropriationText: sd.appropriation,
      requisitionToOrganizationId: tillvaxtverket.id,
      conditions: sd.conditions,
      reservation: sd.reservation,
      signatories: sd.signatories,
      relatedReferences: sd.relatedReferences,
    },
    'state_decision',
  );
  await w.insert(
    s.appropriations,
    { code: '2:4', name: 'Informationsteknik och telekommunikation', expenditureArea: 'UO 22', item: 'ap. 4' },
    'appropriation',
  );
  const requisition = new Map<number, LocalDate>([[sd.yearFrom, sd.firstYearRequisition as LocalDate]]);
  for (const day of yearlyDeadlines({ ...sd.laterRequisition, yearFrom: sd.yearFrom + 1, yearTo: sd.yearTo })) {
    requisition.set(Number(day.slice(0, 4)), day);
  }
  // "senast den 31 januari respektive år 2022–2025": the account of year Y is due in Y + 1.
  const account = new Map(yearlyDeadlines(sd.account).map((day) => [Number(day.slice(0, 4)) - 1, day]));
  const repayment = new Map(yearlyDeadlines(sd.repayment).map((day) => [Number(day.slice(0, 4)) - 1, day]));

  for (const name of sd.recipients) {
    const recipient =
      existing.get(name) ??
      (await w.insert(
        s.organizations,
        { name, type: name.startsWith('Region') || name.endsWith('regionen') ? 'region' : 'municipality' },
        'organization',
      ));
    for (let year = sd.yearFrom; year <= sd.yearTo; year++) {
      const progress = recipient.id === vasterbotten.id ? demoProgress(year) : {};
      await w.insert(
        s.stateAllocations,
        {
          stateDecisionId: decision.id,
          recipientOrganizationId: recipient.id,
          year,
          offeredOre: kronor(sd.perRecipientPerYearSek),
          requisitionDeadline: requisition.get(year) ?? null,
          accountDeadline: account.get(year) ?? null,
          repaymentDeadline: repayment.get(year) ?? null,
          ...progress,
        },
        'state_allocation',
      );
    }
  }
}

/** demo: Region Västerbotten requisitioned and used its allocation; 2024 left 60 000 kr unused and repaid. */
function demoProgress(year: number): Partial<typeof s.stateAllocations.$inferInsert> {
  const full = kronor(1_000_000);
  const base = {
    acceptedOn: localDate(2021, 4, 15),
    requisitionedOre: full,
    requisitionedOn: year === 2021 ? localDate(2021, 10, 20) : localDate(year, 3, 10),
    receivedOre: full,
    receivedOn: year === 2021 ? localDate(2021, 11, 30) : localDate(year, 4, 15),
  };
  if (year <= 2023) return { ...base, usedOre: full, accountedOn: localDate(year + 1, 1, 25) };
  if (year === 2024)
    return {
      ...base,
      usedOre: kronor(940_000),
      accountedOn: localDate(2025, 1, 28),
      repaidOre: kronor(60_000),
      repaidOn: localDate(2025, 2, 20),
    };
  return base;
}
