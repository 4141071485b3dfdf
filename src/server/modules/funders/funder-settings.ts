import { formatDiaryNumber, parseOrgNumber, type ShareCapRounding } from '../../../domain/index.js';
import type { Funder, Organization } from '../../db/schema/index.js';
import type { Localized } from '../../errors.js';
import { isValidEmailAddress } from '../../mail/outbox.js';
import type { Issues } from './funder-problems.js';
import { blankToNull, requiredText } from './funder-problems.js';

/**
 * A funder's settings as one flat record: what the settings page edits, what every saved version keeps
 * (funder_settings_versions.settings) and what the version history compares. Name, number and letterhead
 * live on the funder's organisation row; the rest on the funder row.
 */
export interface FunderSettings {
  name: string;
  orgNumber: string;
  postalAddress: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  committeeName: string;
  diaryNumberFormat: string;
  delegationLimitOre: number | null;
  standardConditions: string | null;
  defaultContactUserId: string | null;
  /**
   * How money is paid to the funder (refunds of a withdrawn commission, recoveries), as withdrawal and
   * recovery letters print it, e.g. "Bankgiro 5050-0347. Ange diarienumret som referens."
   */
  paymentDetails: string | null;
  /** The appeal notice per decision kind; null = the letter's default for that kind. */
  appealNotices: AppealNotices;
  /** The grants desk as letters print it ("projektmedel@region.se, 090-16 00 00"). */
  contact: string | null;
  /**
   * How "högst N procent" of approved costs is rounded to whole kronor when a grant is checked: 'down'
   * (the default; a grant never exceeds the share) or 'half_up' (allowed up to the rounded krona, shown
   * as a warning). The delegation limit above no longer decides anything: the delegation order does.
   */
  shareCapRounding: ShareCapRounding;
}

export const SETTINGS_FIELDS = [
  'name',
  'orgNumber',
  'postalAddress',
  'phone',
  'email',
  'website',
  'committeeName',
  'diaryNumberFormat',
  'delegationLimitOre',
  'standardConditions',
  'defaultContactUserId',
  'paymentDetails',
  'appealNotices',
  'contact',
  'shareCapRounding',
] as const satisfies readonly (keyof FunderSettings)[];

/**
 * The decision kinds a letter is written for, each with its own appeal notice (funders.appeal_notices).
 * A decision may still carry its own notice (decisions.appeal_notice), which the letter prefers; with
 * neither, the letter prints the default for the kind (DEFAULT_APPEAL_NOTICES).
 */
export const APPEAL_KINDS = ['grant', 'reject', 'amend', 'withdraw', 'recover', 'close'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];
export type AppealNotices = Record<AppealKind, string | null>;

/**
 * The kinds the single `appealNotice` of earlier versions of the API applies to (kept for compatibility:
 * reading it gives the grant's notice, saving it sets grant, amendment and rejection alike).
 */
export const LEGACY_APPEAL_NOTICE_KINDS = ['grant', 'amend', 'reject'] as const;

export function appealNoticesOf(funder: Funder): AppealNotices {
  const stored = funder.appealNotices;
  return Object.fromEntries(APPEAL_KINDS.map((k) => [k, blankToNull(stored[k])])) as AppealNotices;
}

/** The one notice of the older API: the grant's, else the first of amendment and rejection that has one. */
export const legacyAppealNotice = (notices: AppealNotices): string | null =>
  LEGACY_APPEAL_NOTICE_KINDS.map((k) => notices[k]).find((n) => n) ?? null;

export function settingsOf(funder: Funder, org: Organization): FunderSettings {
  return {
    name: org.name,
    orgNumber: org.orgNumber ?? '',
    postalAddress: org.postalAddress,
    phone: org.phone,
    email: org.email,
    website: org.website,
    committeeName: funder.committeeName,
    diaryNumberFormat: funder.diaryNumberFormat,
    delegationLimitOre: funder.delegationLimitOre,
    standardConditions: funder.standardConditions,
    defaultContactUserId: funder.defaultContactUserId,
    paymentDetails: funder.paymentDetails,
    appealNotices: appealNoticesOf(funder),
    contact: funder.contact,
    shareCapRounding: funder.shareCapRounding as ShareCapRounding,
  };
}

/** The names of the settings that differ between two versions, in the order the page shows them. */
export function changedFields(before: Partial<FunderSettings> | null, after: Partial<FunderSettings>): string[] {
  if (!before) return [];
  return SETTINGS_FIELDS.filter((f) => !sameSetting(before[f], after[f]));
}

/** Equal settings values; a record (the appeal notices) is equal when each of its entries is, absent = null. */
function sameSetting(a: unknown, b: unknown): boolean {
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isRecord(a) || isRecord(b)) {
    const x = isRecord(a) ? a : {};
    const y = isRecord(b) ? b : {};
    return [...new Set([...Object.keys(x), ...Object.keys(y)])].every((k) => (x[k] ?? null) === (y[k] ?? null));
  }
  return (a ?? null) === (b ?? null);
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN_PLACEHOLDER = /^(year|seq(:\d{1,2})?)$/;

