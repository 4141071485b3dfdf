import { z } from 'zod';
import type { Meeting } from '../../db/schema/index.js';
import { findingView } from '../decisions/decision-schema.js';
import type { PressReleaseState } from './use-cases/press-release.js';
import type { ReportEntry } from './use-cases/delegation-report.js';
import type { MeetingDecisionRow } from './meetings.repository.js';

const localDate = z.iso.date();

export const meetingParams = z.object({ id: z.uuid() });

export const planMeetingInput = z.object({
  funderId: z.uuid().optional(),
  heldOn: localDate,
  committeeName: z.string().trim().min(1).max(200).optional(),
  location: z.string().trim().max(200).optional(),
  agenda: z
    .array(z.object({ title: z.string().trim().min(1).max(500), caseId: z.uuid().optional() }))
    .max(200)
    .default([]),
});

export const meetingView = z.object({
  id: z.uuid(),
  funderId: z.uuid(),
  committeeName: z.string(),
  heldOn: localDate,
  location: z.string().nullable(),
  status: z.enum(['planned', 'held']),
  /** Who checked and signed the minutes (justerare), and the day they did. */
  adjusters: z.array(z.string()),
  adjustedOn: localDate.nullable(),
  /** Who certifies that an extract agrees with the minutes (utdragsbestyrkande). */
  certifierName: z.string().nullable(),
  certifierTitle: z.string().nullable(),
  version: z.number().int(),
});

export const meetingListItem = meetingView.extend({
  agendaItems: z.number().int(),
  decisions: z.number().int(),
});

export const toMeetingView = (m: Meeting): z.infer<typeof meetingView> => ({
  id: m.id,
  funderId: m.funderId,
  committeeName: m.committeeName,
  heldOn: m.heldOn,
  location: m.location,
  status: m.status,
  adjusters: m.adjusters,
  adjustedOn: m.adjustedOn,
  certifierName: m.certifierName,
  certifierTitle: m.certifierTitle,
  version: m.version,
});

const decisionAtMeeting = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.string(),
  caseId: z.uuid(),
  diaryNumber: z.string().nullable(),
  title: z.string(),
  ownerName: z.string(),
  amountOre: z.number().int().nullable(),
  periodStart: localDate.nullable(),
  periodEnd: localDate.nullable(),
  decisionDate: localDate.nullable(),
  paragraph: z.number().int().nullable(),
});

const reportedDecision = z.object({
  decisionId: z.uuid(),
  caseId: z.uuid(),
  diaryNumber: z.string().nullable(),
  title: z.string(),
  ownerName: z.string(),
  decisionDate: localDate,
  decidedBy: z.string().nullable(),
  capacity: z.string().nullable(),
  delegationPoint: z.string(),
  amountOre: z.number().int().nullable(),
  /** Decided before the previous report, which missed it. */
  missedEarlierReport: z.boolean(),
  /** Written to the report when the meeting is marked held. */
  pending: z.boolean(),
});

export const meetingPageView = z.object({
  meeting: meetingView.extend({ funderName: z.string() }),
  agenda: z.array(
    z.object({
      id: z.uuid(),
      position: z.number().int(),
      paragraph: z.number().int().nullable(),
      title: z.string(),
      caseId: z.uuid().nullable(),
      diaryNumber: z.string().nullable(),
      decisionId: z.uuid().nullable(),
      /** "Utdrag till": who gets an extract of this paragraph. */
      extractTo: z.array(z.string()),
    }),
  ),
  decisions: z.array(decisionAtMeeting),
  delegationReport: z.object({
    /** True once the meeting is held: the report is then the record and changes no more. */
    fixed: z.boolean(),
    items: z.array(reportedDecision),
  }),
  can: z.object({ hold: z.boolean(), editPressRelease: z.boolean(), recordMinutes: z.boolean() }),
});

export const toDecisionAtMeeting = (
  d: MeetingDecisionRow,
  paragraph: number | null,
): z.infer<typeof decisionAtMeeting> => ({
  id: d.id,
  kind: d.kind,
  status: d.status,
  caseId: d.caseId,
  diaryNumber: d.diaryNumber,
  title: d.projectName ?? d.caseTitle,
  ownerName: d.ownerName,
  amountOre: d.amountOre,
  periodStart: d.periodStart,
  periodEnd: d.periodEnd,
  decisionDate: d.decisionDate,
  paragraph,
});

