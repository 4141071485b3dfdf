import type { Actor } from '../../audit/audit.js';
import type { Principal } from './principal.js';

/** The audit trail's actor for a signed-in person: their id and the name they had when they acted. */
export const actorOf = (p: Principal): Actor => ({ userId: p.userId, label: p.displayName });
