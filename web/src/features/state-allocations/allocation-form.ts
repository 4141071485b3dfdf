import { formatSek, ore, parseLocalDate, parseSek } from '../../../../src/domain/index.js';
import type { Allocation, AllocationChange, Issue } from './state-allocations-api.js';
import type { StateAllocationTexts } from './texts.js';

/** The allocation form: text as typed, parsed into the API's change, and issues mapped to the fields. */

export const AMOUNT_FIELDS = ['requisitionedOre', 'receivedOre', 'usedOre', 'repaidOre'] as const;
export const DATE_FIELDS = ['acceptedOn', 'requisitionedOn', 'receivedOn', 'accountedOn', 'repaidOn'] as const;
export type FormField = (typeof AMOUNT_FIELDS)[number] | (typeof DATE_FIELDS)[number];
export type FormValues = Record<FormField, string>;

/** The order of the form: each step's amount beside its date. */
export const FORM_ORDER: FormField[] = [
  'acceptedOn',
  'requisitionedOre',
  'requisitionedOn',
  'receivedOre',
  'receivedOn',
  'usedOre',
  'accountedOn',
  'repaidOre',
  'repaidOn',
];

const amountText = (o: number | null) => (o === null ? '' : formatSek(ore(o)).replace(/\s?kr$/, ''));

export function formValues(a: Allocation): FormValues {
  return {
    acceptedOn: a.acceptedOn ?? '',
    requisitionedOre: amountText(a.requisitionedOre),
    requisitionedOn: a.requisitionedOn ?? '',
    receivedOre: amountText(a.receivedOre),
    receivedOn: a.receivedOn ?? '',
    usedOre: amountText(a.usedOre),
    accountedOn: a.accountedOn ?? '',
    repaidOre: amountText(a.repaidOre),
    repaidOn: a.repaidOn ?? '',
  };
}

/** The change to send, or the fields that could not be read. Empty means "has not happened" (null). */
export function parseForm(
  v: FormValues,
  version: number,
  t: StateAllocationTexts,
): { change: AllocationChange | null; errors: Partial<Record<FormField, string>> } {
  const errors: Partial<Record<FormField, string>> = {};
  const change: AllocationChange = { version };
  for (const f of AMOUNT_FIELDS) {
    const text = v[f].trim();
    if (text === '') change[f] = null;
    else {
      const r = parseSek(text);
      if (r.ok && r.value >= 0) change[f] = r.value;
      else errors[f] = t.amountInvalid(t[f]);
    }
  }
  for (const f of DATE_FIELDS) {
    const text = v[f].trim();
    if (text === '') change[f] = null;
    else {
      const r = parseLocalDate(text);
      if (r.ok) change[f] = r.value;
      else errors[f] = t.dateInvalid(t[f]);
    }
  }
  return { change: Object.keys(errors).length > 0 ? null : change, errors };
}

/** The domain names amounts without the unit (requisitioned); the form's fields carry it (requisitionedOre). */
export const fieldOfIssue = (issue: Issue): FormField | undefined => {
  const path = ['requisitioned', 'received', 'used', 'repaid'].includes(issue.path) ? `${issue.path}Ore` : issue.path;
  return (FORM_ORDER as string[]).includes(path) ? (path as FormField) : undefined;
};
