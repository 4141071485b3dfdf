import { z } from 'zod';
import type { Role, RoleGrantView } from './principal.js';

/*
 * What a signed-in person may reach in Bidra, worked out once from their roles and sent with the session
 * (`user.can` in the answers of sign-in and GET /api/v1/auth/me), so the web app's menu and start page show
 * what the server allows and keep no role rules of their own. A role counts here in whichever organisation
 * it is held: each route still checks its action against the organisation it belongs to (policy.ts).
 *
 * The role lists are the areas' own: the portfolio, meetings, state allocations and import guards import
 * them from here, so the menu and the guard cannot disagree.
 */

/** Who sees the portfolio: every staff role of a funder, communications included (portfolio.policy.ts). */
export const PORTFOLIO_ROLES: readonly Role[] = [
  'case_officer',
  'decision_maker',
  'finance_officer',
  'administrator',
  'communications',
];
/** Who sees and works with a funder's committee meetings (meetings.policy.ts). */
export const MEETING_ROLES: readonly Role[] = ['case_officer', 'decision_maker', 'communications'];
/** Who reads the region's state allocations (state-allocations.policy.ts). */
export const ALLOCATION_READERS: readonly Role[] = ['finance_officer', 'administrator', 'case_officer'];
/** Who imports legacy documents for their funder (imports.routes.ts). */
export const IMPORTER_ROLES: readonly Role[] = ['case_officer', 'administrator'];

/** Who applies for funding and works with their organisation's cases and projects. */
const APPLICANT_ROLES: readonly Role[] = ['applicant'];
/** Whose work starts in the inbox: its case officers and decision makers. */
const INBOX_ROLES: readonly Role[] = ['case_officer', 'decision_maker'];
/**
 * Who has work among the payment requests: the beneficiary writes them, the case officer checks them and the
 * finance officer records the payments (the `actions` of GET /api/v1/payment-requests).
 */
const PAYMENT_ROLES: readonly Role[] = ['applicant', 'case_officer', 'finance_officer'];
/** Who records payments (shared/project-scope.ts, `requireFinance`). */
const PAYER_ROLES: readonly Role[] = ['finance_officer'];
/** Who keeps a funder's settings, staff and calls (funders.policy.ts, `loadFunderFor`). */
const ADMINISTRATOR_ROLES: readonly Role[] = ['administrator'];
/** The roles of an applicant organisation; every other role is a funder's staff. */
const APPLICANT_ORGANISATION_ROLES: readonly Role[] = ['applicant', 'applicant_admin'];

const area = (sv: string, en: string) => z.boolean().describe(`${sv} / ${en}`);

/** The areas of Bidra a signed-in person may reach, as sign-in and /auth/me send them (`user.can`). */
export const reach = z
  .object({
    apply: area('Söka stöd och följa organisationens ärenden', 'apply for funding and follow the organisation’s cases'),
    myProjects: area(
      'Organisationens beviljade projekt, för ändringar',
      'the organisation’s granted projects, for amendments',
    ),
    inbox: area('Inkorgen med öppna ärenden', 'the inbox of open cases'),
    importDocuments: area('Importera äldre dokument', 'import legacy documents'),
    portfolio: area('Stödgivarens portfölj', 'the funder’s portfolio'),
    stateAllocations: area('Regionens statliga medel', 'the region’s state allocations'),
    payments: area('Begäran om utbetalning', 'payment requests'),
    recordPayments: area('Registrera utbetalningar (ekonomihandläggare)', 'record payments (a finance officer)'),
    meetings: area('Nämndens sammanträden', 'committee meetings'),
    admin: area(
      'Administration: stödgivarens administratör eller installationens',
      'administration: a funder’s administrator or the installation’s',
    ),
    organisation: area(
      'Registrera, gå med i eller sköta en sökande organisation (inte stödgivarens personal)',
      'register, join or keep an applicant organisation (not a funder’s staff)',
    ),
  })
  .describe('Vad personen når, beräknat från rollerna / what the person may reach, from their roles');
export type Reach = z.infer<typeof reach>;

/** What the person with these roles may reach; computed with every session answer. */
export function reachOf(user: { roles: readonly RoleGrantView[]; installationAdmin: boolean }): Reach {
  const holds = (roles: readonly Role[]) => user.roles.some((grant) => roles.includes(grant.role));
  const staff = user.roles.some((grant) => !APPLICANT_ORGANISATION_ROLES.includes(grant.role));
  return {
    apply: holds(APPLICANT_ROLES),
    myProjects: holds(APPLICANT_ROLES),
    inbox: holds(INBOX_ROLES),
    importDocuments: holds(IMPORTER_ROLES),
    portfolio: holds(PORTFOLIO_ROLES),
    stateAllocations: holds(ALLOCATION_READERS),
    payments: holds(PAYMENT_ROLES),
    recordPayments: holds(PAYER_ROLES),
    meetings: holds(MEETING_ROLES),
    admin: holds(ADMINISTRATOR_ROLES) || user.installationAdmin,
    organisation: !staff && !user.installationAdmin,
  };
}
