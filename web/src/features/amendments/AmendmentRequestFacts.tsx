import { formatSek, ore } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import { statusLabel } from '../../labels.js';
import type { RequestView } from './amendment-api.js';
import { useAmendmentTexts } from './texts.js';

/** The request's facts: the project's diary number, its status, the terms and budget in force, the end asked for. */
export function AmendmentRequestFacts({ view, newEnd }: { view: RequestView; newEnd: string | null }) {
  const t = useAmendmentTexts();
  const { lang } = useI18n();
  return (
    <dl className="facts">
      <dt>{t.diaryNumber}</dt>
      <dd>{view.project.diaryNumber ?? ''}</dd>
      <dt>{t.status}</dt>
      <dd>
        {statusLabel(view.status, lang)}
        {view.diaryNumber ? ` · ${view.diaryNumber}` : ''}
      </dd>
      <dt>{t.periodNow}</dt>
      <dd>{view.inForce.period ? `${view.inForce.period.start} – ${view.inForce.period.end}` : ''}</dd>
      <dt>{t.amountNow}</dt>
      <dd>{view.inForce.amountOre === null ? '' : formatSek(ore(view.inForce.amountOre))}</dd>
      <dt>{t.budgetNowTotal}</dt>
      <dd id="budget-now">
        {view.currentBudget.source === 'none'
          ? t.noBudget
          : `${formatSek(ore(view.currentBudget.totals.totalOre))} (${t.budgetSource(view.currentBudget.source, view.currentBudget.versionNo)})`}
      </dd>
      {newEnd && (
        <>
          <dt>{t.requested}</dt>
          <dd id="requested-end">{t.newEndComputed(newEnd)}</dd>
        </>
      )}
    </dl>
  );
}
