import { describe, expect, it } from 'vitest';
import type { Role } from './principal.js';
import { reachOf } from './reach.js';

const ORG = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const grants = (...roles: Role[]) => roles.map((role) => ({ role, organizationId: ORG }));
const reached = (roles: { role: Role; organizationId: string }[], installationAdmin = false) =>
  Object.entries(reachOf({ roles, installationAdmin }))
    .filter(([, yes]) => yes)
    .map(([area]) => area);

describe('what a signed-in person may reach', () => {
  it('is the organisation page alone for someone without roles (to register or join one)', () => {
    expect(reached([])).toEqual(['organisation']);
  });

  it('gives an applicant organisation’s administrator what an applicant has, and no staff area', () => {
    expect(reached(grants('applicant', 'applicant_admin'))).toEqual([
      'apply',
      'myProjects',
      'payments',
      'organisation',
    ]);
    expect(reached(grants('applicant_admin'))).toEqual(['organisation']);
  });

  it('gives the installation’s administrator administration and no organisation page', () => {
    expect(reached([], true)).toEqual(['admin']);
  });

  it('leaves out the organisation page as soon as the person is a funder’s staff anywhere', () => {
    const both = [
      { role: 'applicant' as const, organizationId: OTHER },
      { role: 'communications' as const, organizationId: ORG },
    ];
    expect(reached(both)).toEqual(['apply', 'myProjects', 'portfolio', 'payments', 'meetings']);
  });

  it('adds up the areas of every role the person holds', () => {
    expect(reached(grants('finance_officer', 'administrator'))).toEqual([
      'importDocuments',
      'portfolio',
      'stateAllocations',
      'payments',
      'recordPayments',
      'admin',
    ]);
  });
});