export const toReportedDecision = (r: ReportEntry): z.infer<typeof reportedDecision> => ({
  decisionId: r.id,
  caseId: r.caseId,
  diaryNumber: r.diaryNumber,
  title: r.projectName ?? r.caseTitle,
  ownerName: r.ownerName,
  decisionDate: r.decidedAt,
  decidedBy: r.decidedByName,
  capacity: r.capacity,
  delegationPoint: r.delegationPoint ?? '',
  amountOre: r.amountOre,
  missedEarlierReport: r.missedEarlierReport,
  pending: r.pending,
});

const pressReleaseItem = z.object({
  position: z.number().int(),
  projectName: z.string(),
  ownerName: z.string(),
  amountOre: z.number().int(),
  amountText: z.string(),
  periodStart: localDate.nullable(),
  periodEnd: localDate.nullable(),
  periodText: z.string().nullable(),
  description: z.string().nullable(),
});

export const pressReleaseView = z.object({
  id: z.uuid().nullable(),
  meetingId: z.uuid(),
  version: z.number().int().nullable(),
  status: z.enum(['draft', 'published']),
  publishedAt: z.string().nullable(),
  title: z.string(),
  /** The total as the headline says it, rounded by the domain's rule: "25,4 miljoner kronor". */
  headlineTotal: z.string(),
  totalOre: z.number().int(),
  paragraphs: z.array(z.string()),
  listHeading: z.string(),
  items: z.array(pressReleaseItem),
  contacts: z.string().nullable(),
  /** The contact persons; publishing needs at least one, reachable by telephone or e-mail. */
  contactPersons: z.array(
    z.object({
      name: z.string(),
      title: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  /** Communications' editable intro (empty once published: it is part of `paragraphs`). */
  intro: z.string(),
  text: z.string(),
  findings: z.array(findingView),
});

export function toPressReleaseView(meetingId: string, s: PressReleaseState): z.infer<typeof pressReleaseView> {
  const r = s.release;
  return {
    id: s.row?.id ?? null,
    meetingId,
    version: s.row?.version ?? null,
    status: s.row?.publishedAt ? 'published' : 'draft',
    publishedAt: s.row?.publishedAt?.toISOString() ?? null,
    title: r.title,
    headlineTotal: r.headlineTotal,
    totalOre: r.total,
    paragraphs: r.paragraphs,
    listHeading: r.listHeading,
    items: r.items.map((it) => ({
      position: it.position,
      projectName: it.projectName,
      ownerName: it.ownerName,
      amountOre: it.amount,
      amountText: it.amountText,
      periodStart: it.periodStart,
      periodEnd: it.periodEnd,
      periodText: it.periodText,
      description: it.description,
    })),
    contacts: r.contacts,
    contactPersons: s.contactPersons.map((c) => ({
      name: c.name,
      title: c.title ?? null,
      phone: c.phone ?? null,
      email: c.email ?? null,
    })),
    intro: s.intro,
    text: r.text,
    findings: r.findings,
  };
}

const personName = z.string().trim().min(1).max(200);

/** PUT /meetings/:id/minutes: the minutes record its extracts print. */
export const recordMinutesInput = z.object({
  version: z.number().int(),
  adjusters: z.array(personName).max(10),
  adjustedOn: localDate.nullable(),
  certifierName: z.string().trim().max(200).nullable(),
  certifierTitle: z.string().trim().max(200).nullable(),
  /** Per agenda item: who gets an extract of it; items left out keep theirs. */
  extractTo: z
    .array(z.object({ agendaItemId: z.uuid(), recipients: z.array(personName).max(50) }))
    .max(200)
    .default([]),
});
export type RecordMinutesInput = z.infer<typeof recordMinutesInput>;

export const savePressReleaseInput = z.object({
  version: z.number().int().nullable(),
  intro: z.string().max(10_000),
  contacts: z.string().max(2_000).nullable().default(null),
  /** The release's contact persons; left out, they stay as stored. */
  contactPersons: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(200),
        title: z.string().trim().max(200).nullable().optional(),
        phone: z
          .string()
          .trim()
          .max(40)
          .regex(/^(\+?[0-9][0-9 ()-]{4,})?$/)
          .nullable()
          .optional(),
        email: z
          .union([z.email().max(254), z.literal('')])
          .nullable()
          .optional(),
      }),
    )
    .max(10)
    .optional(),
});
