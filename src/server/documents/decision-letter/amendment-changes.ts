// What an amendment changes, said in the letter's words, from the terms in force before and after it.
// The stored terms are the truth: the sentences are derived from them, so a letter cannot announce a
// period (or an amount) other than the one the decision actually sets.
import { addMonths, formatPercent, formatSek, type GrantTerms, type LocalDate } from '../../../domain/index.js';
import { formatPeriod, longDateInProse, swedishMonths } from './swedish-text.js';

/** n when `to` is `from` moved by n whole months under the domain's month-end rule, else null. */
function wholeMonthsBetween(from: LocalDate, to: LocalDate): number | null {
  const step = to > from ? 1 : -1;
  for (let n = step; Math.abs(n) <= 240; n += step) {
    const moved = addMonths(from, n);
    if (moved === to) return Math.abs(n);
    if (step > 0 ? moved > to : moved < to) return null;
  }
  return null;
}

function periodChanges(before: GrantTerms['period'], after: GrantTerms['period']): string[] {
  if (!after || (before && before.start === after.start && before.end === after.end)) return [];
  if (!before) return [`Att fastställa projektperioden till ${formatPeriod(after)}.`];
  const out: string[] = [];
  if (after.start !== before.start) {
    out.push(`Att ändra projektperiodens startdatum till den ${longDateInProse(after.start)}.`);
  }
  if (after.end !== before.end) {
    const months = wholeMonthsBetween(before.end, after.end);
    const by = months === null ? '' : ` med ${swedishMonths(months)},`;
    const verb = after.end > before.end ? 'förlänga' : 'förkorta';
    out.push(`Att ${verb} projektperioden${by} till den ${longDateInProse(after.end)}.`);
  }
  return out;
}

const fromTo = (before: string | null, after: string): string =>
  before ? `från ${before} till ${after}` : `till ${after}`;

/**
 * The changes from `before` (the terms in force when the amendment was decided) to `after` (those
 * terms with the amendment applied), in a fixed order: period, amount, share, costs, activity plan.
 */
export function describeAmendmentChanges(before: GrantTerms, after: GrantTerms): string[] {
  const out = periodChanges(before.period, after.period);
  if (after.amount !== null && after.amount !== before.amount) {
    out.push(
      `Att ändra beviljat stöd ${fromTo(before.amount === null ? null : formatSek(before.amount), formatSek(after.amount))}.`,
    );
  }
  if (after.maxShare !== null && after.maxShare !== before.maxShare) {
    const prior = before.maxShare === null ? null : formatPercent(before.maxShare);
    out.push(`Att ändra stödets högsta andel av godkända kostnader ${fromTo(prior, formatPercent(after.maxShare))}.`);
  }
  if (after.approvedCosts !== null && after.approvedCosts !== before.approvedCosts) {
    const prior = before.approvedCosts === null ? null : formatSek(before.approvedCosts);
    out.push(`Att ändra godkända kostnader ${fromTo(prior, formatSek(after.approvedCosts))}.`);
  }
  if (after.activityPlanId !== null && after.activityPlanId !== before.activityPlanId) {
    out.push('Att fastställa en reviderad tid- och aktivitetsplan.');
  }
  return out;
}
