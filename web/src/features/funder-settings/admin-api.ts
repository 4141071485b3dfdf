import { request, type RequestOptions } from '../../api.js';

/** The administration API of a funder (src/server/modules/funders). Amounts are öre. */

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
  /** How refunds and recoveries are paid to the funder, as letters print it. */
  paymentDetails?: string | null;
  /** The appeal notice per decision kind; null = the letter's default. */
  appealNotices?: AppealNotices;
  /** Deprecated single notice (grants, amendments, rejections); the page sends `appealNotices`. */
  appealNotice?: string | null;
  contact: string | null;
  /** How "högst N procent" is rounded: 'down' (default) or 'half_up'. */
  shareCapRounding?: 'down' | 'half_up';
}
/** The decision kinds with an appeal notice each, in the order the settings page shows them. */
export const APPEAL_KINDS = ['grant', 'reject', 'amend', 'withdraw', 'recover', 'close'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];
export type AppealNotices = Record<AppealKind, string | null>;
export interface SettingsView extends FunderSettings {
  paymentDetails: string | null;
  appealNotices: AppealNotices;
  /** What a letter prints for each kind when the funder's notice is empty. */
  defaultAppealNotices: Record<AppealKind, string>;
  funderId: string;
  version: number;
  nextDiaryNumber: string | null;
  diaryYear: number;
  nextDiarySequence: number;
  contactPeople: { id: string; displayName: string; email: string }[];
}
export interface SettingsVersion {
  version: number;
  changedAt: string;
  changedBy: string | null;
  changed: string[];
}
export interface NewFunder {
  name: string;
  orgNumber: string;
  committeeName: string;
  diaryNumberFormat: string;
  organizationType: string;
}

export interface PriorityView {
  id: string;
  code: string;
  title: string;
  parentCode: string | null;
  active: boolean;
  inUse: boolean;
}
export interface StrategyView {
  id: string;
  name: string;
  yearFrom: number | null;
  yearTo: number | null;
  version: number;
  priorities: PriorityView[];
}
export interface StrategyInput {
  name: string;
  yearFrom: number | null;
  yearTo: number | null;
  priorities: { id?: string; code: string; title: string; parentCode: string | null; active: boolean }[];
}
export interface AspectView {
  id: string;
  name: string;
  policy: string | null;
  active: boolean;
  version: string;
}
export interface AspectInput {
  name: string;
  policy: string | null;
  active: boolean;
}

export interface AppropriationView {
  id: string;
  code: string;
  name: string;
  expenditureArea: string | null;
  item: string | null;
  version: number;
  years: { year: number; budgetOre: number | null; committedOre: number; remainingOre: number }[];
}
export interface AppropriationInput {
  code: string;
  name: string;
  expenditureArea: string | null;
  item: string | null;
  years: { year: number; budgetOre: number }[];
}
export interface ProgrammeView {
  id: string;
  name: string;
  shortName: string | null;
  fund: string | null;
  mainFunder: { name: string; orgNumber: string | null } | null;
  yearFrom: number | null;
  yearTo: number | null;
  cci: string | null;
  version: string;
}
export type ProgrammeInput = Omit<ProgrammeView, 'id' | 'version' | 'mainFunder'> & {
  mainFunder: { name: string; orgNumber: string } | null;
};

const base = (funderId: string) => `/api/v1/funders/${encodeURIComponent(funderId)}`;
const items = <T>(p: Promise<{ items: T[] }>) => p.then((r) => r.items);

export const createFunder = (body: NewFunder, o: RequestOptions) =>
  request<SettingsView>('POST', '/api/v1/funders', o, body);
export const getSettings = (funderId: string, o: RequestOptions) =>
  request<SettingsView>('GET', `${base(funderId)}/settings`, o);
export const saveSettings = (funderId: string, body: FunderSettings & { version: number }, o: RequestOptions) =>
  request<SettingsView>('PUT', `${base(funderId)}/settings`, o, body);
export const getSettingsVersions = (funderId: string, o: RequestOptions) =>
  items(request<{ items: SettingsVersion[] }>('GET', `${base(funderId)}/settings/versions`, o));

export const getStrategies = (funderId: string, o: RequestOptions) =>
  items(request<{ items: StrategyView[] }>('GET', `${base(funderId)}/strategies`, o));
export const saveStrategy = (
  funderId: string,
  id: string | null,
  body: StrategyInput & { version?: number },
  o: RequestOptions,
) =>
  id
    ? request<StrategyView>('PUT', `${base(funderId)}/strategies/${encodeURIComponent(id)}`, o, body)
    : request<StrategyView>('POST', `${base(funderId)}/strategies`, o, body);
export const getAspects = (funderId: string, o: RequestOptions) =>
  items(request<{ items: AspectView[] }>('GET', `${base(funderId)}/aspects`, o));
export const saveAspect = (
  funderId: string,
  id: string | null,
  body: AspectInput & { version?: string },
  o: RequestOptions,
) =>
  id
    ? request<AspectView>('PUT', `${base(funderId)}/aspects/${encodeURIComponent(id)}`, o, body)
    : request<AspectView>('POST', `${base(funderId)}/aspects`, o, body);

export const getAppropriations = (funderId: string, o: RequestOptions) =>
  items(request<{ items: AppropriationView[] }>('GET', `${base(funderId)}/appropriations`, o));
export const saveAppropriation = (
  funderId: string,
  id: string | null,
  body: AppropriationInput & { version?: number },
  o: RequestOptions,
) =>
  id
    ? request<AppropriationView>('PUT', `${base(funderId)}/appropriations/${encodeURIComponent(id)}`, o, body)
    : request<AppropriationView>('POST', `${base(funderId)}/appropriations`, o, body);
export const getProgrammes = (funderId: string, o: RequestOptions) =>
  items(request<{ items: ProgrammeView[] }>('GET', `${base(funderId)}/programmes`, o));
export const saveProgramme = (
  funderId: string,
  id: string | null,
  body: ProgrammeInput & { version?: string },
  o: RequestOptions,
) =>
  id
    ? request<ProgrammeView>('PUT', `${base(funderId)}/programmes/${encodeURIComponent(id)}`, o, body)
    : request<ProgrammeView>('POST', `${base(funderId)}/programmes`, o, body);
