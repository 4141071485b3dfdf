import { Fragment } from 'react';
import { formatSek, ore, parseSek, type PaymentAssessment } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import { usePaymentTexts } from './texts.js';

/** Öre → the number as typed in an input ("120 000"), without " kr". */
export const amountText = (o: number | null | undefined): string =>
  o == null ? '' : formatSek(ore(o)).replace(/\u00a0kr$/, '');

/** An input's text → öre, or null when empty; undefined when it is not an amount. */
export function readAmount(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const r = parseSek(text);
  return r.ok && r.value >= 0 ? r.value : undefined;
}

/**
 * The payable amount and the limit that binds it, computed live by the domain's assessPayment — the same
 * function the server runs when the request is approved — with the caps it was measured against.
 */
export function FiguresBox({
  title,
  rows,
  figures,
}: {
  title: string;
  rows: { label: string; value: number }[];
  figures: PaymentAssessment | null;
}) {
  const pt = usePaymentTexts();
  const { lang } = useI18n();
  return (
    <aside className="totals" aria-labelledby="figures-title" aria-live="polite">
      <h2 id="figures-title">{title}</h2>
      <dl>
        {rows.map((r) => (
          <Fragment key={r.label}>
            <dt>{r.label}</dt>
            <dd>{formatSek(ore(r.value))}</dd>
          </Fragment>
        ))}
        {figures && (
          <>
            <dt>{pt.expectedPayment}</dt>
            <dd>
              <strong data-testid="payable">{formatSek(figures.payable)}</strong>
            </dd>
            <dt>{pt.limitedBy}</dt>
            <dd data-testid="limited-by">{pt.limitLabel(figures.limitedBy)}</dd>
            {figures.advanceLimit === null && (
              <>
                <dt>{pt.capByShare}</dt>
                <dd>{formatSek(figures.capByShare)}</dd>
              </>
            )}
            <dt>{pt.capByGrant}</dt>
            <dd>{formatSek(figures.capByGrant)}</dd>
            <dt>{pt.withheld}</dt>
            <dd>{formatSek(figures.withheld)}</dd>
            <dt>{pt.remainingAfter}</dt>
            <dd>{formatSek(figures.remainingGrant)}</dd>
          </>
        )}
      </dl>
      {figures && figures.issues.length > 0 && (
        <ul className="findings">
          {figures.issues.map((i) => (
            <li key={i.code} className="finding finding-error">
              {i.message[lang]}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
