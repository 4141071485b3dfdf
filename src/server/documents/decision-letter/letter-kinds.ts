// The parts of a letter that depend on the decision's kind and authority: the refund table of a withdrawn
// commission, the figures of a recovery or a closure, the payment instructions, the paragraph on who had
// the power to decide (committee §, delegation point, the chair's urgent decision) and the contact person.
// Each is read from the stored decision and the rows it references, never from request input.
import { and, eq } from 'drizzle-orm';
import { formatSek, ore, sumOre, type LocalDate, type Ore } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import * as s from '../../db/schema/index.js';
import * as text from './decision-text.js';
import { reportMeetingDate } from './letter-queries.js';
import { bodyText, nonEmpty } from './letter-sections.js';

export interface RefundTable {
  rows: { party: string; contributed: Ore | null; refunded: Ore }[];
  /** Null when no party's contribution is known (the column is then left out). */
  totalContributed: Ore | null;
  totalRefunded: Ore;
}

export interface KindSections {
  /** The operative text of a withdrawal, recovery or closure (grants, amendments and rejections have theirs). */
  decisionText: string | null;
  refunds: RefundTable | null;
  /** Key figures ("Belopp att återbetala", "Förfallodag" …) as label and printed value. */
  figures: { label: string; value: string }[];
  /** How and where money is paid (a recovery, a withdrawn commission's refunds). */
  payment: string | null;
}

const numberOf = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);

/** What a withdrawal, recovery or closure letter prints beyond the common parts. */
export async function kindSections(
  db: Executor,
  decision: s.Decision,
  o: {
    kase: s.Case;
    funder: s.Funder;
    funderName: string;
    beneficiaryName: string;
    projectName: string;
    diaryNumber: string;
    appropriation: { code: string; name: string } | null;
  },
): Promise<KindSections> {
  const none: KindSections = { decisionText: null, refunds: null, figures: [], payment: null };
  const paymentDetails = nonEmpty(o.funder.paymentDetails);
  if (decision.kind === 'withdraw') {
    const refunds = await refundTableOf(db, decision);
    const remaining = decision.amountOre === null ? (refunds?.totalRefunded ?? null) : ore(decision.amountOre);
    const stated = bodyText(decision.body, 'decision');
    const refundSentence =
      remaining === null || remaining === 0
        ? ''
        : ` Återstående medel, ${formatSek(remaining)}, återbetalas parterna i proportion till deras insatser enligt tabellen nedan.`;
    return {
      ...none,
      decisionText: stated
        ? `${stated}${/återbetala/i.test(stated) ? '' : refundSentence}`
        : text.withdrawalDecisionText({ commissionTitle: o.kase.title, remaining }),
      refunds,
      payment:
        refunds && refunds.rows.length > 0
          ? [
              // The funder pays the parties here: its own payment details (how money is paid to it) do not apply.
              `${o.funderName} betalar ut återbetalningen till respektive part enligt tabellen, till det konto parten anmäler.`,
              `Ange diarienummer ${o.diaryNumber} när kontot anmäls och vid frågor om betalningen.`,
            ].join(' ')
          : null,
    };
  }
  if (decision.kind === 'recover') {
    const amount = ore(decision.amountOre ?? 0);
    const dueDate = (bodyText(decision.body, 'dueDate') as LocalDate | null) ?? null;
    const paid = numberOf(decision.body.paidOre);
    const repayment = decision.body.recoveryKind === 'repayment';
    return {
      ...none,
      decisionText: text.recoveryDecisionText({
        beneficiaryName: o.beneficiaryName,
        projectName: o.projectName,
        amount,
        dueDate,
        funderName: o.funderName,
        repayment,
      }),
      figures: [
        ...(paid !== null ? [{ label: 'Utbetalt stöd', value: formatSek(ore(paid)) }] : []),
        { label: 'Belopp att återbetala', value: formatSek(amount) },
        ...(dueDate ? [{ label: 'Att betala senast', value: dueDate }] : []),
      ],
      payment: [
        `Beloppet betalas till ${o.funderName}${dueDate ? ` senast den ${dueDate}` : ''}.`,
        ...(paymentDetails ? [paymentDetails] : []),
        // Unless the funder's payment details already say what reference to give.
        ...(paymentDetails && /diarienum/i.test(paymentDetails)
          ? []
          : [`Ange diarienummer ${o.diaryNumber} som referens.`]),
      ].join(' '),
    };
  }
  if (decision.kind === 'close') {
    const granted = numberOf(decision.body.grantedOre);
    const paid = numberOf(decision.body.paidOre);
    const released = numberOf(decision.body.releasedOre) ?? decision.amountOre;
    if (granted === null || paid === null || released === null) {
      return { ...none, decisionText: bodyText(decision.body, 'decision') ?? `Projektet ${o.projectName} avslutas.` };
    }
    const appropriation = o.appropriation ? `${o.appropriation.code} ${o.appropriation.name}`.trim() : null;
    return {
      ...none,
      decisionText: text.closureDecisionText({
        projectName: o.projectName,
        granted: ore(granted),
        paid: ore(paid),
        released: ore(released),
        appropriation,
      }),
      figures: [
        { label: 'Beviljat stöd', value: formatSek(ore(granted)) },
        { label: 'Slutligt utbetalt stöd', value: formatSek(ore(paid)) },
        {
          label: appropriation ? `Återförs till anslaget ${o.appropriation!.code}` : 'Återförs till anslaget',
          value: formatSek(ore(released)),
        },
      ],
    };
  }
  return none;
}

