import { DELEGABLE_KINDS, parseLocalDate, type Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import type { Principal, Role } from '../../auth/principal.js';
import { ROLES } from '../../auth/principal.js';
import { blankToNull, Issues, requiredText } from '../../funders/funder-problems.js';
import { loadFunderFor } from '../../funders/funders.policy.js';
import {
  insertOrder,
  latestDelegatedDecisionDate,
  ordersOfFunder,
  type OrderWithPoints,
} from '../delegation.repository.js';

export interface DelegationPointInput {
  number: string;
  text: string;
  decisionKinds: string[];
  deciderRole: Role;
  deciderCapacity: string | null;
  amountLimitOre: number | null;
  reportToCommittee: boolean;
}

export interface DelegationOrderInput {
  validFrom: string;
  adoptedBy: string | null;
  chairCapacity: string | null;
  points: DelegationPointInput[];
}

type Deps = { db: Db; clock: Clock };
const actorOf = (p: Principal): Actor => ({ userId: p.userId, label: p.displayName });

/** Roles that decide: a point can name no other (an applicant cannot hold delegation). */
const DECIDING_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'applicant' && r !== 'applicant_admin');

/**
 * POST /funders/:funderId/delegation-orders — the funder's administrator records a new version of the
 * delegation order as the committee adopted it. Versions are never edited: a change is a new version
 * valid from a later day. The new version may not start on or before a decision already taken on
 * delegation (or as an urgent decision), so that no decision comes to rely on a different order.
 */
export async function createDelegationOrder(
  deps: Deps,
  p: Principal,
  funderId: string,
  input: DelegationOrderInput,
): Promise<OrderWithPoints> {
  const funder = await loadFunderFor(deps.db, p, funderId, ['administrator']);
  return deps.db.transaction((tx) => createDelegationOrderIn(tx, deps.clock, actorOf(p), funder.id, input, p.userId));
}

/** The same in a caller's transaction (the demo loads its order through here). */
export async function createDelegationOrderIn(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  funderId: string,
  input: DelegationOrderInput,
  userId: string | null,
): Promise<OrderWithPoints> {
  const issues = new Issues();
  const validFrom = parseLocalDate(input.validFrom);
  if (!validFrom.ok) issues.addDomain('validFrom', validFrom.error);
  const adoptedBy = blankToNull(input.adoptedBy);
  if (adoptedBy && adoptedBy.length > 400) {
    issues.add('adoptedBy', 'too_long', {
      sv: 'Beslutet om ordningen får vara högst 400 tecken.',
      en: 'The adoption can be at most 400 characters.',
    });
  }
  const chairCapacity = blankToNull(input.chairCapacity);
  if (chairCapacity && chairCapacity.length > 200) {
    issues.add('chairCapacity', 'too_long', {
      sv: 'Ordförandens befattning får vara högst 200 tecken.',
      en: "The chair's capacity can be at most 200 characters.",
    });
  }
  if (input.points.length === 0) {
    issues.add('points', 'delegation.points_required', {
      sv: 'Ange minst en punkt i delegationsordningen.',
      en: 'Enter at least one point of the delegation order.',
    });
  }
  const seen = new Set<string>();
  const points = input.points.map((pt, i) => {
    const at = `points.${i}`;
    const number = requiredText(issues, `${at}.number`, pt.number, 40, {
      sv: `punktens nummer (rad ${i + 1})`,
      en: `the point's number (row ${i + 1})`,
    });
    if (number !== null) {
      if (seen.has(number)) {
        issues.add(`${at}.number`, 'delegation.point_number_taken', {
          sv: `Punkt ${number} finns redan i ordningen; varje punkt har sitt eget nummer.`,
          en: `Point ${number} is already in the order; each point has its own number.`,
        });
      }
      seen.add(number);
    }
    const text = requiredText(issues, `${at}.text`, pt.text, 2000, {
      sv: `vad punkt ${number ?? i + 1} delegerar`,
      en: `what point ${number ?? i + 1} delegates`,
    });
    const kinds = [...new Set(pt.decisionKinds)];
    if (kinds.length === 0) {
      issues.add(`${at}.decisionKinds`, 'delegation.kinds_required', {
        sv: `Välj vilka beslut punkt ${number ?? i + 1} omfattar.`,
        en: `Choose which decisions point ${number ?? i + 1} covers.`,
      });
    }
    const unknown = kinds.filter((k) => !(DELEGABLE_KINDS as readonly string[]).includes(k));
    if (unknown.length > 0) {
      issues.add(`${at}.decisionKinds`, 'delegation.kind_unknown', {
        sv: `Okänt beslutsslag: ${unknown.join(', ')}.`,
        en: `Unknown decision kind: ${unknown.join(', ')}.`,
      });
    }
    if (!DECIDING_ROLES.includes(pt.deciderRole)) {
      issues.add(`${at}.deciderRole`, 'delegation.role_cannot_decide', {
        sv: 'En sökande kan inte ha delegation.',
        en: 'An applicant cannot hold delegation.',
      });
    }
    const capacity = blankToNull(pt.deciderCapacity);
    if (capacity && capacity.length > 200) {
      issues.add(`${at}.deciderCapacity`, 'too_long', {
        sv: 'Befattningen får vara högst 200 tecken.',
        en: 'The capacity can be at most 200 characters.',
      });
    }
    if (pt.amountLimitOre !== null && !(Number.isSafeInteger(pt.amountLimitOre) && pt.amountLimitOre >= 0)) {
      issues.add(`${at}.amountLimitOre`, 'amount.invalid', {
        sv: 'Beloppsgränsen ska vara ett belopp i hela kronor.',
        en: 'The amount limit must be an amount in whole kronor.',
      });
    }
    return {
      position: i + 1,
      number: number ?? '',
      text: text ?? '',
      decisionKinds: kinds,
      deciderRole: pt.deciderRole,
      deciderCapacity: capacity,
      amountLimitOre: pt.amountLimitOre,
      reportToCommittee: pt.reportToCommittee,
    };
  });
  if (validFrom.ok) {
    const existing = await ordersOfFunder(tx, funderId);
    if (existing.some((o) => o.validFrom === validFrom.value)) {
      issues.add('validFrom', 'delegation.valid_from_taken', {
        sv: `Det finns redan en version som gäller från ${validFrom.value}. Välj en annan dag.`,
        en: `A version valid from ${validFrom.value} already exists. Choose another day.`,
      });
    }
    const last = await latestDelegatedDecisionDate(tx, funderId);
    if (last !== null && validFrom.value <= last) {
      issues.add('validFrom', 'delegation.valid_from_before_decisions', {
        sv: `Beslut har redan fattats med stöd av delegationsordningen till och med ${last}; en ny version kan gälla tidigast dagen efter.`,
        en: `Decisions have been taken under the delegation order up to ${last}; a new version can be valid from the day after at the earliest.`,
      });
    }
  }
  issues.throwIfAny('delegation_order.invalid');
  if (!validFrom.ok) throw new AppError('delegation_order.invalid', 422, validFrom.error.message);

  const saved = await insertOrder(
    tx,
    { funderId, validFrom: validFrom.value, adoptedBy, chairCapacity, createdByUserId: userId, createdAt: clock.now() },
    points,
  );
  await appendAudit(tx, clock, actor, {
    action: 'delegation_order.created',
    entityType: 'delegation_order',
    entityId: saved.id,
    after: saved,
  });
  return saved;
}
