import { useI18n } from '../../i18n.js';
import { useAmendmentTexts } from './texts.js';

/** A rule finding as both the live checks and the server's issues give it. */
interface Check {
  code: string;
  severity: string;
  message: { sv: string; en: string };
}

/** Which checks the request page shows (use-amendment-request.ts): typed, saved, and whether the two differ. */
export interface ShownChecks {
  typed: boolean;
  saved: boolean;
  unsaved: boolean;
}

function CheckList({ id, title, checks }: { id: string; title: string; checks: readonly Check[] }) {
  const { lang } = useI18n();
  const t = useAmendmentTexts();
  if (checks.length === 0) return null;
  return (
    <>
      <h3 id={id}>{title}</h3>
      <ul className="plain-list" aria-labelledby={id}>
        {checks.map((f, i) => (
          <li key={`${f.code}-${i}`} className={`finding finding-${f.severity}`} data-code={f.code}>
            <strong>{t.severity(f.severity)}:</strong> {f.message[lang]}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The checks beside the request form, in one message: nothing before the beneficiary has started; the saved
 * version's findings (the server's, docs/domain/rules.md) and, while something typed is unsaved, the live findings of
 * what is typed and that it is not saved yet; "no rule is broken" only when the saved version is all there is and it
 * breaks none (information, such as the new end date, breaks no rule).
 */
export function RequestChecks({
  shown,
  live,
  saved,
}: {
  shown: ShownChecks;
  live: readonly Check[];
  saved: readonly Check[];
}) {
  const t = useAmendmentTexts();
  const typed = shown.typed && shown.unsaved ? live : [];
  const ofSaved = shown.saved ? saved : [];
  const message =
    !shown.typed && !shown.saved
      ? t.checksPending
      : shown.unsaved
        ? t.checksUnsaved
        : ofSaved.every((f) => f.severity === 'info')
          ? t.noFindings
          : null;
  return (
    <section aria-labelledby="request-checks" className="findings">
      <h2 id="request-checks">{t.checks}</h2>
      {message && <p className={message === t.noFindings ? 'finding finding-ok' : 'finding'}>{message}</p>}
      <CheckList id="request-checks-typed" title={t.checksOfTyped} checks={typed} />
      <CheckList id="request-checks-saved" title={t.checksOfSaved} checks={ofSaved} />
    </section>
  );
}
