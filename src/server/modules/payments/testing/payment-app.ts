// The test app of the payment and reporting tests: the decision test app plus the finance officer.
import { loginAs } from '../../../../../tests/support/app.js';
import { createDecisionTestApp, type DecisionTestApp, type Headers } from '../../decisions/testing/decision-app.js';
import { makeGrantedProject, type GrantSpec } from './grant-builder.js';

export interface PaymentTestApp extends DecisionTestApp {
  finance: Headers;
  /** A granted project of the demo applicant's organisation (Umeå universitet). */
  grant(spec?: Partial<GrantSpec>): ReturnType<typeof makeGrantedProject>;
  call(
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    headers: Headers,
    payload?: unknown,
  ): Promise<{ statusCode: number; body: string; json<T = Record<string, unknown>>(): T }>;
}

export async function createPaymentTestApp(): Promise<PaymentTestApp> {
  const t = await createDecisionTestApp();
  const finance = (await loginAs(t.app, 'ekonomi@regionvasterbotten.example')).headers;
  return {
    ...t,
    finance,
    grant: (spec = {}) =>
      makeGrantedProject(t.database.db, {
        funderId: t.fixtures.funder.id,
        organizationId: t.fixtures.umu.id,
        amountOre: 100_000_000,
        maxShareBp: 5000,
        ...spec,
      }),
    call: (method, url, headers, payload) =>
      t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) }),
  };
}