/**
 * The refunds of a withdrawn commission: the refund rows the approval wrote (with each party's
 * contribution to the case), or — for a draft's preview — the split the proposal carries in its body.
 */
async function refundTableOf(db: Executor, decision: s.Decision): Promise<RefundTable | null> {
  const rows = await db
    .select({ organizationId: s.refunds.organizationId, name: s.organizations.name, amountOre: s.refunds.amountOre })
    .from(s.refunds)
    .innerJoin(s.organizations, eq(s.organizations.id, s.refunds.organizationId))
    .where(eq(s.refunds.decisionId, decision.id))
    .orderBy(s.refunds.createdAt, s.refunds.id);
  let table: RefundTable['rows'];
  if (rows.length > 0) {
    const contributions = await db.select().from(s.contributions).where(eq(s.contributions.caseId, decision.caseId));
    const contributedBy = (orgId: string) => {
      const own = contributions.filter((c) => c.organizationId === orgId);
      return own.length === 0 ? null : sumOre(own.map((c) => ore(c.contributedOre)));
    };
    table = rows.map((r) => ({
      party: r.name,
      contributed: contributedBy(r.organizationId),
      refunded: ore(r.amountOre),
    }));
  } else {
    const proposed = Array.isArray(decision.body.refunds) ? (decision.body.refunds as unknown[]) : [];
    table = proposed.flatMap((r) => {
      const row = r as { organization?: unknown; contributedOre?: unknown; amountOre?: unknown };
      const amount = numberOf(row.amountOre);
      if (typeof row.organization !== 'string' || amount === null) return [];
      const contributed = numberOf(row.contributedOre);
      return [
        { party: row.organization, contributed: contributed === null ? null : ore(contributed), refunded: ore(amount) },
      ];
    });
  }
  if (table.length === 0) return null;
  const known = table.every((r) => r.contributed !== null);
  return {
    rows: table,
    totalContributed: known ? sumOre(table.map((r) => r.contributed!)) : null,
    totalRefunded: sumOre(table.map((r) => r.refunded)),
  };
}

/**
 * The paragraph on the decision's authority (decisions.authority; for decisions recorded before it was
 * kept, a meeting means the committee and a delegation point delegation): the committee at its meeting
 * with the minutes' §, the delegation point's number and text, or the chair's urgent decision with its
 * ground and consultation, and the meeting it is reported to.
 */
