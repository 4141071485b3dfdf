import {
  APPLICATION_CHECK_CODES,
  formatSek,
  ownerOrgNumberIssues,
  TYPED_VALUE_CHECKS,
  validateApplicationForSubmit,
  type ApplicationDraft,
  type FieldIssue,
} from '../../../../src/domain/index.js';
import type { Lang } from '../../i18n.js';

/** One thing that stands between the draft and submitting it, in the reader's language. */
export interface EditorIssue {
  path: string;
  message: string;
  /**
   * Shown beside its field at once: what was typed cannot be read or breaks a rule (a period that ends before
   * it starts), or the server found it. The rest (a field still empty) shows there once the applicant tries to
   * submit; the list of what remains names them all the time.
   */
  live: boolean;
}

/** The checks submit makes that the browser can make itself, on the draft as typed now. */
export const clientChecks = (content: ApplicationDraft, applicantOrgNumber: string | null): FieldIssue[] => [
  ...validateApplicationForSubmit(content, formatSek),
  ...ownerOrgNumberIssues(content, applicantOrgNumber),
];

// The form's order, so that the list reads from the top of the page down.
const ORDER = [
  'project',
  'projectName',
  'acronym',
  'ownerOrgNumber',
  'description',
  'purpose',
  'goals',
  'periodStart',
  'periodEnd',
  'requestedOre',
  'activities',
  'budget',
  'financing',
  'attachments',
];
function rank(path: string): [number, number] {
  const [top = '', row] = path.split('.');
  const i = ORDER.indexOf(top);
  return [i < 0 ? ORDER.length : i, row !== undefined && /^\d+$/.test(row) ? Number(row) : -1];
}
const byForm = (a: EditorIssue, b: EditorIssue) => {
  const [x, y] = [rank(a.path), rank(b.path)];
  return x[0] - y[0] || x[1] - y[1];
};

/**
 * The one list of what remains before submit: text that cannot be read, the browser's checks and the server's
 * findings together. A check the browser makes itself is taken from the browser (it is current while the
 * applicant types); the server adds what only it can find. The error summary and the counter are this list.
 */
export function editorIssues(
  inputErrors: Record<string, string>,
  checks: FieldIssue[],
  server: FieldIssue[],
  lang: Lang,
): EditorIssue[] {
  const out: EditorIssue[] = Object.entries(inputErrors).map(([path, message]) => ({ path, message, live: true }));
  for (const i of checks) {
    if (i.severity !== 'error' || inputErrors[i.path]) continue;
    out.push({ path: i.path, message: i.message[lang], live: TYPED_VALUE_CHECKS.has(i.code) });
  }
  for (const i of server) {
    if (i.severity !== 'error' || APPLICATION_CHECK_CODES.has(i.code)) continue;
    out.push({ path: i.path, message: i.message[lang], live: true });
  }
  const seen = new Set<string>();
  return out
    .filter((i) => {
      const key = `${i.path}\u0000${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(byForm);
}

/**
 * A 400 answer's per-field errors (`body.content.projectName`) as issues of the form's fields, so that even a
 * refusal the browser did not foresee is shown at its field.
 */
export function validationIssues(details: Record<string, unknown>): FieldIssue[] {
  const errors = Array.isArray(details.errors) ? (details.errors as { path?: unknown; message?: unknown }[]) : [];
  return errors.map((e) => {
    const message = typeof e.message === 'string' ? e.message : '';
    return {
      path: typeof e.path === 'string' ? e.path.replace(/^body\.content\.?/, '') || 'project' : 'project',
      code: 'validation_failed',
      severity: 'error',
      message: { sv: message, en: message },
    };
  });
}
