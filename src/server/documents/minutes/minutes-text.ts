// The sentences of a minutes extract (protokollsutdrag), in the committee's voice: "Regionala
// utvecklingsnämnden beslutar att bevilja …". Pure; amounts and shares through the domain's formatters.
import { formatPercent, formatSek, type BasisPoints, type LocalDate, type Ore } from '../../../domain/index.js';
import { formatPeriod } from '../decision-letter/swedish-text.js';

export interface MinutesDecision {
  kind: string;
  ownerName: string;
  projectName: string;
  amount: Ore | null;
  maxShare: BasisPoints | null;
  approvedCosts: Ore | null;
  periodStart: LocalDate | null;
  periodEnd: LocalDate | null;
  /** The operative text as drafted, for kinds without a sentence of their own. */
  decisionText: string | null;
}

/** "att bevilja Region Västerbotten 2 491 478 kr för projektet … för projektperioden 2023-03-01 - 2026-02-28." */
export function minutesDecisionClause(d: MinutesDecision): string {
  const period =
    d.periodStart && d.periodEnd
      ? ` för projektperioden ${formatPeriod({ start: d.periodStart, end: d.periodEnd })}`
      : '';
  if (d.kind === 'grant' && d.amount !== null) {
    const cap =
      d.maxShare === null
        ? ''
        : `, dock högst ${formatPercent(d.maxShare)} av godkända kostnader${d.approvedCosts === null ? '' : ` uppgående till ${formatSek(d.approvedCosts)}`}`;
    return `att bevilja ${d.ownerName} ${formatSek(d.amount)}${cap} för projektet ${d.projectName}${period}.`;
  }
  if (d.kind === 'reject') return `att avslå ansökan från ${d.ownerName} om stöd till projektet ${d.projectName}.`;
  const text = d.decisionText?.trim();
  if (text) return /^att /i.test(text) ? text : `att ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  return `att fatta beslut i ärendet ${d.projectName} enligt förslaget.`;
}

export const DELEGATION_REPORT_CLAUSE = 'att lägga redovisningen av delegationsbesluten till handlingarna.';

/**
 * The certification of every extract (utdragsbestyrkande): that it agrees with the minutes, and — once
 * they are checked and signed electronically — why it carries no handwritten signature. A legal text: it
 * names the funder's minutes, never the system that keeps them.
 */
export const extractNote = (funderName: string, adjusted: boolean): string =>
  adjusted
    ? `Utdraget överensstämmer med ${funderName}s protokoll. Protokollet är justerat elektroniskt och utdraget saknar därför namnunderskrift.`
    : `Utdraget överensstämmer med ${funderName}s protokoll.`;
