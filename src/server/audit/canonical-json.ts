/**
 * Canonical JSON for hashing: object keys sorted recursively, no whitespace. The database stores the
 * payload as jsonb, which reorders keys; hashing the canonical form makes the hash independent of that.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(toJsonValue(value)));
}

/** What survives a JSON round trip (Dates become ISO strings, undefined keys vanish). */
export function toJsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as unknown;
}

/** Keys whose values never enter the audit trail, even as hashes: the trail is kept for ten years. */
const SECRET_KEYS = new Set([
  'password',
  'passwordHash',
  'token',
  'tokenHash',
  'csrfToken',
  'secret',
  'clientSecret',
  'client_secret',
  'id_token',
  'access_token',
  'refresh_token',
  // An OpenID Connect authorization code by the names it travels under; a plain `code` is not secret
  // (an appropriation's "1:1", a priority's "3.1", a finding's rule) and must stay readable.
  'authorizationCode',
  'authorization_code',
  'code_verifier',
]);

/** Replaces secret values (at any depth) with a marker, so that an audited row never carries them. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = SECRET_KEYS.has(k) && v !== null ? '[redacted]' : redactSecrets(v);
    return out;
  }
  return value;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
