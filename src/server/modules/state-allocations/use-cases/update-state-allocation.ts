import { and, eq } from 'drizzle-orm';
import { checkAllocation, today, type Clock, type FieldIssue, type LocalDate } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { stateAllocations, type StateAllocation } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import {
  allocationFacts,
  deadlinesOf,
  toAllocationView,
  type AllocationUpdateInput,
  type AllocationView,
} from '../state-allocation-schema.js';
import { findAllocation } from '../state-allocations.repository.js';
import {
  allocationNotFound,
  canReadAllocationOf,
  requireAllocationKeeper,
  staleAllocationVersion,
} from '../state-allocations.policy.js';

export interface AllocationDeps {
  db: Db;
  clock: Clock;
}

const FIELDS = [
  'acceptedOn',
  'requisitionedOre',
  'requisitionedOn',
  'receivedOre',
  'receivedOn',
  'usedOre',
  'accountedOn',
  'repaidOre',
  'repaidOn',
] as const;
type Field = (typeof FIELDS)[number];

/** The fields the change names; left-out fields keep their value. */
function changes(current: StateAllocation, input: AllocationUpdateInput): Partial<Pick<StateAllocation, Field>> {
  const out: Partial<Record<Field, unknown>> = {};
  for (const field of FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== current[field]) out[field] = value;
  }
  return out as Partial<Pick<StateAllocation, Field>>;
}

const invalid = (issues: FieldIssue[], errors: number) =>
  new AppError(
    'state_allocation.invalid',
    422,
    {
      sv: `Tilldelningen kan inte sparas: ${errors} uppgift${errors === 1 ? '' : 'er'} stämmer inte. ${issues
        .filter((i) => i.severity === 'error')
        .map((i) => i.message.sv)
        .join(' ')}`,
      en: `The allocation cannot be saved: ${errors} item${errors === 1 ? '' : 's'} do not add up. ${issues
        .filter((i) => i.severity === 'error')
        .map((i) => i.message.en)
        .join(' ')}`,
    },
    { issues },
  );

/**
 * PATCH /state-allocations/:id — records a step of the allocation's life (accepted, requisitioned,
 * received, used, accounted, repaid). The domain's checkAllocation guards the whole record as it would
 * be after the change; the update and its audit event commit together; a stale version gets 409.
 */
export async function updateStateAllocation(
  deps: AllocationDeps,
  principal: Principal,
  id: string,
  input: AllocationUpdateInput,
): Promise<AllocationView> {
  return deps.db.transaction(async (tx) => {
    const row = await findAllocation(tx, id, true);
    if (!row || !canReadAllocationOf(principal, row.allocation.recipientOrganizationId)) throw allocationNotFound();
    requireAllocationKeeper(principal, row.allocation.recipientOrganizationId);
    const current = row.allocation;
    if (current.version !== input.version) throw staleAllocationVersion(current.version);

    const change = changes(current, input);
    const next: StateAllocation = { ...current, ...change };
    const day = today(deps.clock);
    const issues = checkAllocation(allocationFacts(next), {
      decidedOn: row.decision.decidedOn as LocalDate,
      today: day,
      deadlines: deadlinesOf(next),
    });
    const errors = issues.filter((i) => i.severity === 'error').length;
    if (errors > 0) throw invalid(issues, errors);
    if (Object.keys(change).length === 0) return toAllocationView(current, row.recipientName, row.decision, day, true);

    const now = deps.clock.now();
    const [updated] = await tx
      .update(stateAllocations)
      .set({ ...change, updatedAt: now, version: current.version + 1 })
      .where(and(eq(stateAllocations.id, id), eq(stateAllocations.version, current.version)))
      .returning();
    if (!updated) throw staleAllocationVersion(current.version + 1);
    const before = Object.fromEntries(Object.keys(change).map((k) => [k, current[k as Field]]));
    await appendAudit(
      tx,
      deps.clock,
      { userId: principal.userId, label: principal.displayName },
      {
        action: 'state_allocation.updated',
        entityType: 'state_allocation',
        entityId: id,
        before: { ...before, version: current.version },
        after: { ...change, version: updated.version },
      },
    );
    return toAllocationView(updated, row.recipientName, row.decision, day, true);
  });
}
