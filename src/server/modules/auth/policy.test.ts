import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import type { Principal, Role } from './principal.js';
import { canActForOrganization, hasRole, requirePrincipal, requireRole } from './policy.js';

const ORG_A = '00000000-0000-4000-8000-00000000000a';
const ORG_B = '00000000-0000-4000-8000-00000000000b';
const FUNDER = '00000000-0000-4000-8000-00000000000f';

const person = (organizationId: string, ...roles: Role[]): Principal => ({
  userId: '00000000-0000-4000-8000-000000000001',
  displayName: 'Test Testsson',
  email: 'test@regionvasterbotten.example',
  organizationId,
  roles: roles.map((role) => ({ role, organizationId })),
  installationAdmin: false,
});

const applicantA = person(ORG_A, 'applicant');
const officer = person(FUNDER, 'case_officer');
const chair = person(FUNDER, 'decision_maker');
const admin = person(FUNDER, 'administrator');

describe('canActForOrganization', () => {
  it.each([
    ['an applicant of A for A', applicantA, ORG_A, true],
    ['an applicant of A for B', applicantA, ORG_B, false],
    ['an officer of the funder for the funder', officer, FUNDER, true],
    ['an officer of the funder for an applicant organisation', officer, ORG_A, false],
    ['an administrator for an organisation it holds no role in', admin, ORG_B, false],
    ['the public', null, ORG_A, false],
  ])('%s: %s', (_name, principal, org, expected) => {
    expect(canActForOrganization(principal, org)).toBe(expected);
  });
});

describe('hasRole', () => {
  it.each([
    ['officer is case_officer anywhere', officer, 'case_officer', undefined, true],
    ['officer is case_officer at the funder', officer, 'case_officer', FUNDER, true],
    ['officer is not case_officer at A', officer, 'case_officer', ORG_A, false],
    ['officer is not decision_maker', officer, 'decision_maker', FUNDER, false],
    ['chair is decision_maker at the funder', chair, 'decision_maker', FUNDER, true],
    ['applicant of A is applicant at A', applicantA, 'applicant', ORG_A, true],
    ['applicant of A is not applicant at B', applicantA, 'applicant', ORG_B, false],
    ['the public has no role', null, 'applicant', undefined, false],
  ] as const)('%s', (_name, principal, role, org, expected) => {
    expect(hasRole(principal, role, org)).toBe(expected);
  });
});

describe('requireRole', () => {
  const refusal = (fn: () => void): AppError => {
    try {
      fn();
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  };

  it('refuses an officer a decision, naming the missing role', () => {
    const error = refusal(() => requireRole(officer, ['decision_maker'], FUNDER));
    expect(error.status).toBe(403);
    expect(error.code).toBe('missing_role');
    expect(error.localized.sv).toContain('beslutsfattare (decision_maker)');
    expect(error.localized.en).toContain('decision maker (decision_maker)');
    expect(error.details).toEqual({ requiredRoles: ['decision_maker'], organizationId: FUNDER });
  });

  it('refuses an applicant of A who acts for B', () => {
    expect(refusal(() => requireRole(applicantA, ['applicant'], ORG_B)).status).toBe(403);
  });

  it('accepts any one of several roles', () => {
    expect(() => requireRole(chair, ['case_officer', 'decision_maker'], FUNDER)).not.toThrow();
    expect(refusal(() => requireRole(applicantA, ['case_officer', 'decision_maker'])).localized.en).toContain(
      'case officer (case_officer) or decision maker (decision_maker)',
    );
  });
});

describe('requirePrincipal', () => {
  it('answers 401 to the public and returns the principal otherwise', () => {
    expect(requirePrincipal({ principal: officer } as FastifyRequest)).toBe(officer);
    expect(() => requirePrincipal({ principal: null } as FastifyRequest)).toThrow(
      expect.objectContaining({ status: 401, code: 'unauthenticated' }),
    );
  });
});
