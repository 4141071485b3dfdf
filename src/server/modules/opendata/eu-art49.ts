import { basisPointsToPercent, basisPoints, nuts2Regions, ore, oreToKronor } from '../../../domain/index.js';
import { csvOf, type CsvValue } from './csv.js';
import type { PublishedGrant } from './opendata.repository.js';
import { appropriationLabel, grantDescription, grantIdentifiers } from './three-sixty-giving.js';

/**
 * The list of operations of Regulation (EU) 2021/1060 Art. 49(3), one row per published grant, with the
 * columns of shared/standards/eu-2021-1060-art49 in the regulation's order, then Bidra's own columns
 * that say where a value came from. Every row has every column. How each one is filled, and why some
 * stay empty, is in docs/open-data.md:
 * - (b) natural persons and (c) fishing vessels: Bidra's beneficiaries are organisations, so empty.
 * - Which operations: only those linked to an EU programme with a fund (Art. 49 concerns operations
 *   supported by the funds); a grant of the funder's own money is not listed.
 * - (h) the total cost: the approved costs of the decision in force; without them the approved budget,
 *   then the costs of the activity plan in force (`total_cost_basis` names which); without any of them
 *   it is empty ('unknown'): the grant is not the operation's total cost. EUR is empty: Bidra holds no
 *   exchange rate, and a guessed one would be a false figure.
 * - (i) fund: the EU fund of the programme the project co-finances; empty for the funder's own money.
 * - (j) specific objective, (k) Union co-financing rate, (n) type of intervention: they belong to the EU
 *   programme's decision (by its managing authority), which Bidra does not hold; empty, never guessed.
 * - (l) location: the municipalities the project covers, else the beneficiary's seat; country SE.
 * - (m) NUTS 2: the regions of those municipalities.
 */

type Column = { header: string; value: (r: Art49Record) => CsvValue };
interface Art49Record {
  g: PublishedGrant;
  code: string;
}

export type TotalCostBasis = 'approved_costs' | 'approved_budget' | 'activity_plan' | 'unknown';

/**
 * The operation's total cost in öre, from the most authoritative figure Bidra holds, and which it was;
 * null when none is held (never the grant in its place: the grant is only the funder's share).
 */
export function totalCost(g: PublishedGrant): { ore: number | null; basis: TotalCostBasis } {
  if (g.approvedCostsOre !== null) return { ore: g.approvedCostsOre, basis: 'approved_costs' };
  if (g.budgetTotalOre !== null && g.budgetTotalOre > 0) return { ore: g.budgetTotalOre, basis: 'approved_budget' };
  if (g.activityPlanCostOre !== null && g.activityPlanCostOre > 0) {
    return { ore: g.activityPlanCostOre, basis: 'activity_plan' };
  }
  return { ore: null, basis: 'unknown' };
}

/** An operation of Art. 49(3): linked to an EU programme with a fund. */
export const isEuOperation = (g: PublishedGrant): boolean => Boolean(g.programme?.fund);

function purposeAndAchievements(g: PublishedGrant): string {
  const purpose = g.purpose?.trim() || grantDescription(g);
  const goals = g.goals?.trim();
  return goals ? `${purpose} Mål: ${goals}` : purpose;
}

function places(g: PublishedGrant): { names: string; codes: string[] } {
  if (g.municipalities.length > 0) {
    return { names: g.municipalities.map((m) => m.name).join('; '), codes: g.municipalities.map((m) => m.code) };
  }
  const seat = g.owner.municipalityCode;
  return seat ? { names: g.owner.municipalityName ?? seat, codes: [seat] } : { names: '', codes: [] };
}

const kronorOf = (o: number) => oreToKronor(ore(o));

export const ART49_COLUMNS: readonly Column[] = [
  { header: 'operation_code', value: (r) => r.code },
  { header: 'beneficiary_name', value: (r) => r.g.owner.name },
  { header: 'beneficiary_person', value: () => '' },
  { header: 'fleet_register_id', value: () => '' },
  { header: 'operation_name', value: (r) => r.g.name },
  { header: 'purpose_and_achievements', value: (r) => purposeAndAchievements(r.g) },
  { header: 'start_date', value: (r) => r.g.periodStart },
  { header: 'end_date', value: (r) => r.g.periodEnd },
  { header: 'total_cost_eur', value: () => '' },
  {
    header: 'total_cost_sek',
    value: (r) => {
      const cost = totalCost(r.g).ore;
      return cost === null ? '' : kronorOf(cost);
    },
  },
  { header: 'fund', value: (r) => r.g.programme?.fund ?? '' },
  { header: 'specific_objective', value: () => '' },
  { header: 'union_cofinancing_rate', value: () => '' },
  { header: 'location', value: (r) => places(r.g).names },
  { header: 'country', value: () => 'SE' },
  { header: 'nuts2', value: (r) => nuts2Regions(places(r.g).codes).join('; ') },
  { header: 'intervention_type', value: () => '' },
  // Bidra's own columns: the source of the figures above and what the funder itself decided.
  { header: 'beneficiary_org_number', value: (r) => r.g.owner.orgNumber ?? '' },
  { header: 'diary_number', value: (r) => r.g.diaryNumber ?? '' },
  {
    header: 'external_case_ids',
    value: (r) => r.g.externalIds.map((x) => `${x.system} ${x.externalId}`).join('; '),
  },
  { header: 'total_cost_basis', value: (r) => totalCost(r.g).basis },
  { header: 'funder_name', value: (r) => r.g.funder.name },
  { header: 'decision_date', value: (r) => r.g.awardDate },
  { header: 'granted_amount_sek', value: (r) => kronorOf(r.g.grantedOre) },
  {
    header: 'funder_max_share_percent',
    value: (r) => (r.g.maxShareBp === null ? '' : basisPointsToPercent(basisPoints(r.g.maxShareBp))),
  },
  { header: 'appropriation', value: (r) => (r.g.appropriation ? appropriationLabel(r.g.appropriation) : '') },
  { header: 'programme', value: (r) => r.g.programme?.name ?? '' },
  { header: 'programme_cci', value: (r) => r.g.programme?.cci ?? '' },
  { header: 'strategy_priority', value: (r) => (r.g.priority ? `${r.g.priority.code} ${r.g.priority.title}` : '') },
  { header: 'municipality_codes', value: (r) => r.g.municipalities.map((m) => m.code).join('; ') },
];

export function euArt49Csv(grants: readonly PublishedGrant[]): string {
  const ids = grantIdentifiers(grants);
  return csvOf(
    ART49_COLUMNS,
    grants.filter(isEuOperation).map((g) => ({ g, code: ids.get(g.projectId)! })),
  );
}
