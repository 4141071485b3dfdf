import { formatSek, ore, parseSek } from '../../../../src/domain/index.js';
import { instantFromStockholm, stockholmWallClock } from '../../../../src/domain/stockholm-time.js';
import type { Call, CallInput, OrganizationType } from './calls-api.js';
import type { CallTexts } from './texts.js';

/** The edit form as typed: text as it is, so nothing a person wrote is lost when it cannot be read. */
export interface CallForm {
  title: string;
  description: string;
  eligible: OrganizationType[];
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  budget: string;
  appropriationId: string;
  priorityIds: string[];
  attachments: { key?: string; title: string; description: string }[];
}

export const emptyForm = (): CallForm => ({
  title: '',
  description: '',
  eligible: [],
  opensDate: '',
  opensTime: '08:00',
  closesDate: '',
  closesTime: '23:59',
  budget: '',
  appropriationId: '',
  priorityIds: [],
  attachments: [],
});

// Whole kronor without the unit, as the field's hint shows them ("10 000 000").
const kronorText = (o: number) => formatSek(ore(o)).replace(/\s*kr$/, '');

export function fromCall(c: Call): CallForm {
  const opens = stockholmWallClock(new Date(c.opensAt));
  const closes = stockholmWallClock(new Date(c.closesAt));
  return {
    title: c.title,
    description: c.description,
    eligible: [...c.eligibleOrganizationTypes],
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    budget: c.budgetOre === null ? '' : kronorText(c.budgetOre),
    appropriationId: c.appropriationId ?? '',
    priorityIds: c.priorities.map((p) => p.id),
    attachments: c.requiredAttachments.map((a) => ({ key: a.key, title: a.title, description: a.description ?? '' })),
  };
}

/** The ids of the form's fields, for the error summary's links and the server's issue paths. */
export const FIELD_IDS: Record<string, string> = {
  title: 'call-title',
  description: 'call-description',
  eligibleOrganizationTypes: 'call-eligible',
  opensAt: 'call-opens-date',
  closesAt: 'call-closes-date',
  budgetOre: 'call-budget',
  appropriationId: 'call-appropriation',
  priorityIds: 'call-priorities',
};
export const attachmentFieldId = (i: number, part: 'title' | 'description') => `call-attachment-${i}-${part}`;

/** The field id of a server issue's path ("requiredAttachments.1.title" → the second row's title). */
export function fieldOfPath(path: string): string | undefined {
  const m = /^requiredAttachments\.(\d+)\.(title|key|description)$/.exec(path);
  if (m) return attachmentFieldId(Number(m[1]), m[2] === 'description' ? 'description' : 'title');
  return FIELD_IDS[path];
}

/** A Swedish wall-clock time as an instant with its offset; or why it cannot be one. */
function toInstant(date: string, time: string, what: string, x: CallTexts): { iso?: string; error?: string } {
  if (!date.trim()) return { error: x.dateRequired(what) };
  if (!time.trim()) return { error: x.timeRequired(what) };
  const r = instantFromStockholm(date.trim(), time.trim());
  if (r.kind === 'invalid') return { error: x.dateTimeInvalid(what) };
  if (r.kind === 'skipped') return { error: x.timeSkipped(date, time) };
  if (r.kind === 'twice') return { error: x.timeTwice(date, time) };
  return { iso: r.instant.toISOString() };
}

/** What the form sends, or the errors (by field id) that stop it from being sent. */
export function toInput(f: CallForm, x: CallTexts): { input: CallInput | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!f.title.trim()) errors[FIELD_IDS.title!] = x.titleRequired;
  const opens = toInstant(f.opensDate, f.opensTime, x.opensWord, x);
  if (opens.error) errors[FIELD_IDS.opensAt!] = opens.error;
  const closes = toInstant(f.closesDate, f.closesTime, x.closesWord, x);
  if (closes.error) errors[FIELD_IDS.closesAt!] = closes.error;
  let budgetOre: number | null = null;
  if (f.budget.trim()) {
    const parsed = parseSek(f.budget);
    if (parsed.ok) budgetOre = parsed.value;
    else errors[FIELD_IDS.budgetOre!] = x.budgetInvalid;
  }
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    errors,
    input: {
      title: f.title.trim(),
      description: f.description,
      eligibleOrganizationTypes: f.eligible,
      opensAt: opens.iso!,
      closesAt: closes.iso!,
      budgetOre,
      appropriationId: f.appropriationId || null,
      priorityIds: f.priorityIds,
      requiredAttachments: f.attachments.map((a) => ({
        ...(a.key ? { key: a.key } : {}),
        title: a.title,
        description: a.description.trim() || null,
      })),
    },
  };
}
