// What a decision kind's own module adds to the decisions module. The decisions module drafts, proposes and
// approves every kind of decision, but some kinds carry rules and effects that belong to another module: an
// amendment is held to the rules of amendments (amendments/amendment-checks.ts), and a withdrawal, recovery
// or closure writes refunds, a recovery or a closed project when it is approved (closure/use-cases/
// closure-decisions.ts). Those modules build on this one, so this one must not import them: the app hands
// their contributions in (src/server/app.ts), and the decisions module calls them by kind.
import type { Clock, DecisionKind, Finding } from '../../../domain/index.js';
import type { Actor } from '../../audit/audit.js';
import type { Executor, Tx } from '../../db/client.js';
import type { Case, Decision } from '../../db/schema/index.js';

export interface DecisionKindRules {
  /** The kind's own findings, run while drafting, at proposal and again inside the approving transaction. */
  checks?: (db: Executor, decision: Decision, kase: Case) => Promise<Finding[]>;
  /** What approving a decision of the kind does, in the approving transaction, before its letter is produced. */
  onApproval?: (tx: Tx, clock: Clock, actor: Actor, decision: Decision) => Promise<void>;
}

/** The rules of each kind that has some; a kind without an entry has only the decisions module's own. */
export type DecisionKinds = Readonly<Partial<Record<DecisionKind, DecisionKindRules>>>;