/**
 * The problem with a diary-number format, or null when it can number cases: the domain must be able to
 * render it, and it must name the year because sequence numbers start again each year while diary
 * numbers stay unique within the funder.
 */
export function diaryNumberFormatProblem(format: string): Localized | null {
  const unknown = [...format.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((p) => !KNOWN_PLACEHOLDER.test(p));
  if (unknown.length > 0) {
    return {
      sv: `Formatet innehåller {${unknown[0]}}, som inte finns. Använd {year} för året och {seq} (eller t.ex. {seq:3}) för löpnumret.`,
      en: `The format contains {${unknown[0]}}, which does not exist. Use {year} for the year and {seq} (or e.g. {seq:3}) for the sequence number.`,
    };
  }
  try {
    formatDiaryNumber(format, 2026, 1);
  } catch {
    return {
      sv: 'Formatet saknar {seq}, löpnumret. Skriv t.ex. "RUN {year}/{seq}".',
      en: 'The format lacks {seq}, the sequence number. Write e.g. "RUN {year}/{seq}".',
    };
  }
  if (!format.includes('{year}')) {
    return {
      sv: 'Formatet saknar {year}. Löpnumret börjar om varje år, så året behövs för att diarienumren ska vara unika.',
      en: 'The format lacks {year}. The sequence starts again every year, so the year is needed to keep diary numbers unique.',
    };
  }
  return null;
}

/** The next diary number a format gives, as the settings page shows it. */
export const diaryNumberExample = (format: string, year: number, nextSeq: number): string | null =>
  diaryNumberFormatProblem(format) ? null : formatDiaryNumber(format, year, nextSeq);

const PHONE = /^\+?[0-9][0-9 ()-]{3,28}[0-9]$/;

/** A web address as letters print it: "https://www.regionvasterbotten.se" or "regionvasterbotten.se". */
export function isValidWebsite(value: string): boolean {
  if (/\s/.test(value) || value.length > 200) return false;
  try {
    const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export interface OrganisationFields {
  name: string;
  orgNumber: string;
}

/** Name and organisation number, as both creating a funder and its settings check them. */
export function checkOrganisation(issues: Issues, input: { name: string; orgNumber: string }): OrganisationFields {
  const name = requiredText(issues, 'name', input.name, 200, { sv: 'stödgivarens namn', en: "the funder's name" });
  const parsed = parseOrgNumber(input.orgNumber);
  if (!parsed.ok) issues.addDomain('orgNumber', parsed.error);
  return { name: name ?? '', orgNumber: parsed.ok ? parsed.value : '' };
}

export function checkCommittee(issues: Issues, value: string): string {
  return (
    requiredText(issues, 'committeeName', value, 200, {
      sv: 'nämndens namn, t.ex. Regionala utvecklingsnämnden',
      en: "the committee's name, e.g. Regionala utvecklingsnämnden",
    }) ?? ''
  );
}

export function checkDiaryFormat(issues: Issues, value: string): string {
  const format =
    requiredText(issues, 'diaryNumberFormat', value, 60, {
      sv: 'diarienummerformatet, t.ex. RUN {year}/{seq}',
      en: 'the diary-number format, e.g. RUN {year}/{seq}',
    }) ?? '';
  const problem = format ? diaryNumberFormatProblem(format) : null;
  if (problem) issues.add('diaryNumberFormat', 'diary_number_format.invalid', problem);
  return format;
}

/** The letterhead's lines: each optional, each checked for what it claims to be. */
export function checkLetterhead(
  issues: Issues,
  input: { postalAddress?: string | null; phone?: string | null; email?: string | null; website?: string | null },
) {
  const postalAddress = blankToNull(input.postalAddress);
  if (postalAddress && postalAddress.length > 300) {
    issues.add('postalAddress', 'too_long', {
      sv: 'Postadressen får vara högst 300 tecken.',
      en: 'The postal address can be at most 300 characters.',
    });
  }
  const phone = blankToNull(input.phone);
  if (phone && !PHONE.test(phone)) {
    issues.add('phone', 'phone.invalid', {
      sv: `"${phone}" är inte ett telefonnummer. Skriv siffror, t.ex. 090-16 00 00 eller +46 90 16 00 00.`,
      en: `"${phone}" is not a telephone number. Write digits, e.g. 090-16 00 00 or +46 90 16 00 00.`,
    });
  }
  const email = blankToNull(input.email);
  if (email && !isValidEmailAddress(email)) {
    issues.add('email', 'email.invalid', {
      sv: `"${email}" är inte en e-postadress. Skriv t.ex. region@regionvasterbotten.se.`,
      en: `"${email}" is not an e-mail address. Write e.g. region@regionvasterbotten.se.`,
    });
  }
  const website = blankToNull(input.website);
  if (website && !isValidWebsite(website)) {
    issues.add('website', 'website.invalid', {
      sv: `"${website}" är inte en webbadress. Skriv t.ex. www.regionvasterbotten.se.`,
      en: `"${website}" is not a web address. Write e.g. www.regionvasterbotten.se.`,
    });
  }
  return { postalAddress, phone, email, website };
}
