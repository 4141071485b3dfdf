import { useId, type ReactNode } from 'react';
import { applicationTotals, type ApplicationDraft } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import { sek } from '../../money.js';
import { ActivityTable, BudgetTable, FinancingTable } from './ReadOnlyTables.js';
import { useApplicationTexts } from './texts.js';
import './applications.css';

/** A file of the application as the attachment list gives it; only what is shown here is needed. */
export interface ReadOnlyAttachment {
  id: string;
  filename: string;
  kindLabel: string;
  removedAt?: string | null;
}

export interface ApplicationReadOnlyProps {
  /** The application's content: as submitted, or a draft's (rows not filled in yet show as such). */
  content: ApplicationDraft;
  /** The application's files; without them, no attachments section (a page that lists them elsewhere). */
  attachments?: readonly ReadOnlyAttachment[];
  /** The level of the section headings, below the heading of the page or dialog it sits in. */
  level?: 2 | 3;
}

/**
 * The whole application, read-only: texts, activity plan, budget, financing plan and attachments. It loads
 * nothing: the page that places it (the applicant's submitted application, the confirmation before submit, a
 * case page) gives it the content.
 */
export function ApplicationReadOnly({ content: c, attachments, level = 2 }: ApplicationReadOnlyProps) {
  const { t } = useI18n();
  const at = useApplicationTexts();
  const id = useId().replace(/:/g, '');
  const totals = applicationTotals(c);
  const H = level === 2 ? 'h2' : 'h3';
  const part = (key: string, title: string, body: ReactNode) => (
    <section aria-labelledby={`${id}-${key}`}>
      <H id={`${id}-${key}`}>{title}</H>
      {body}
    </section>
  );
  const value = (v: string | null | undefined) => (v?.trim() ? v : <span className="muted">{at.notGiven}</span>);
  const live = (attachments ?? []).filter((a) => !a.removedAt);
  return (
    <div className="application-read-only">
      {part(
        'project',
        at.project,
        <dl className="facts">
          <dt>{t.projectName}</dt>
          <dd>{value(c.projectName)}</dd>
          {c.acronym && (
            <>
              <dt>{t.acronym}</dt>
              <dd>{c.acronym}</dd>
            </>
          )}
          <dt>{t.ownerOrgNumber}</dt>
          <dd>{value(c.ownerOrgNumber)}</dd>
          <dt>{at.period}</dt>
          <dd>{c.periodStart || c.periodEnd ? `${c.periodStart ?? '…'} – ${c.periodEnd ?? '…'}` : value(null)}</dd>
          <dt>{t.requested}</dt>
          <dd>{c.requestedOre ? sek(c.requestedOre) : value(null)}</dd>
          <dt>{t.description}</dt>
          <dd className="prewrap">{value(c.description)}</dd>
          <dt>{t.purpose}</dt>
          <dd className="prewrap">{value(c.purpose)}</dd>
          <dt>{t.goals}</dt>
          <dd className="prewrap">{value(c.goals)}</dd>
        </dl>,
      )}
      {part('activities', at.activities, <ActivityTable content={c} total={totals.activities} />)}
      {part('budget', at.budget, <BudgetTable content={c} total={totals.budget} />)}
      {part('financing', at.financing, <FinancingTable content={c} total={totals.financing} />)}
      {attachments &&
        part(
          'attachments',
          at.attachments,
          live.length === 0 ? (
            <p>{at.noAttachments}</p>
          ) : (
            <ul>
              {live.map((a) => (
                <li key={a.id}>
                  <a href={`/api/v1/attachments/${a.id}`}>{a.filename}</a> ({a.kindLabel})
                </li>
              ))}
            </ul>
          ),
        )}
    </div>
  );
}
