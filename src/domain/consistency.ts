import type { Period } from './calendar.js';
import { checkShareCap } from './cofinancing.js';
import { checkActivitiesInPeriod, type PlannedActivity } from './decisions.js';
import { formatPercent, formatSek, ore, parseSekDetailed, sumOre, type BasisPoints, type Ore } from './money.js';

/** A finding of a consistency check (SPEC §3.10), with a stable code and a message in both languages. */
export interface Finding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: { sv: string; en: string };
  details: Record<string, unknown>;
}

const finding = (
  code: string,
  severity: Finding['severity'],
  sv: string,
  en: string,
  details: Record<string, unknown>,
): Finding => ({
  code,
  severity,
  message: { sv, en },
  details,
});

/** A stated total must equal the sum of its parts. */
export function checkSumOfParts(total: Ore, parts: readonly Ore[], what = 'totalen'): Finding[] {
  const sum = sumOre(parts);
  if (sum === total) return [];
  return [
    finding(
      'total.mismatch',
      'error',
      `${what} ${formatSek(total)} är inte summan av delarna, ${formatSek(sum)} (skillnad ${formatSek(ore(total - sum))}).`,
      `The total ${formatSek(total)} is not the sum of its parts, ${formatSek(sum)} (difference ${formatSek(ore(total - sum))}).`,
      { total, sum, difference: total - sum },
    ),
  ];
}

/**
 * A headline figure such as "25,5 miljoner" is a rounded number: it is consistent when the sum of the lines,
 * rounded to the headline's own precision (here 0,1 miljon), gives the same figure. The seed press release's
 * eight grants sum to 25 421 501 kr — 25,4 miljoner, not 25,5.
 */
export function checkHeadlineTotal(headline: string, parts: readonly Ore[]): Finding[] {
  const parsed = parseSekDetailed(headline);
  if (!parsed.ok) {
    return [
      finding(
        'headline.unreadable',
        'warning',
        `Rubrikbeloppet "${headline}" kunde inte tolkas.`,
        `The headline amount "${headline}" could not be read.`,
        { headline },
      ),
    ];
  }
  const sum = sumOre(parts);
  const stepOre = BigInt(parsed.value.unitSek * 100) / 10n ** BigInt(parsed.value.decimals);
  const step = stepOre > 0n ? stepOre : 1n;
  const rounded = ((BigInt(sum) * 2n + step) / (2n * step)) * step;
  if (rounded === BigInt(parsed.value.ore)) return [];
  return [
    finding(
      'headline.mismatch',
      'warning',
      `Rubriken anger "${headline}" men raderna summerar till ${formatSek(sum)}, vilket avrundat blir ${formatSek(ore(Number(rounded)))}.`,
      `The headline says "${headline}" but the lines sum to ${formatSek(sum)}, which rounds to ${formatSek(ore(Number(rounded)))}.`,
      { headline, headlineOre: parsed.value.ore, sum, roundedSum: Number(rounded) },
    ),
  ];
}

function normalizeName(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ') // party or role in parentheses: "(S)"
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/**
 * The same person spelled two ways ("Richard Carstedt" and "Rickard Carstedt" in seed 000): two full names
 * that differ by one or two letters, ignoring case, accents, extra spaces and a party in parentheses.
 */
export function checkNameSpellings(names: readonly string[]): Finding[] {
  const spellings = new Map<string, string>();
  for (const n of names) {
    const key = normalizeName(n);
    if (key.split(' ').length >= 2 && !spellings.has(key)) spellings.set(key, n.replace(/\s+/g, ' ').trim());
  }
  const keys = [...spellings.keys()];
  const out: Finding[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const d = levenshtein(keys[i]!, keys[j]!);
      if (d >= 1 && d <= 2) {
        const [a, b] = [spellings.get(keys[i]!)!, spellings.get(keys[j]!)!];
        out.push(
          finding(
            'name.spelling',
            'warning',
            `Samma person stavas på två sätt: "${a}" och "${b}".`,
            `The same person is spelled two ways: "${a}" and "${b}".`,
            {
              spellings: [a, b],
            },
          ),
        );
      }
    }
  }
  return out;
}

/** The share cap as a finding: info for an allowed rounding remainder, error when exceeded. */
export function checkShareCapFinding(input: { amount: Ore; maxShare: BasisPoints; approvedCosts: Ore }): Finding[] {
  const c = checkShareCap(input);
  const base = `${formatPercent(input.maxShare)} av ${formatSek(input.approvedCosts)}`;
  const baseEn = `${formatPercent(input.maxShare)} of ${formatSek(input.approvedCosts)}`;
  const exact = `${formatSek(c.exactCap.ore)}`;
  if (c.status === 'exceeded') {
    return [
      finding(
        'share.cap_exceeded',
        'error',
        `Beloppet ${formatSek(input.amount)} överstiger ${base} (${formatSek(c.roundedCap)}) med ${formatSek(c.excess)}.`,
        `The amount ${formatSek(input.amount)} exceeds ${baseEn} (${formatSek(c.roundedCap)}) by ${formatSek(c.excess)}.`,
        { ...c },
      ),
    ];
  }
  if (c.status === 'rounding_remainder') {
    return [
      finding(
        'share.rounding_remainder',
        'info',
        `Beloppet ${formatSek(input.amount)} överstiger ${base} = ${exact} med avrundningen ${formatSek(c.remainder)}; tillåtet.`,
        `The amount ${formatSek(input.amount)} exceeds ${baseEn} = ${exact} by the rounding remainder ${formatSek(c.remainder)}; allowed.`,
        { ...c },
      ),
    ];
  }
  return [];
}

/** Activities outside the project period, as findings. */
export function checkActivitiesFinding(p: Period, activities: readonly PlannedActivity[]): Finding[] {
  return checkActivitiesInPeriod(p, activities).map((e) => ({
    code: e.code,
    severity: 'error' as const,
    message: e.message,
    details: e.details ?? {},
  }));
}

/** A stated activity-plan total must equal the sum of the activities' costs (unknown costs count as 0). */
export function checkActivityCosts(statedTotal: Ore, activities: readonly PlannedActivity[]): Finding[] {
  return checkSumOfParts(
    statedTotal,
    activities.map((a) => a.cost ?? ore(0)),
    'Aktivitetsplanens total',
  ).map((f) => ({ ...f, code: 'activities.cost_mismatch' }));
}

export interface DecisionForChecks {
  amount?: Ore | null;
  maxShare?: BasisPoints | null;
  approvedCosts?: Ore | null;
  period?: Period | null;
  activities?: readonly PlannedActivity[];
  activitiesTotal?: Ore | null;
  /** Every personal name that occurs in the decision (decided by, presenter, signatures …). */
  names?: readonly string[];
}

/** Runs every check that applies to a decision-shaped object (SPEC §3.10). */
export function checkDecisionConsistency(d: DecisionForChecks): Finding[] {
  const out: Finding[] = [];
  if (d.amount != null && d.maxShare != null && d.approvedCosts != null) {
    out.push(...checkShareCapFinding({ amount: d.amount, maxShare: d.maxShare, approvedCosts: d.approvedCosts }));
  }
  if (d.period && d.activities) out.push(...checkActivitiesFinding(d.period, d.activities));
  if (d.activitiesTotal != null && d.activities) out.push(...checkActivityCosts(d.activitiesTotal, d.activities));
  if (d.names) out.push(...checkNameSpellings(d.names));
  return out;
}
