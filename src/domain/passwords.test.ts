import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH, passwordIssues } from './passwords.js';

const COMMON = new Set(['password', 'qwerty123456', 'sommar', 'lösenord']);
const context = { isCommon: (p: string) => COMMON.has(p), personal: ['Sara Sökandesson', 'sara.sokande@umu.example'] };
const codes = (password: string) => passwordIssues(password, context).map((i) => i.code);

describe('a new password', () => {
  it.each([
    ['kort', 'password.too_short'],
    ['elva tecken', 'password.too_short'],
    ['qwerty123456', 'password.common'],
    ['QWERTY123456', 'password.common'],
    ['password2024!!', 'password.common'],
    ['Lösenord12345', 'password.common'],
    ['aaaaaaaaaaaaaaaa', 'password.common'],
    ['abababababababab', 'password.common'],
    ['sarasokandesson', 'password.personal'],
    ['Sara Sökandesson', 'password.personal'],
    ['sara.sokande', 'password.personal'],
  ])('"%s" is refused with %s', (password, code) => {
    expect(codes(password)).toEqual([code]);
  });

  it.each(['korrekt häst batteri häftklammer', 'Fjällbjörk-2026-Umeå', 'sommarängen vid älven'])(
    '"%s" is accepted',
    (password) => {
      expect(codes(password)).toEqual([]);
    },
  );

  it('counts characters, not bytes: twelve letters with å, ä and ö are enough', () => {
    expect(codes('åäöåäöxyzxyz')).toEqual([]);
    expect('åäöåäöxyzxy'.length).toBe(PASSWORD_MIN_LENGTH - 1);
    expect(codes('åäöåäöxyzxy')).toEqual(['password.too_short']);
  });

  it('says how long the password is in both languages', () => {
    const [issue] = passwordIssues('kort', context);
    expect(issue?.path).toBe('password');
    expect(issue?.message.sv).toContain('minst 12 tecken (det har 4)');
    expect(issue?.message.en).toContain('at least 12 characters (it has 4)');
  });

  it('never accepts anything shorter than the minimum, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: PASSWORD_MIN_LENGTH - 1, unit: 'grapheme' }), (p) => {
        fc.pre([...p].length < PASSWORD_MIN_LENGTH);
        expect(codes(p)).toEqual(['password.too_short']);
      }),
    );
  });
});
