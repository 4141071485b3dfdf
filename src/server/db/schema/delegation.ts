import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { cascade, day, id, instant, money, restrict } from './columns.js';
import { role } from './enums.js';
import { funders } from './funders.js';
import { users } from './users.js';

/**
 * A funder's delegation order (delegationsordning) as the committee adopted it, in force from `valid_from`
 * until the next version's day. A decision is checked against the version in force on its decision date;
 * versions are never edited once a decision has relied on them — a change is a new version.
 */
export const delegationOrders = pgTable(
  'delegation_orders',
  {
    id: id(),
    funderId: uuid('funder_id')
      .notNull()
      .references(() => funders.id, restrict),
    validFrom: day('valid_from').notNull(),
    /** Where the committee adopted it, e.g. "Regionala utvecklingsnämnden 2023-02-09, § 4". */
    adoptedBy: text('adopted_by'),
    /**
     * The capacity (as role grants name it, e.g. "ordförande i regionala utvecklingsnämnden") of the
     * committee's chair: the decision maker holding it may take urgent decisions (kommunallagen 6 kap.
     * 39 §) while this version is in force. Null: no urgent decisions can be recorded.
     */
    chairCapacity: text('chair_capacity'),
    createdByUserId: uuid('created_by_user_id').references((): AnyPgColumn => users.id, restrict),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [unique('delegation_orders_funder_valid_from_unique').on(t.funderId, t.validFrom)],
);

/**
 * One point of a delegation order: which decision kinds it covers, who may decide under it (a role, and
 * the capacity their role grant must name, e.g. "verksamhetschef"), up to which amount (null: no limit),
 * and whether decisions under it are reported to the committee (anmälan av delegationsbeslut).
 */
export const delegationPoints = pgTable(
  'delegation_points',
  {
    id: id(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => delegationOrders.id, cascade),
    position: integer('position').notNull(),
    /** As the order numbers it: "1.1", "2.3". */
    number: text('number').notNull(),
    /** What the point delegates, as the order words it. */
    text: text('text').notNull(),
    /** Decision kinds covered: grant, reject, amend, withdraw, recover, close. */
    decisionKinds: text('decision_kinds').array().notNull(),
    deciderRole: role('decider_role').notNull().default('decision_maker'),
    /** The capacity the decider's role grant must name; null: anyone holding the role. */
    deciderCapacity: text('decider_capacity'),
    amountLimitOre: money('amount_limit_ore'),
    reportToCommittee: boolean('report_to_committee').notNull().default(true),
  },
  (t) => [
    unique('delegation_points_order_number_unique').on(t.orderId, t.number),
    index('delegation_points_order_idx').on(t.orderId, t.position),
    check('delegation_points_limit_nonneg', sql`${t.amountLimitOre} IS NULL OR ${t.amountLimitOre} >= 0`),
    check('delegation_points_kinds_nonempty', sql`cardinality(${t.decisionKinds}) > 0`),
  ],
);

export type DelegationOrder = typeof delegationOrders.$inferSelect;
export type NewDelegationOrder = typeof delegationOrders.$inferInsert;
export type DelegationPoint = typeof delegationPoints.$inferSelect;
export type NewDelegationPoint = typeof delegationPoints.$inferInsert;
