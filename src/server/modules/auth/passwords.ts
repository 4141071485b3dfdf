import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's recommendation), the same
 * parameters the seed uses, so that verifying against the dummy hash costs what a real check costs.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;
// Made once per process from a constant no account has, so it never verifies.
const dummy = () => (dummyHash ??= hash('bidra-no-such-account-9f1c2e'));

/** Makes the dummy hash at start-up, so that the first unknown e-mail is not slower than the rest. */
export async function prepareDummyHash(): Promise<void> {
  await dummy();
}

/**
 * True when `password` matches `passwordHash`. With no hash (unknown e-mail, or a user without a
 * password) it still runs a full verification against a dummy hash, so that response times do not
 * tell which e-mail addresses have accounts.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    await verifyQuietly(await dummy(), password);
    return false;
  }
  return verifyQuietly(passwordHash, password);
}

async function verifyQuietly(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed login, not a server error that would reveal the account.
    await verify(await dummy(), password).catch(() => false);
    return false;
  }
}