export async function authorityOf(
  db: Executor,
  decision: s.Decision,
  committee: string,
): Promise<{ heading: string; text: string[]; note: string | null } | null> {
  const authority =
    decision.authority ??
    (decision.meetingId ? 'committee' : decision.delegationPointId || decision.delegationPoint ? 'delegation' : null);
  const note = bodyText(decision.body, 'delegationNote');
  const reportedTo = async () =>
    (decision.reportedToMeetingOn as LocalDate | null) ?? (await reportMeetingDate(db, decision.id));
  let a: text.AuthorityText;
  if (authority === 'committee') {
    if (!decision.meetingId) return null;
    const [meeting] = await db.select().from(s.meetings).where(eq(s.meetings.id, decision.meetingId));
    const [item] = await db
      .select({ paragraph: s.agendaItems.paragraph })
      .from(s.agendaItems)
      .where(and(eq(s.agendaItems.meetingId, decision.meetingId), eq(s.agendaItems.decisionId, decision.id)));
    a = {
      kind: 'committee',
      committee: meeting?.committeeName ?? committee,
      meetingHeldOn: (meeting?.heldOn as LocalDate | undefined) ?? null,
      paragraph: item?.paragraph ?? null,
    };
  } else if (authority === 'delegation') {
    const [point] = decision.delegationPointId
      ? await db.select().from(s.delegationPoints).where(eq(s.delegationPoints.id, decision.delegationPointId))
      : [];
    const pointNumber = point?.number ?? nonEmpty(decision.delegationPoint);
    if (!pointNumber) return null;
    a = {
      kind: 'delegation',
      committee,
      pointNumber,
      pointText: nonEmpty(point?.text),
      reportedToMeetingOn: await reportedTo(),
    };
  } else if (authority === 'urgent') {
    a = {
      kind: 'urgent',
      committee,
      ground: nonEmpty(decision.urgencyGround),
      consulted: nonEmpty(decision.urgencyConsulted),
      consultedOn: (decision.urgencyConsultedOn as LocalDate | null) ?? null,
      reportedToMeetingOn: await reportedTo(),
    };
  } else {
    return null;
  }
  return { heading: text.AUTHORITY_HEADINGS[a.kind], text: text.authoritySentences(a), note };
}

/**
 * "Vid frågor kontakta": the case's officer (or whoever presented the decision, or the funder's default
 * contact) with title, telephone and e-mail, then the funder's own contact line.
 */
export async function contactLines(
  db: Executor,
  decision: s.Decision,
  o: { chain: readonly s.Case[]; funder: s.Funder },
): Promise<string[]> {
  const stated = nonEmpty(decision.contact);
  if (stated) return stated.split('\n').map((l) => l.trim());
  const candidates = [
    ...o.chain.map((c) => c.officerUserId),
    decision.presentedByUserId,
    o.funder.defaultContactUserId,
  ].filter((id): id is string => id !== null);
  let person: s.User | null = null;
  for (const id of candidates) {
    const [u] = await db.select().from(s.users).where(eq(s.users.id, id));
    if (u) {
      person = u;
      break;
    }
  }
  const personLine = person
    ? [
        person.displayName,
        nonEmpty(person.title),
        nonEmpty(person.phone) ? `tfn ${person.phone!.trim()}` : null,
        person.email,
      ]
        .filter(Boolean)
        .join(', ')
    : decision.presentedByName
      ? [decision.presentedByName, nonEmpty(decision.presentedByCapacity)].filter(Boolean).join(', ')
      : null;
  const funderLine = nonEmpty(o.funder.contact);
  return [...(personLine ? [personLine] : []), ...(funderLine ? [funderLine] : [])];
}

/** The appeal notice: the decision's own, else the funder's for the kind, else the default for the kind. */
export function appealNoticeOf(decision: s.Decision, funder: s.Funder, kind: text.LetterKind): string {
  return (
    nonEmpty(decision.appealNotice) ??
    nonEmpty(funder.appealNotices[kind]) ??
    (decision.appealable === false ? 'Beslutet kan inte överklagas.' : text.DEFAULT_APPEAL_NOTICES[kind])
  );
}
