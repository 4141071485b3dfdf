import type { SessionUser } from '../../api.js';

/**
 * Where a person lands after signing in: staff in their inbox (or the page of their work), an
 * administrator in administration, an applicant in their cases, someone without an organisation where
 * they register or join one.
 */
export function homeOf(user: Pick<SessionUser, 'roles' | 'organization' | 'installationAdmin'>): string {
  const has = (role: string) => user.roles.some((r) => r.role === role);
  if (has('case_officer') || has('decision_maker')) return '/inkorg';
  if (has('finance_officer')) return '/utbetalningar';
  if (has('communications')) return '/sammantraden';
  if (has('administrator') || user.installationAdmin) return '/admin';
  if (!user.organization) return '/organisation';
  return '/mina-arenden';
}
