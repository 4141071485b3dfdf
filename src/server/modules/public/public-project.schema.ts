import { z } from 'zod';
import { basisPoints, basisPointsToPercent, ore, oreToKronor } from '../../../domain/index.js';
import { OWNER_TYPES, type PublicProjectRow } from './public.repository.js';
import type { PublicProjectDetail } from './public-project.repository.js';

// Money inside is öre and shares basis points; the public API speaks kronor and percent
// (docs/domain/public-contracts.md, "Units: kronor and percent").
const sek = (o: number | null): number | null => (o === null ? null : oreToKronor(ore(o)));
const percent = (bp: number | null): number | null => (bp === null ? null : basisPointsToPercent(basisPoints(bp)));

/** One project of the public list: the fixed contract of docs/domain/public-contracts.md, "The public project list". */
export const publicProject = z.object({
  id: z.string().uuid(),
  name: z.string(),
  acronym: z.string().nullable(),
  owner: z.string().describe('Projektägare / beneficiary'),
  ownerOrgNumber: z.string().nullable().describe('Organisationsnummer NNNNNN-NNNN'),
  amountSek: z.number().describe('Beviljat belopp i kronor (beslutet i kraft) / granted amount in SEK'),
  maxSharePercent: z.number().nullable().describe('Högst andel av godkända kostnader, procent'),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  status: z.string(),
});

export function toPublicProject(row: PublicProjectRow): z.infer<typeof publicProject> {
  return {
    id: row.id,
    name: row.name,
    acronym: row.acronym,
    owner: row.owner,
    ownerOrgNumber: row.ownerOrgNumber,
    amountSek: oreToKronor(ore(row.grantedOre)),
    maxSharePercent: percent(row.maxShareBp),
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    status: row.status,
  };
}

const decision = z.object({
  kind: z.enum(['grant', 'amend']).describe('Beslut om stöd eller ändringsbeslut / grant or amendment'),
  decisionDate: z.string().nullable(),
  diaryNumber: z.string().nullable(),
  decidedBy: z.string().nullable().describe('Beslutsfattare som beslutet anger / the decision maker it names'),
  capacity: z.string().nullable(),
  authority: z
    .enum(['committee', 'delegation', 'urgent'])
    .nullable()
    .describe(
      'Nämnden vid sammanträde, på delegation eller ordförandens brådskande beslut / committee, delegation or the chair’s urgent decision',
    ),
  delegationPoint: z.string().nullable(),
  meetingDate: z.string().nullable(),
  amountSek: z.number().nullable().describe('Belopp som beslutet anger (null: oförändrat) / amount it states'),
  maxSharePercent: z.number().nullable(),
  approvedCostsSek: z.number().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  legalBasis: z.array(z.string()),
  changes: z.string().nullable(),
});

export const publicProjectDetail = z.object({
  id: z.string().uuid(),
  name: z.string(),
  acronym: z.string().nullable(),
  summary: z.string().nullable(),
  description: z.string().nullable(),
  purpose: z.string().nullable(),
  goals: z.string().nullable(),
  status: z.string(),
  owner: z.object({ name: z.string(), orgNumber: z.string().nullable(), type: z.enum(OWNER_TYPES) }),
  funder: z.object({ name: z.string(), committeeName: z.string() }),
  amountSek: z.number().describe('Beviljat belopp enligt beslutet i kraft / granted amount in force'),
  maxSharePercent: z.number().nullable(),
  approvedCostsSek: z.number().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  priority: z.object({ code: z.string(), title: z.string() }).nullable(),
  programme: z.object({ name: z.string(), fund: z.string().nullable() }).nullable(),
  municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
  activities: z
    .array(
      z.object({
        number: z.string(),
        title: z.string(),
        start: z.string().nullable(),
        end: z.string().nullable(),
        costSek: z.number().nullable(),
      }),
    )
    .describe('Tid- och aktivitetsplanen i kraft / the activity plan in force'),
  decisions: z.array(decision).describe('Beslut i kraft, äldst först / decisions in force, oldest first'),
});

export type PublicProjectDetailBody = z.infer<typeof publicProjectDetail>;

export function toPublicProjectDetail(p: PublicProjectDetail): PublicProjectDetailBody {
  return {
    id: p.id,
    name: p.name,
    acronym: p.acronym,
    summary: p.summary,
    description: p.description,
    purpose: p.purpose,
    goals: p.goals,
    status: p.status,
    owner: { ...p.owner, type: p.owner.type as PublicProjectDetailBody['owner']['type'] },
    funder: p.funder,
    amountSek: oreToKronor(ore(p.grantedOre)),
    maxSharePercent: percent(p.maxShareBp),
    approvedCostsSek: sek(p.approvedCostsOre),
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    priority: p.priority,
    programme: p.programme,
    municipalities: p.municipalities,
    activities: p.activities.map((a) => ({
      number: a.number,
      title: a.title,
      start: a.startDate,
      end: a.endDate,
      costSek: sek(a.costOre),
    })),
    decisions: p.decisions.map((d) => ({
      kind: d.kind,
      decisionDate: d.decisionDate,
      diaryNumber: d.diaryNumber,
      decidedBy: d.decidedBy,
      capacity: d.capacity,
      authority: d.authority as 'committee' | 'delegation' | 'urgent' | null,
      delegationPoint: d.delegationPoint,
      meetingDate: d.meetingDate,
      amountSek: sek(d.amountOre),
      maxSharePercent: percent(d.maxShareBp),
      approvedCostsSek: sek(d.approvedCostsOre),
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      legalBasis: d.legalBasis,
      changes: d.changes,
    })),
  };
}
