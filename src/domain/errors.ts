/**
 * Stable error codes of the domain with their Swedish and English messages. Clients and translations key
 * on the code; the message says which rule failed and by how much, with the details filled in.
 */
export const ERROR_MESSAGES = {
  'money.invalid': { sv: 'Beloppet "{input}" kunde inte tolkas.', en: 'The amount "{input}" could not be read.' },
  'money.unsafe_integer': {
    sv: 'Beloppet {input} är inte ett heltal i öre inom säkra gränser.',
    en: 'The amount {input} is not a safe whole number of öre.',
  },
  'share.invalid': {
    sv: 'Andelen "{input}" måste vara mellan 0 och 100 %.',
    en: 'The share "{input}" must be between 0 and 100 %.',
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
    sv: 'Organisationsnumret "{input}" ska ha formen NNNNNN-NNNN.',
    en: 'The organisation number "{input}" must look like NNNNNN-NNNN.',
  },
  'org_number.checksum': {
    sv: 'Organisationsnumret "{input}" har fel kontrollsiffra: {actual}, väntad {expected}.',
    en: 'The organisation number "{input}" has a wrong check digit: {actual}, expected {expected}.',
  },
  'share.cap_exceeded': {
    sv: 'Beloppet {amount} överstiger {share} av godkända kostnader {costs} ({cap}) med {excess}.',
    en: 'The amount {amount} exceeds {share} of approved costs {costs} ({cap}) by {excess}.',
  },
  'commitment.overdrawn': {
    sv: 'Anslaget {appropriation} {year} överskrids med {excess}: budget {budget}, redan beviljat {committed}, nytt {amount}.',
    en: 'Appropriation {appropriation} {year} is overdrawn by {excess}: budget {budget}, already granted {committed}, new {amount}.',
  },
  'commitment.override_needs_reason': {
    sv: 'Ett överskridande av anslaget kräver en motivering.',
    en: 'Overdrawing the appropriation requires a stated reason.',
  },
  'workflow.transition_not_allowed': {
    sv: 'Ett ärende av typen {kind} med status {status} kan inte {event}.',
    en: 'A {kind} case in status {status} does not allow {event}.',
  },
  'activity.outside_period': {
    sv: 'Aktivitet {number} ({start} – {end}) ligger utanför projektperioden {periodStart} – {periodEnd}.',
    en: 'Activity {number} ({start} – {end}) lies outside the project period {periodStart} – {periodEnd}.',
  },
  'amendment.orphans_activity': {
    sv: 'Den nya perioden slutar {periodEnd}, men aktivitet {number} pågår till {end}.',
    en: 'The new period ends {periodEnd}, but activity {number} runs until {end}.',
  },
  'amendment.orphans_paid_costs': {
    sv: 'Den nya perioden {periodStart} – {periodEnd} utesluter redan utbetalda kostnader daterade {date}.',
    en: 'The new period {periodStart} – {periodEnd} excludes costs already paid, dated {date}.',
  },
  'split.no_weights': {
    sv: 'Beloppet kan inte fördelas: ingen part har bidragit.',
    en: 'The amount cannot be split: no party contributed.',
  },
  'split.not_multiple_of_unit': {
    sv: 'Beloppet {total} kan inte delas i hela {unit}.',
    en: 'The amount {total} cannot be split into whole units of {unit}.',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface DomainError {
  code: ErrorCode;
  message: { sv: string; en: string };
  details?: Record<string, unknown>;
}

export function interpolate(template: string, details: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in details ? String(details[key]) : whole));
}

export function domainError(code: ErrorCode, details: Record<string, unknown> = {}): DomainError {
  const m = ERROR_MESSAGES[code];
  return { code, message: { sv: interpolate(m.sv, details), en: interpolate(m.en, details) }, details };
}
