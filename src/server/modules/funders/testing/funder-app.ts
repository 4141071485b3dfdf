// Test support for the funder module: an app (empty or with the demo) and an installation administrator
// who signs in with TEST_PASSWORD. Not used by the application itself.
import { createTestApp, loginAs, TEST_PASSWORD, testClock, type TestApp } from '../../../../../tests/support/app.js';
import { systemActor } from '../../../audit/audit.js';
import { hashPassword } from '../../auth/passwords.js';
import { createUser } from '../../users/use-cases/create-user.js';

export type Headers = Record<string, string>;

export interface FunderTestApp extends TestApp {
  /** The installation administrator, signed in: may create funders, has no funder yet. */
  installer: Headers;
  installerId: string;
  /** Signs in any user with TEST_PASSWORD. */
  login(email: string): Promise<Headers>;
}

export const INSTALLER_EMAIL = 'installation@regionvasterbotten.example';

/** The first user of an installation, as `bidra users add` makes them: no organisation, may create funders. */
export async function addInstallationAdmin(t: TestApp, email = INSTALLER_EMAIL): Promise<string> {
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const user = await t.database.db.transaction((tx) =>
    createUser(tx, testClock, systemActor('test'), {
      email,
      displayName: 'Ingrid Installatör',
      organizationId: null,
      roles: [],
      passwordHash,
      verified: true,
      installationAdmin: true,
    }),
  );
  return user.id;
}

/** An administrator of the funder whose organisation this is (not of the installation). */
export async function addFunderAdministrator(t: TestApp, organizationId: string, email: string): Promise<string> {
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const user = await t.database.db.transaction((tx) =>
    createUser(tx, testClock, systemActor('test'), {
      email,
      displayName: 'Anna Administratör',
      organizationId,
      roles: [{ role: 'administrator', organizationId }],
      passwordHash,
      verified: true,
    }),
  );
  return user.id;
}

export async function createFunderTestApp(o: { seed?: boolean } = {}): Promise<FunderTestApp> {
  const t = await createTestApp({ seed: o.seed ?? false });
  const installerId = await addInstallationAdmin(t);
  const login = async (email: string) => (await loginAs(t.app, email)).headers;
  return { ...t, installer: await login(INSTALLER_EMAIL), installerId, login };
}

/** A valid funder as POST /funders takes it (Region Jämtland Härjedalen's real organisation number). */
export const jamtland = {
  name: 'Region Jämtland Härjedalen',
  orgNumber: '232100-0214',
  committeeName: 'Regionala utvecklingsnämnden',
  diaryNumberFormat: 'RUN {year}/{seq}',
};
