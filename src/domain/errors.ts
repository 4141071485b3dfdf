import { basisPoints, formatPercent, formatSek, ore } from './money.js';

/**
 * Stable error codes of the domain with their Swedish and English messages. Clients and translations key
 * on the code; the message says which rule failed and by how much. Placeholders name the details:
 * a detail whose name ends in `Ore` is shown as kronor ("494 611 kr"), one ending in `Bp` as a share
 * ("50,00 %"), so `details` keep the raw numbers for machines while people read formatted text.
 */
export const ERROR_MESSAGES = {
  'money.invalid': {
    sv: 'Beloppet "{input}" kunde inte tolkas. Skriv t.ex. 5 505 389 kr, 5,5 miljoner eller 745 tkr.',
    en: 'The amount "{input}" could not be read. Write e.g. 5 505 389 kr, 5,5 miljoner or 745 tkr.',
  },
  'money.fraction_of_ore': {
    sv: 'Beloppet "{input}" har fler decimaler än hela ören.',
    en: 'The amount "{input}" has more decimals than whole öre.',
  },
  'money.unsafe_integer': {
    sv: 'Beloppet "{input}" är för stort för att räknas exakt i öre.',
    en: 'The amount "{input}" is too large to be counted exactly in öre.',
  },
  'share.invalid': {
    sv: 'Andelen "{input}" ska vara mellan 0 och 100 % med högst två decimaler.',
    en: 'The share "{input}" must be between 0 and 100 % with at most two decimals.',
  },
  'split.no_weights': {
    sv: 'Beloppet {totalOre} kan inte fördelas: ingen part har bidragit.',
    en: 'The amount {totalOre} cannot be split: no party contributed.',
  },
  'split.not_multiple_of_unit': {
    sv: 'Beloppet {totalOre} kan inte delas i hela poster om {unitOre}.',
    en: 'The amount {totalOre} cannot be split into whole units of {unitOre}.',
  },
  'date.invalid': {
    sv: 'Datumet "{input}" är inte ett giltigt datum (ÅÅÅÅ-MM-DD).',
    en: 'The date "{input}" is not a valid date (YYYY-MM-DD).',
  },
  'period.inverted': {
    sv: 'Perioden börjar {start} men slutar {end}, före starten.',
    en: 'The period starts {start} but ends {end}, before it starts.',
  },
  'org_number.format': {
    sv: 'Organisationsnumret "{input}" ska ha formen NNNNNN-NNNN (tio siffror).',
    en: 'The organisation number "{input}" must look like NNNNNN-NNNN (ten digits).',
  },
  'org_number.checksum': {
    sv: 'Organisationsnumret "{input}" har fel kontrollsiffra: {actual}, men den ska vara {expected}.',
    en: 'The organisation number "{input}" has the wrong check digit: {actual}, but it should be {expected}.',
  },
  'share.cap_exceeded': {
    sv: 'Beloppet {amountOre} överstiger {maxShareBp} av godkända kostnader {approvedCostsOre} (avrundat {capOre}) med {excessOre}.',
    en: 'The amount {amountOre} exceeds {maxShareBp} of approved costs {approvedCostsOre} (rounded {capOre}) by {excessOre}.',
  },
  'advance.exceeds_limit': {
    sv: 'Förskottet {requestedOre} överstiger det högsta tillåtna, {limitOre} ({maxShareOfGrantBp} av stödet {grantAmountOre}, dock högst {maxAmountOre}), med {excessOre}.',
    en: 'The advance {requestedOre} exceeds the maximum, {limitOre} ({maxShareOfGrantBp} of the grant {grantAmountOre}, at most {maxAmountOre}), by {excessOre}.',
  },
  'commitment.overdrawn': {
    sv: 'Anslaget{where} överskrids med {excessOre}: årsbudget {budgetOre}, redan beviljat {committedOre}, nytt beslut {amountOre}.',
    en: 'The appropriation{where} is overdrawn by {excessOre}: year budget {budgetOre}, already granted {committedOre}, new decision {amountOre}.',
  },
  'commitment.override_needs_reason': {
    sv: 'Att överskrida anslaget med {excessOre} kräver en skriftlig motivering.',
    en: 'Overdrawing the appropriation by {excessOre} requires a written reason.',
  },
  'workflow.transition_not_allowed': {
    sv: 'Ett ärende av typen {kindLabel} med status {statusLabel} tillåter inte händelsen {eventLabel}.',
    en: 'A case of kind {kindLabel} in status {statusLabel} does not allow the event {eventLabel}.',
  },
  'activity.outside_period': {
    sv: 'Aktivitet {number} ({start} – {end}) ligger utanför projektperioden {periodStart} – {periodEnd}.',
    en: 'Activity {number} ({start} – {end}) lies outside the project period {periodStart} – {periodEnd}.',
  },
  'activity.inverted': {
    sv: 'Aktivitet {number} börjar {start} men slutar {end}, före starten.',
    en: 'Activity {number} starts {start} but ends {end}, before it starts.',
  },
  'amendment.orphans_activity': {
    sv: 'Den nya perioden {periodStart} – {periodEnd} lämnar aktivitet {number} ({start} – {end}) utanför.',
    en: 'The new period {periodStart} – {periodEnd} leaves activity {number} ({start} – {end}) outside.',
  },
  'amendment.orphans_paid_costs': {
    sv: 'Den nya perioden {periodStart} – {periodEnd} utesluter redan utbetalda kostnader daterade {date}.',
    en: 'The new period {periodStart} – {periodEnd} excludes costs already paid, dated {date}.',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

export interface DomainError {
  code: ErrorCode;
  message: { sv: string; en: string };
  details?: Record<string, unknown>;
}

export type Language = 'sv' | 'en';

const isLocalized = (v: unknown): v is { sv: string; en: string } =>
  typeof v === 'object' && v !== null && 'sv' in v && 'en' in v;

/** How a detail reads in a message; see the naming convention above. */
export function displayDetail(key: string, value: unknown, lang: Language): string {
  if (isLocalized(value)) return value[lang];
  if (typeof value === 'number' && key.endsWith('Ore')) return formatSek(ore(value));
  if (typeof value === 'number' && key.endsWith('Bp')) return formatPercent(basisPoints(value));
  if (Array.isArray(value)) return value.map((v) => displayDetail(key, v, lang)).join(', ');
  return String(value);
}

/** Fills `{name}` from details; an unknown placeholder is left as it is so that a missing detail shows. */
export function interpolate(template: string, details: Record<string, unknown>, lang: Language = 'sv'): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in details ? displayDetail(key, details[key], lang) : whole,
  );
}

export function domainError(code: ErrorCode, details: Record<string, unknown> = {}): DomainError {
  const m = ERROR_MESSAGES[code];
  return { code, message: { sv: interpolate(m.sv, details, 'sv'), en: interpolate(m.en, details, 'en') }, details };
}
