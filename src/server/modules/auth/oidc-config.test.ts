import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';

const provider = {
  BIDRA_OIDC_ISSUER: 'https://login.umu.example',
  BIDRA_OIDC_CLIENT_ID: 'bidra',
  BIDRA_OIDC_CLIENT_SECRET: 's3cret',
  BIDRA_OIDC_NAME: 'Umeå universitet',
  BIDRA_OIDC_ORG_NUMBER: '2021002874',
};

describe('OIDC settings', () => {
  it('are off when none is given (and when given empty)', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(loadConfig({ BIDRA_OIDC_ISSUER: '', BIDRA_OIDC_ALLOW_INSECURE_HTTP: '' }).oidc).toBeUndefined();
  });

  it('make one provider, with the redirect URI under BIDRA_PUBLIC_URL and the org number normalised', () => {
    const config = loadConfig({ ...provider, BIDRA_PUBLIC_URL: 'https://bidra.regionvasterbotten.se/' });
    expect(config.oidc).toEqual({
      issuer: 'https://login.umu.example',
      clientId: 'bidra',
      clientSecret: 's3cret',
      label: 'Umeå universitet',
      organizationNumber: '202100-2874',
      redirectUri: 'https://bidra.regionvasterbotten.se/api/v1/auth/oidc/callback',
      allowInsecureHttp: false,
    });
  });

  it('are all required once one is given', () => {
    const { BIDRA_OIDC_CLIENT_SECRET: _secret, ...incomplete } = provider;
    expect(() => loadConfig(incomplete)).toThrow(/BIDRA_OIDC_CLIENT_SECRET: required/);
  });

  it('refuse an invalid organisation number', () => {
    expect(() => loadConfig({ ...provider, BIDRA_OIDC_ORG_NUMBER: '202100-2875' })).toThrow(/BIDRA_OIDC_ORG_NUMBER/);
  });

  it('refuse plain http unless explicitly allowed, and allow it only for a loopback issuer', () => {
    expect(() => loadConfig({ ...provider, BIDRA_OIDC_ISSUER: 'http://127.0.0.1:9000' })).toThrow(/https/);
    expect(() =>
      loadConfig({
        ...provider,
        BIDRA_OIDC_ISSUER: 'http://login.umu.example',
        BIDRA_OIDC_ALLOW_INSECURE_HTTP: 'true',
      }),
    ).toThrow(/loopback/);
    const local = loadConfig({
      ...provider,
      BIDRA_OIDC_ISSUER: 'http://127.0.0.1:9000',
      BIDRA_OIDC_ALLOW_INSECURE_HTTP: 'true',
    });
    expect(local.oidc).toMatchObject({ issuer: 'http://127.0.0.1:9000', allowInsecureHttp: true });
    expect(() => loadConfig({ BIDRA_OIDC_ALLOW_INSECURE_HTTP: 'true' })).toThrow(/without BIDRA_OIDC_ISSUER/);
  });
});
