import { APPEAL_KINDS, type AppealKind, type FunderSettingsInput, type SettingsView } from './admin-api.js';
import { oreToField } from './form-problems.js';

export const TEXT_FIELDS = [
  'name',
  'orgNumber',
  'postalAddress',
  'phone',
  'email',
  'website',
  'committeeName',
  'diaryNumberFormat',
  'standardConditions',
  'paymentDetails',
  'contact',
] as const;
export type TextKey = (typeof TEXT_FIELDS)[number];
/** The field of each decision kind's appeal notice, e.g. appealNotice-withdraw. */
export const appealId = (kind: AppealKind) => `appealNotice-${kind}` as const;
export type AppealField = ReturnType<typeof appealId>;
/** The settings form as typed. */
export type Form = Record<TextKey | AppealField | 'delegationLimit' | 'defaultContactUserId', string>;
export type Rounding = SettingsView['shareCapRounding'];

export const formOf = (s: SettingsView): Form => ({
  ...(Object.fromEntries(TEXT_FIELDS.map((k) => [k, s[k] ?? ''])) as Record<TextKey, string>),
  ...(Object.fromEntries(APPEAL_KINDS.map((k) => [appealId(k), s.appealNotices[k] ?? ''])) as Record<
    AppealField,
    string
  >),
  delegationLimit: oreToField(s.delegationLimitOre),
  defaultContactUserId: s.defaultContactUserId ?? '',
});

/** What saving sends: the form's text, an empty field as null, and the version it was read at. */
export function settingsInput(
  view: SettingsView,
  form: Form,
  rounding: Rounding,
  limit: number | null,
): FunderSettingsInput {
  const text = (k: TextKey | AppealField) => (form[k].trim() === '' ? null : form[k]);
  return {
    version: view.version,
    name: form.name,
    orgNumber: form.orgNumber,
    postalAddress: text('postalAddress'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    committeeName: form.committeeName,
    diaryNumberFormat: form.diaryNumberFormat,
    delegationLimitOre: limit,
    standardConditions: text('standardConditions'),
    defaultContactUserId: form.defaultContactUserId || null,
    paymentDetails: text('paymentDetails'),
    appealNotices: Object.fromEntries(APPEAL_KINDS.map((k) => [k, text(appealId(k))])),
    contact: text('contact'),
    shareCapRounding: rounding,
  };
}
