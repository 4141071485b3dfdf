import {
  applicationTotals,
  formatSek,
  ore,
  type FieldIssue,
  type ApplicationContent,
} from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';

/** Live totals while the applicant types, computed by the same domain function the server uses. */
export function TotalsBox({ content, issues }: { content: ApplicationContent; issues: FieldIssue[] }) {
  const { t, lang } = useI18n();
  const totals = applicationTotals(content);
  const diff = totals.financing - totals.budget;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity !== 'error');
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
      <p className="muted">{t.openIssues(errors)}</p>
      {warnings.length > 0 && (
        <>
          <h3>{t.warnings}</h3>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w.message[lang]}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
