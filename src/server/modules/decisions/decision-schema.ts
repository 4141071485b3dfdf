import { z } from 'zod';
import { DECISION_AUTHORITIES, DECISION_KINDS, type Finding } from '../../../domain/index.js';
import type { Decision } from '../../db/schema/index.js';

const localDate = z.iso.date();
const ore = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** What an officer drafts. Money is öre, shares basis points (50,00 % = 5000), dates YYYY-MM-DD. */
export const decisionDraftInput = z
  .object({
    kind: z.enum(['grant', 'reject']),
    amountOre: ore.nullable().default(null),
    maxShareBp: z.number().int().min(0).max(10_000).nullable().default(null),
    approvedCostsOre: ore.nullable().default(null),
    period: z.object({ start: localDate, end: localDate }).nullable().default(null),
    legalBasis: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
    appropriationId: z.uuid().nullable().default(null),
    reasons: z.string().max(20_000).nullable().default(null),
    conditions: z.string().max(20_000).nullable().default(null),
    recipients: z.array(z.email()).max(50).default([]),
    /** The decision maker who decides (a user id); null until known. */
    decidedBy: z.uuid().nullable().default(null),
    /**
     * By what authority it is decided: 'committee' (at the meeting `meetingId`), 'delegation' (a point of
     * the delegation order in force) or 'urgent' (the chair's urgent decision, kommunallagen 6 kap. 39 §).
     * Omitted: 'committee' when a meeting is named, otherwise 'delegation'.
     */
    authority: z.enum(DECISION_AUTHORITIES).nullable().default(null),
    /** The point of the delegation order in force the decision relies on (see GET /decisions/{id}/authority). */
    delegationPointId: z.uuid().nullable().default(null),
    /** The point by its number as printed ("1.1"): it must be a point of the order in force. */
    delegationPoint: z.string().trim().min(1).max(40).nullable().default(null),
    meetingId: z.uuid().nullable().default(null),
    /** An urgent decision: why the committee's decision could not be awaited. */
    urgencyGround: z.string().trim().max(4000).nullable().default(null),
    /** An urgent decision: whom the chair consulted (e.g. the committee's presidium) … */
    urgencyConsulted: z.string().trim().max(400).nullable().default(null),
    /** … and on which day. */
    urgencyConsultedOn: localDate.nullable().default(null),
  })
  .refine((d) => d.period === null || d.period.start <= d.period.end, {
    message: 'period.end must not be before period.start',
    path: ['period', 'end'],
  });
export type DecisionDraftInput = z.infer<typeof decisionDraftInput>;

export const decisionUpdateInput = decisionDraftInput.and(z.object({ version: z.number().int().min(1) }));

export const findingView = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.object({ sv: z.string(), en: z.string() }),
  details: z.record(z.string(), z.unknown()),
});

export const decisionView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  projectId: z.uuid().nullable(),
  kind: z.enum(DECISION_KINDS),
  status: z.string(),
  amountOre: z.number().nullable(),
  maxShareBp: z.number().nullable(),
  approvedCostsOre: z.number().nullable(),
  period: z.object({ start: z.string(), end: z.string() }).nullable(),
  legalBasis: z.array(z.string()),
  appropriationId: z.uuid().nullable(),
  reasons: z.string().nullable(),
  conditions: z.string().nullable(),
  recipients: z.array(z.string()),
  decidedBy: z.uuid().nullable(),
  authority: z.enum(DECISION_AUTHORITIES).nullable(),
  delegationPointId: z.uuid().nullable(),
  delegationPoint: z.string().nullable(),
  meetingId: z.uuid().nullable(),
  urgencyGround: z.string().nullable(),
  urgencyConsulted: z.string().nullable(),
  urgencyConsultedOn: z.string().nullable(),
  reportedToMeetingOn: z.string().nullable(),
  decisionDate: z.string().nullable(),
  overrideReason: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.uuid().nullable(),
  documentId: z.uuid().nullable(),
  documentSha256: z.string().nullable(),
  version: z.number(),
});

export function toDecisionView(d: Decision): z.infer<typeof decisionView> {
  return {
    id: d.id,
    caseId: d.caseId,
    projectId: d.projectId,
    kind: d.kind,
    status: d.status,
    amountOre: d.amountOre,
    maxShareBp: d.maxShareBp,
    approvedCostsOre: d.approvedCostsOre,
    period: d.periodStart && d.periodEnd ? { start: d.periodStart, end: d.periodEnd } : null,
    legalBasis: d.legalBasis,
    appropriationId: d.appropriationId,
    reasons: d.reasons,
    conditions: d.conditions,
    recipients: d.recipients,
    decidedBy: d.decidedByUserId,
    authority: (d.authority as (typeof DECISION_AUTHORITIES)[number] | null) ?? null,
    delegationPointId: d.delegationPointId,
    delegationPoint: d.delegationPoint,
    meetingId: d.meetingId,
    urgencyGround: d.urgencyGround,
    urgencyConsulted: d.urgencyConsulted,
    urgencyConsultedOn: d.urgencyConsultedOn,
    reportedToMeetingOn: d.reportedToMeetingOn,
    decisionDate: d.decisionDate,
    overrideReason: d.overrideReason,
    approvedAt: d.approvedAt?.toISOString() ?? null,
    approvedBy: d.approvedByUserId,
    documentId: d.documentId,
    documentSha256: d.documentSha256,
    version: d.version,
  };
}

export const toFindingView = (f: Finding): z.infer<typeof findingView> => ({ ...f });
