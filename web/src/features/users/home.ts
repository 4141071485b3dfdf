import type { SessionUser } from '../../api.js';

/**
 * Where a person lands after signing in, from what the server says they may reach (`user.can`): staff in
 * their inbox (or the page of their work), an administrator in administration, an applicant in their cases,
 * someone without an organisation where they register or join one.
 */
export function homeOf(user: Pick<SessionUser, 'can' | 'organization'>): string {
  if (user.can.inbox) return '/inkorg';
  if (user.can.recordPayments) return '/utbetalningar';
  if (user.can.meetings) return '/sammantraden';
  if (user.can.admin) return '/admin';
  if (!user.organization) return '/organisation';
  return '/mina-arenden';
}
