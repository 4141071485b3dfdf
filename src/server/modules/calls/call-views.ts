import { callPhase } from '../../../domain/calls.js';
import type { Executor } from '../../db/client.js';
import type { CallView, PublicCallView } from './call-schema.js';
import { applicationCounts, prioritiesOfCalls, type Call } from './calls.repository.js';

/** Calls as their funder's staff see them, with their priorities and how many have applied. */
export async function callViews(db: Executor, rows: readonly Call[], now: Date, canEdit: boolean): Promise<CallView[]> {
  const ids = rows.map((c) => c.id);
  const priorities = await prioritiesOfCalls(db, ids);
  const counts = await applicationCounts(db, ids);
  return rows.map((c) => ({
    id: c.id,
    funderId: c.funderId,
    title: c.title,
    description: c.description,
    eligibleOrganizationTypes: c.eligibleOrganizationTypes,
    opensAt: c.opensAt.toISOString(),
    closesAt: c.closesAt.toISOString(),
    budgetOre: c.budgetOre,
    appropriationId: c.appropriationId,
    priorities: priorities.filter((p) => p.callId === c.id).map(({ id, code, title }) => ({ id, code, title })),
    requiredAttachments: c.requiredAttachments.map((a) => ({ ...a, description: a.description ?? null })),
    status: c.status,
    phase: callPhase(c, now),
    publishedAt: c.publishedAt?.toISOString() ?? null,
    version: c.version,
    applicationCount: counts.get(c.id)?.applications ?? 0,
    draftCount: counts.get(c.id)?.drafts ?? 0,
    canEdit,
  }));
}

export async function callView(db: Executor, call: Call, now: Date, canEdit: boolean): Promise<CallView> {
  const [view] = await callViews(db, [call], now, canEdit);
  return view!;
}

/** Published calls as everyone sees them: what it is for, who may apply, when, and what to attach. */
export async function publicCallViews(
  db: Executor,
  rows: readonly { call: Call; funderName: string; committee: string }[],
  now: Date,
): Promise<PublicCallView[]> {
  const priorities = await prioritiesOfCalls(
    db,
    rows.map((r) => r.call.id),
  );
  return rows.map(({ call: c, funderName, committee }) => {
    const phase = callPhase(c, now);
    return {
      id: c.id,
      title: c.title,
      description: c.description,
      funder: { id: c.funderId, name: funderName, committee },
      opensAt: c.opensAt.toISOString(),
      closesAt: c.closesAt.toISOString(),
      phase: phase === 'draft' ? 'upcoming' : phase,
      budgetOre: c.budgetOre,
      priorities: priorities.filter((p) => p.callId === c.id).map(({ code, title }) => ({ code, title })),
      eligibleOrganizationTypes: c.eligibleOrganizationTypes,
      requiredAttachments: c.requiredAttachments.map((a) => ({ ...a, description: a.description ?? null })),
    };
  });
}
