import { passwordIssues } from '../../../src/domain/index.js';
import type { SummaryItem } from './ErrorSummary.js';
import { TextField } from './fields.js';

/**
 * What the browser can say about a new password before sending it: missing, breaking the domain's rule
 * (length, the person's own name or address — the list of common passwords stays on the server), or
 * not typed the same twice. The fields' ids are `password` and `repeat`.
 */
export function newPasswordProblems(
  password: string,
  repeat: string,
  o: { personal: string[]; lang: 'sv' | 'en'; required: string; differ: string },
): SummaryItem[] {
  if (!password) return [{ fieldId: 'password', message: o.required }];
  const [issue] = passwordIssues(password, { isCommon: () => false, personal: o.personal });
  if (issue) return [{ fieldId: 'password', message: issue.message[o.lang] }];
  if (password !== repeat) return [{ fieldId: 'repeat', message: o.differ }];
  return [];
}

/** A new password typed twice, with the rules as the hint; browsers offer to generate and save it. */
export function NewPasswordFields(p: {
  password: string;
  repeat: string;
  onPassword: (v: string) => void;
  onRepeat: (v: string) => void;
  errorOf: (fieldId: string) => string | undefined;
  labels: { password: string; hint: string; repeat: string };
}) {
  return (
    <>
      <TextField
        id="password"
        label={p.labels.password}
        hint={p.labels.hint}
        type="password"
        autoComplete="new-password"
        value={p.password}
        onChange={p.onPassword}
        error={p.errorOf('password')}
      />
      <TextField
        id="repeat"
        label={p.labels.repeat}
        type="password"
        autoComplete="new-password"
        value={p.repeat}
        onChange={p.onRepeat}
        error={p.errorOf('repeat')}
      />
    </>
  );
}
