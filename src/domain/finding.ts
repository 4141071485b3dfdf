import { interpolate, type DomainError } from './errors.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding of a consistency check (docs/domain/rules.md, "Consistency checks"), with a stable code and a message in
 * both languages.
 */
export interface Finding {
  code: string;
  severity: Severity;
  message: { sv: string; en: string };
  details: Record<string, unknown>;
}

/** Messages of the findings that are not rule errors; placeholders follow errors.ts (…Ore, …Bp). */
export const FINDING_MESSAGES = {
  'total.mismatch': {
    sv: '{label} {totalOre} är inte summan av delarna, {sumOre} (skillnad {differenceOre}).',
    en: '{label} {totalOre} is not the sum of its parts, {sumOre} (difference {differenceOre}).',
  },
  'headline.mismatch': {
    sv: 'Rubriken anger "{headline}" men raderna summerar till {sumOre}, vilket avrundat blir {roundedOre}.',
    en: 'The headline says "{headline}" but the lines sum to {sumOre}, which rounds to {roundedOre}.',
  },
  'press_release.figure_mismatch': {
    sv: 'Texten anger "{figure}", vilket varken stämmer med summan av de beviljade projekten, {sumOre}, eller med något av projektens belopp.',
    en: 'The text says "{figure}", which agrees neither with the sum of the granted projects, {sumOre}, nor with any project\'s amount.',
  },
  'headline.unreadable': {
    sv: 'Rubrikbeloppet "{headline}" kunde inte tolkas.',
    en: 'The headline amount "{headline}" could not be read.',
  },
  'name.spelling': {
    sv: 'Samma person verkar stavas på två sätt: "{first}" och "{second}".',
    en: 'The same person seems to be spelled two ways: "{first}" and "{second}".',
  },
  'share.rounding_remainder': {
    sv: 'Beloppet {amountOre} överstiger {maxShareBp} av {approvedCostsOre} = {exactCapOre} med avrundningen {remainderOre}; tillåtet enligt stödgivarens avrundning (hela kronor, avrundning uppåt), men över ”högst”-andelen.',
    en: 'The amount {amountOre} exceeds {maxShareBp} of {approvedCostsOre} = {exactCapOre} by the rounding remainder {remainderOre}; allowed by the funder’s rounding (whole kronor, half up), but above the “at most” share.',
  },
  'share.single_grantor_limit': {
    sv: 'Stödandelen {maxShareBp} överstiger {limitBp} från en och samma stödgivare (förordning 2003:596 5 §); det kräver att Tillväxtverket medfinansierar.',
    en: 'The share {maxShareBp} exceeds {limitBp} from a single grantor (ordinance 2003:596 § 5); that needs co-funding by Tillväxtverket.',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type FindingCode = keyof typeof FINDING_MESSAGES;

export function finding(code: FindingCode, severity: Severity, details: Record<string, unknown>): Finding {
  const m = FINDING_MESSAGES[code];
  return {
    code,
    severity,
    message: { sv: interpolate(m.sv, details, 'sv'), en: interpolate(m.en, details, 'en') },
    details,
  };
}

/** A rule error reported as a finding: the same code and message, so checks and refusals read alike. */
export const findingFromError = (e: DomainError, severity: Severity = 'error'): Finding => ({
  code: e.code,
  severity,
  message: e.message,
  details: e.details ?? {},
});
