import type { FieldIssue } from './application.js';
import { formatStockholmDateTime } from './stockholm-time.js';

/*
 * Calls for proposals (utlysningar): when a call takes applications, who may apply, and what makes a
 * call's settings consistent. The rules are explained in docs/domain/calls.md.
 */

export type CallStatus = 'draft' | 'published';
/** Where a call is in its life at a given instant. */
export type CallPhase = 'draft' | 'upcoming' | 'open' | 'closed';

export const ORGANIZATION_TYPES = [
  'region',
  'municipality',
  'state_agency',
  'university',
  'company',
  'association',
  'other',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, { sv: string; en: string }> = {
  region: { sv: 'region', en: 'region' },
  municipality: { sv: 'kommun', en: 'municipality' },
  state_agency: { sv: 'statlig myndighet', en: 'state agency' },
  university: { sv: 'universitet eller högskola', en: 'university' },
  company: { sv: 'företag', en: 'company' },
  association: { sv: 'förening eller stiftelse', en: 'association or foundation' },
  other: { sv: 'annan organisation', en: 'other organisation' },
};

export interface CallTimes {
  status: CallStatus;
  opensAt: Date;
  closesAt: Date;
}

/**
 * A published call is open from its open time (inclusive) to its close time (exclusive): a call that
 * closes at 23.59 takes an application sent at 23.58.59, not one sent at 23.59.00.
 */
export function callPhase(call: CallTimes, now: Date): CallPhase {
  if (call.status !== 'published') return 'draft';
  if (now.getTime() < call.opensAt.getTime()) return 'upcoming';
  if (now.getTime() < call.closesAt.getTime()) return 'open';
  return 'closed';
}

/** An empty list means every kind of organisation may apply. */
export function isEligible(eligible: readonly string[], organizationType: string): boolean {
  return eligible.length === 0 || eligible.includes(organizationType);
}

const typeLabel = (t: string, lang: 'sv' | 'en') => ORGANIZATION_TYPE_LABELS[t as OrganizationType]?.[lang] ?? t;

/** "kommun eller region" / "municipality or region". */
export function eligibleTypesText(eligible: readonly string[], lang: 'sv' | 'en'): string {
  const names = eligible.map((t) => typeLabel(t, lang));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${lang === 'sv' ? 'eller' : 'or'} ${names[names.length - 1]}`;
}

const issue = (path: string, code: string, sv: string, en: string): FieldIssue => ({
  path,
  code,
  severity: 'error',
  message: { sv, en },
});

/**
 * Why an applicant cannot start an application to the call now, as one issue of the field `callId`;
 * null when they can. Drafts and unknown calls get the same answer, so a draft's existence is not told.
 */
export function applyToCallIssue(
  call: (CallTimes & { eligibleOrganizationTypes: readonly string[] }) | null,
  organizationType: string,
  now: Date,
): FieldIssue | null {
  const phase = call ? callPhase(call, now) : 'draft';
  if (!call || phase === 'draft') {
    return issue(
      'callId',
      'call.not_published',
      'Utlysningen finns inte eller är inte publicerad. Välj en öppen utlysning.',
      'The call does not exist or is not published. Choose an open call.',
    );
  }
  if (phase === 'upcoming') {
    return issue(
      'callId',
      'call.not_open_yet',
      `Utlysningen öppnar ${formatStockholmDateTime(call.opensAt, 'sv')}. Du kan ansöka från och med då.`,
      `The call opens on ${formatStockholmDateTime(call.opensAt, 'en')}. You can apply from then.`,
    );
  }
  if (phase === 'closed') return callClosedIssue(call.closesAt, 'callId');
  if (!isEligible(call.eligibleOrganizationTypes, organizationType)) {
    const types = call.eligibleOrganizationTypes;
    return issue(
      'callId',
      'call.not_eligible',
      `Er organisation är registrerad som ${typeLabel(organizationType, 'sv')} och kan inte söka i den här utlysningen. Den är öppen för ${eligibleTypesText(types, 'sv')}.`,
      `Your organisation is registered as ${typeLabel(organizationType, 'en')} and cannot apply to this call. It is open to ${eligibleTypesText(types, 'en')}.`,
    );
  }
  return null;
}

/** The call has closed: said with its close time in Swedish time. */
export function callClosedIssue(closesAt: Date, path: string): FieldIssue {
  return issue(
    path,
    'call.closed',
    `Utlysningen stängde ${formatStockholmDateTime(closesAt, 'sv')}. Ansökningar till den kan inte längre skickas in; ditt utkast finns kvar.`,
    `The call closed on ${formatStockholmDateTime(closesAt, 'en')}. Applications to it can no longer be submitted; your draft is kept.`,
  );
}

export interface CallSettings {
  opensAt: Date;
  closesAt: Date;
  budgetOre: number | null;
  requiredAttachments: readonly { key?: string | null | undefined; title: string }[];
}

/**
 * What is inconsistent in a call's own settings, per field: the close time must come after the open
 * time, the budget cannot be negative, and two required attachments cannot share a title or a key
 * (an uploaded file names the requirement it meets by key).
 */
export function callSettingsIssues(c: CallSettings): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (c.closesAt.getTime() <= c.opensAt.getTime()) {
    out.push(
      issue(
        'closesAt',
        'call.closes_before_opening',
        `Utlysningen måste stänga efter att den öppnar (${formatStockholmDateTime(c.opensAt, 'sv')}).`,
        `The call must close after it opens (${formatStockholmDateTime(c.opensAt, 'en')}).`,
      ),
    );
  }
  if (c.budgetOre !== null && (!Number.isSafeInteger(c.budgetOre) || c.budgetOre < 0)) {
    out.push(
      issue(
        'budgetOre',
        'call.budget_negative',
        'Budgeten ska vara ett belopp på 0 kr eller mer.',
        'The budget must be an amount of 0 kr or more.',
      ),
    );
  }
  const titles = new Set<string>();
  const keys = new Set<string>();
  c.requiredAttachments.forEach((a, i) => {
    const title = a.title.trim().toLocaleLowerCase('sv');
    if (!title) {
      out.push(
        issue(
          `requiredAttachments.${i}.title`,
          'call.attachment_title_missing',
          `Bilaga ${i + 1}: skriv vad bilagan ska innehålla.`,
          `Attachment ${i + 1}: say what the attachment must contain.`,
        ),
      );
    } else if (titles.has(title)) {
      out.push(
        issue(
          `requiredAttachments.${i}.title`,
          'call.attachment_duplicate',
          `Bilaga ${i + 1}: det finns redan en bilaga med namnet "${a.title.trim()}".`,
          `Attachment ${i + 1}: there is already an attachment called "${a.title.trim()}".`,
        ),
      );
    }
    titles.add(title);
    if (a.key) {
      if (keys.has(a.key)) {
        out.push(
          issue(
            `requiredAttachments.${i}.key`,
            'call.attachment_key_duplicate',
            `Bilaga ${i + 1}: nyckeln "${a.key}" används redan av en annan bilaga.`,
            `Attachment ${i + 1}: the key "${a.key}" is already used by another attachment.`,
          ),
        );
      }
      keys.add(a.key);
    }
  });
  return out;
}

/**
 * A stable key for a required attachment from its title ("Intyg om medfinansiering" →
 * "intyg-om-medfinansiering"), different from every key in `taken`.
 */
export function attachmentKey(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .toLocaleLowerCase('sv')
      .replace(/å|ä/g, 'a')
      .replace(/ö/g, 'o')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'bilaga';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}
