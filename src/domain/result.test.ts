import { describe, expect, it } from 'vitest';
import { domainError, err, ok, unwrap } from './index.js';

describe('results', () => {
  it('wraps a value and an error', () => {
    expect(ok(5)).toEqual({ ok: true, value: 5 });
    expect(err('nej')).toEqual({ ok: false, error: 'nej' });
  });

  it('unwraps a value', () => {
    expect(unwrap(ok('2026-08-31'))).toBe('2026-08-31');
  });

  it('throws with the code and message when unwrapping an error', () => {
    expect(() => unwrap(err(domainError('date.invalid', { input: 'igår' })))).toThrow(/date\.invalid.*igår/);
  });
});
