import {
  applicationTotals,
  formatSek,
  ore,
  type ApplicationDraft,
  type FieldIssue,
} from '../../../../src/domain/index.js';
import { focusField } from '../../components/ErrorSummary.js';
import { useI18n } from '../../i18n.js';
import { fieldId } from './form-model.js';
import type { EditorIssue } from './issues.js';
import { useApplicationTexts } from './texts.js';

/**
 * Live totals while the applicant types, computed by the same domain function the server uses, and what remains
 * before the application can be submitted: the same list as the error summary, each item a link to its field.
 */
export function TotalsBox(p: { content: ApplicationDraft; remaining: EditorIssue[]; warnings: FieldIssue[] }) {
  const { t, lang } = useI18n();
  const at = useApplicationTexts();
  const totals = applicationTotals(p.content);
  const diff = totals.financing - totals.budget;
  return (
    <aside className="totals" aria-labelledby="totals-title">
      <h2 id="totals-title">{t.totalsTitle}</h2>
      <dl>
        <dt>{t.totalBudget}</dt>
        <dd>{formatSek(totals.budget)}</dd>
        <dt>{t.totalFinancing}</dt>
        <dd>{formatSek(totals.financing)}</dd>
        <dt>{t.totalActivities}</dt>
        <dd>{formatSek(totals.activities)}</dd>
        <dt>{t.totalRequested}</dt>
        <dd>{formatSek(totals.requested)}</dd>
      </dl>
      {diff === 0 ? (
        <p className="ok">{t.balanced}</p>
      ) : (
        <p className="difference">
          {diff < 0 ? t.financingShort(formatSek(ore(-diff))) : t.financingOver(formatSek(ore(diff)))}
        </p>
      )}
      <h3 id="remaining-title">{at.remainingTitle}</h3>
      <p className="muted" id="remaining-count">
        {t.openIssues(p.remaining.length)}
      </p>
      {p.remaining.length > 0 && (
        <ul className="remaining" aria-labelledby="remaining-title">
          {p.remaining.map((i, n) => (
            <li key={n}>
              <a href={`#${fieldId(i.path)}`} onClick={(e) => focusField(fieldId(i.path), e)}>
                {i.message}
              </a>
            </li>
          ))}
        </ul>
      )}
      {p.warnings.length > 0 && (
        <>
          <h3>{t.warnings}</h3>
          <ul>
            {p.warnings.map((w, i) => (
              <li key={i}>{w.message[lang]}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
