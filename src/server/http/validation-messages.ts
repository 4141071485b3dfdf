import type { Localized } from '../errors.js';

/** What fastify-type-provider-zod hands over per failed field: the zod issue code and its parameters. */
export interface ValidationIssue {
  keyword: string;
  message?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

const TYPE_NAMES: Record<string, Localized> = {
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'a whole number' },
  string: { sv: 'text', en: 'text' },
  boolean: { sv: 'sant eller falskt', en: 'true or false' },
  array: { sv: 'en lista', en: 'a list' },
  object: { sv: 'ett objekt', en: 'an object' },
};
const typeName = (t: unknown): Localized => TYPE_NAMES[String(t)] ?? { sv: String(t), en: String(t) };

function bound(params: Record<string, unknown>, which: 'maximum' | 'minimum'): Localized {
  const n = String(params[which]);
  const most = which === 'maximum';
  switch (params.origin) {
    case 'string':
      return most
        ? { sv: `får vara högst ${n} tecken`, en: `may be at most ${n} characters` }
        : { sv: `måste vara minst ${n} tecken`, en: `must be at least ${n} characters` };
    case 'array':
      return most
        ? { sv: `får ha högst ${n} rader`, en: `may have at most ${n} items` }
        : { sv: `måste ha minst ${n} rader`, en: `must have at least ${n} items` };
    default:
      return most
        ? { sv: `får vara högst ${n}`, en: `may be at most ${n}` }
        : { sv: `måste vara minst ${n}`, en: `must be at least ${n}` };
  }
}

/**
 * Zod's own messages are English only; a person using Bidra in Swedish should read Swedish. Messages a
 * schema wrote itself ("sv / en") are kept as they are.
 */
export function localizeValidationIssue(issue: ValidationIssue): Localized {
  const p = issue.params ?? {};
  const own = issue.message ?? '';
  if (own.includes(' / ')) {
    const [sv, en] = own.split(' / ');
    return { sv: sv!, en: en ?? sv! };
  }
  switch (issue.keyword) {
    case 'invalid_type':
      // Zod leaves the input out of its issues; its own message still says what it received.
      if (/received undefined/.test(own)) return { sv: 'saknas', en: 'is required' };
      return { sv: `ska vara ${typeName(p.expected).sv}`, en: `must be ${typeName(p.expected).en}` };
    case 'too_big':
      return bound(p, 'maximum');
    case 'too_small':
      return bound(p, 'minimum');
    case 'invalid_format':
      return { sv: `har fel format (${String(p.format)})`, en: `has the wrong format (${String(p.format)})` };
    case 'unrecognized_keys': {
      const keys = Array.isArray(p.keys) ? p.keys.join(', ') : '';
      return { sv: `okända fält: ${keys}`, en: `unknown fields: ${keys}` };
    }
    case 'invalid_value': {
      const values = Array.isArray(p.values) ? p.values.map(String).join(', ') : '';
      return { sv: `ska vara ett av: ${values}`, en: `must be one of: ${values}` };
    }
    default:
      return { sv: own || 'ogiltigt värde', en: own || 'invalid value' };
  }
}
