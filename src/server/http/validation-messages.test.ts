import { describe, expect, it } from 'vitest';
import { localizeValidationIssue } from './validation-messages.js';

describe('validation messages in Swedish and English', () => {
  it.each([
    [
      { keyword: 'invalid_type', params: { expected: 'number', input: Number.NaN } },
      'ska vara ett tal',
      'must be a number',
    ],
    [
      {
        keyword: 'invalid_type',
        message: 'Invalid input: expected string, received undefined',
        params: { expected: 'string' },
      },
      'saknas',
      'is required',
    ],
    [
      { keyword: 'too_big', params: { origin: 'string', maximum: 200 } },
      'får vara högst 200 tecken',
      'may be at most 200 characters',
    ],
    [{ keyword: 'too_big', params: { origin: 'number', maximum: 100 } }, 'får vara högst 100', 'may be at most 100'],
    [{ keyword: 'too_small', params: { origin: 'number', minimum: 1 } }, 'måste vara minst 1', 'must be at least 1'],
    [
      { keyword: 'too_big', params: { origin: 'array', maximum: 500 } },
      'får ha högst 500 rader',
      'may have at most 500 items',
    ],
    [{ keyword: 'invalid_format', params: { format: 'uuid' } }, 'har fel format (uuid)', 'has the wrong format (uuid)'],
    [
      { keyword: 'unrecognized_keys', params: { keys: ['isAdmin'] } },
      'okända fält: isAdmin',
      'unknown fields: isAdmin',
    ],
    [
      { keyword: 'invalid_value', params: { values: ['high', 'low', 'none'] } },
      'ska vara ett av: high, low, none',
      'must be one of: high, low, none',
    ],
    [
      { keyword: 'invalid_format', message: 'kommunkod med fyra siffror / four-digit municipality code' },
      'kommunkod med fyra siffror',
      'four-digit municipality code',
    ],
  ])('%o reads "%s" / "%s"', (issue, sv, en) => {
    expect(localizeValidationIssue(issue)).toEqual({ sv, en });
  });
});
