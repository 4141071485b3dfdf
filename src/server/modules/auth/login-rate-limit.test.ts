import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as demo from '../../seed/demo-data.js';
import { adjustableClock, createTestApp, TEST_PASSWORD, type TestApp } from '../../../../tests/support/app.js';
import { LoginLimiter } from './login-limiter.js';

const clock = adjustableClock();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true, clock });
});
afterAll(() => t.close());

const login = (email: string, password: string, ip = '192.0.2.10') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

describe('login rate limiting', () => {
  it('refuses the sixth attempt after five failures with 429 and Retry-After, even with the right password', async () => {
    const email = demo.people.officer.email;
    for (let i = 0; i < 5; i++) expect((await login(email, `guess-${i}`)).statusCode).toBe(401);
    const sixth = await login(email, TEST_PASSWORD);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(sixth.headers['retry-after']).toBe('900');
    expect(sixth.json()).toMatchObject({ code: 'too_many_login_attempts', details: { retryAfterSeconds: 900 } });
  });

  it('counts per e-mail and address: the same person from elsewhere, or another e-mail, is not blocked', async () => {
    const email = demo.people.finance.email;
    for (let i = 0; i < 5; i++) await login(email, `guess-${i}`, '192.0.2.20');
    expect((await login(email, 'guess', '192.0.2.20')).statusCode).toBe(429);
    expect((await login(email, TEST_PASSWORD, '192.0.2.21')).statusCode).toBe(200);
    expect((await login(demo.people.chair.email, TEST_PASSWORD, '192.0.2.20')).statusCode).toBe(200);
  });

  it('lets attempts through again once the oldest failure is 15 minutes old', async () => {
    const email = demo.people.admin.email;
    await login(email, 'guess-0');
    clock.advance(5 * 60_000);
    for (let i = 1; i < 5; i++) await login(email, `guess-${i}`);
    expect((await login(email, TEST_PASSWORD)).headers['retry-after']).toBe('600');
    clock.advance(10 * 60_000);
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('forgets earlier failures after a successful login', async () => {
    const email = demo.people.applicant.email;
    for (let i = 0; i < 4; i++) await login(email, `guess-${i}`);
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await login(email, `again-${i}`)).statusCode).toBe(401);
  });
});

describe('the limiter itself', () => {
  it('drops the stalest keys beyond its capacity', () => {
    const limiter = new LoginLimiter(clock, { maxFailures: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.recordFailure('a');
    limiter.recordFailure('b');
    limiter.recordFailure('c');
    expect(limiter.retryAfterSeconds('a')).toBe(0);
    expect(limiter.retryAfterSeconds('b')).toBe(60);
    expect(limiter.retryAfterSeconds('c')).toBe(60);
  });
});
