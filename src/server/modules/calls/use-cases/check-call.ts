import { attachmentKey, callPhase, callSettingsIssues } from '../../../../domain/calls.js';
import type { FieldIssue } from '../../../../domain/index.js';
import { formatStockholmDateTime } from '../../../../domain/stockholm-time.js';
import type { Executor } from '../../../db/client.js';
import type { RequiredAttachment } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { CallInput } from '../call-schema.js';
import { findAppropriation, prioritiesOfFunder, type Call } from '../calls.repository.js';

export interface CheckedCall {
  title: string;
  description: string;
  eligibleOrganizationTypes: CallInput['eligibleOrganizationTypes'];
  opensAt: Date;
  closesAt: Date;
  budgetOre: number | null;
  appropriationId: string | null;
  priorityIds: string[];
  requiredAttachments: RequiredAttachment[];
}

const issue = (path: string, code: string, sv: string, en: string): FieldIssue => ({
  path,
  code,
  severity: 'error',
  message: { sv, en },
});

export function invalidCall(issues: FieldIssue[], verb: { sv: string; en: string } = { sv: 'sparas', en: 'saved' }) {
  const n = issues.length;
  return new AppError(
    'call.invalid',
    422,
    {
      sv: `Utlysningen kan inte ${verb.sv}: ${n} uppgift${n === 1 ? '' : 'er'} behöver rättas.`,
      en: `The call cannot be ${verb.en}: ${n} item${n === 1 ? '' : 's'} need${n === 1 ? 's' : ''} fixing.`,
    },
    { issues },
  );
}

/**
 * Checks what an administrator wants a call to be, against the domain's rules and the funder's own
 * settings: the appropriation and the priorities must be the funder's (another funder's id is refused
 * like an unknown one), retired priorities cannot be added. A published call keeps its open time once
 * it has opened, and its close time cannot be moved into the past. Throws a 422 listing every issue by
 * field; returns the values to store, with a key for every required attachment.
 */
export async function checkCall(
  db: Executor,
  funderId: string,
  input: CallInput,
  now: Date,
  existing?: { call: Call; priorityIds: readonly string[] },
): Promise<CheckedCall> {
  const opensAt = new Date(input.opensAt);
  const closesAt = new Date(input.closesAt);
  const issues = callSettingsIssues({
    opensAt,
    closesAt,
    budgetOre: input.budgetOre,
    requiredAttachments: input.requiredAttachments,
  });

  if (input.appropriationId) {
    const a = await findAppropriation(db, input.appropriationId);
    if (!a || a.funderId !== funderId) {
      issues.push(
        issue(
          'appropriationId',
          'call.appropriation_unknown',
          'Anslaget finns inte hos stödgivaren. Välj ett av stödgivarens anslag.',
          "The appropriation is not one of the funder's. Choose one of the funder's appropriations.",
        ),
      );
    }
  }

  const priorityIds = [...new Set(input.priorityIds)];
  if (priorityIds.length > 0) {
    const own = new Map((await prioritiesOfFunder(db, funderId)).map((p) => [p.id, p]));
    const kept = new Set(existing?.priorityIds ?? []);
    for (const id of priorityIds) {
      const p = own.get(id);
      if (!p) {
        issues.push(
          issue(
            'priorityIds',
            'call.priority_unknown',
            'En vald prioritering finns inte i stödgivarens strategi.',
            "A chosen priority is not in the funder's strategy.",
          ),
        );
      } else if (!p.active && !kept.has(id)) {
        issues.push(
          issue(
            'priorityIds',
            'call.priority_retired',
            `Prioriteringen ${p.code} ${p.title} används inte längre och kan inte väljas.`,
            `The priority ${p.code} ${p.title} is retired and cannot be chosen.`,
          ),
        );
      }
    }
  }

  if (existing && existing.call.status === 'published') {
    const was = existing.call;
    const opened = callPhase(was, now) !== 'upcoming';
    if (opened && opensAt.getTime() !== was.opensAt.getTime()) {
      issues.push(
        issue(
          'opensAt',
          'call.open_time_fixed',
          `Utlysningen öppnade ${formatStockholmDateTime(was.opensAt, 'sv')} och öppningstiden kan inte ändras längre.`,
          `The call opened on ${formatStockholmDateTime(was.opensAt, 'en')} and its open time can no longer be changed.`,
        ),
      );
    }
    if (closesAt.getTime() !== was.closesAt.getTime() && closesAt.getTime() <= now.getTime()) {
      issues.push(closesInPast(now));
    }
  }
  if (issues.length > 0) throw invalidCall(issues);

  // Keys stay as they are for rows that have one; a new row gets one made from its title.
  const taken = new Set(input.requiredAttachments.flatMap((a) => (a.key ? [a.key] : [])));
  const requiredAttachments = input.requiredAttachments.map((a) => {
    const key = a.key ?? attachmentKey(a.title, taken);
    taken.add(key);
    return { key, title: a.title.trim(), description: a.description?.trim() || null };
  });
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    eligibleOrganizationTypes: [...input.eligibleOrganizationTypes],
    opensAt,
    closesAt,
    budgetOre: input.budgetOre,
    appropriationId: input.appropriationId,
    priorityIds,
    requiredAttachments,
  };
}

export function closesInPast(now: Date): FieldIssue {
  return issue(
    'closesAt',
    'call.closes_in_past',
    `Stängningstiden har redan passerat (nu är det ${formatStockholmDateTime(now, 'sv')}). Välj en senare tid.`,
    `The close time has already passed (it is now ${formatStockholmDateTime(now, 'en')}). Choose a later time.`,
  );
}
