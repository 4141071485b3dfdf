import type { ApplicationDraft } from '../../../../src/domain/index.js';
import { COST_CATEGORY_LABELS, useI18n } from '../../i18n.js';
import { sek } from '../../money.js';
import { useApplicationTexts } from './texts.js';

/*
 * The application's tables, read-only (ApplicationReadOnly.tsx). A value the draft does not have yet shows
 * as "Ej ifyllt"; amounts are öre, shown in kronor.
 */

type Props = { content: ApplicationDraft; total: number };

function useCells() {
  const { t } = useI18n();
  const at = useApplicationTexts();
  const missing = <span className="muted">{at.notGiven}</span>;
  return {
    t,
    at,
    text: (v: string | null | undefined) => (v?.trim() ? v : missing),
    money: (v: number | null | undefined) => (v == null ? missing : sek(v)),
    total: (colSpan: number, amount: number, after = 0) => (
      <tfoot>
        <tr>
          <th scope="row" colSpan={colSpan}>
            {at.total}
          </th>
          <td className="num nowrap">{sek(amount)}</td>
          {after > 0 && <td colSpan={after} />}
        </tr>
      </tfoot>
    ),
  };
}

export function ActivityTable({ content, total }: Props) {
  const { t, at, text, money, total: foot } = useCells();
  const rows = content.activities ?? [];
  if (rows.length === 0) return <p>{at.noActivities}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.actNumber}</th>
          <th scope="col">{t.actTitle}</th>
          <th scope="col">{t.actStart}</th>
          <th scope="col">{t.actEnd}</th>
          <th scope="col" className="num">
            {t.actCost}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a, i) => (
          <tr key={i}>
            <td>{text(a.number)}</td>
            <th scope="row">{text(a.title)}</th>
            <td className="nowrap">{text(a.start)}</td>
            <td className="nowrap">{text(a.end)}</td>
            <td className="num nowrap">{money(a.costOre)}</td>
          </tr>
        ))}
      </tbody>
      {foot(4, total)}
    </table>
  );
}

export function BudgetTable({ content, total }: Props) {
  const { t, at, text, money, total: foot } = useCells();
  const { lang } = useI18n();
  const rows = content.budget ?? [];
  if (rows.length === 0) return <p>{at.noBudget}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.category}</th>
          <th scope="col">{t.year}</th>
          <th scope="col" className="num">
            {t.amount}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b, i) => (
          <tr key={i}>
            <th scope="row">{COST_CATEGORY_LABELS[b.category][lang]}</th>
            <td>{text(b.year === null ? null : String(b.year))}</td>
            <td className="num nowrap">{money(b.amountOre)}</td>
          </tr>
        ))}
      </tbody>
      {foot(2, total)}
    </table>
  );
}

export function FinancingTable({ content, total }: Props) {
  const { t, at, text, money, total: foot } = useCells();
  const rows = content.financing ?? [];
  if (rows.length === 0) return <p>{at.noFinancing}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.financier}</th>
          <th scope="col" className="num">
            {t.amount}
          </th>
          <th scope="col">{t.isPublic}</th>
          <th scope="col">{t.isInKind}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((f, i) => (
          <tr key={i}>
            <th scope="row">{text(f.financierName)}</th>
            <td className="num nowrap">{money(f.amountOre)}</td>
            <td>{f.isPublic ? t.yes : t.no}</td>
            <td>{f.isInKind ? t.yes : t.no}</td>
          </tr>
        ))}
      </tbody>
      {foot(1, total, 2)}
    </table>
  );
}
