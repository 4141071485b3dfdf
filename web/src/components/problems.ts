import { ApiProblem } from '../api.js';
import type { SummaryItem } from './ErrorSummary.js';

/**
 * A failed request as error-summary items: each field issue of a 422/409/410 (`details.issues`) linked
 * to its field (`fields` maps the server's path to the field's id), otherwise the server's `detail`.
 */
export function problemItems(
  error: unknown,
  lang: 'sv' | 'en',
  fallback: string,
  fields: Record<string, string> = {},
): SummaryItem[] {
  if (!(error instanceof ApiProblem)) return [{ message: fallback }];
  const issues = error.issues.filter((i) => i.severity === 'error');
  if (issues.length === 0) return [{ message: error.detail }];
  return issues.map((i) => ({ fieldId: fields[i.path] ?? fields['*'], message: i.message[lang] }));
}
