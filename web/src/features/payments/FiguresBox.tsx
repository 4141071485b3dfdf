import { Fragment } from 'react';
import { formatSek, ore, parseSek, type PaymentAssessment, type PaymentLimit } from '../../../../src/domain/index.js';
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
 * The limit a person reads. The domain's assessPayment says 'nothing_left' whenever the request pays nothing;
 * of the grant that is true only when none of it remains (its remainingGrant is then 0). Otherwise the request
 * pays nothing because what remains is withheld until the final payment, or because the costs do not yet carry
 * a payment (the share of approved costs).
 */
export function limitShown(figures: PaymentAssessment): PaymentLimit {
  if (figures.limitedBy !== 'nothing_left' || figures.remainingGrant === 0) return figures.limitedBy;
  return figures.remainingGrant <= figures.withheld ? 'withheld' : 'share';
}

/**
 * The payable amount and the limit that binds it, computed live by the domain's assessPayment — the same
 * function the server runs when the request is approved — with the caps it was measured against. While
 * nothing is filled in (`empty`), what remains of the grant instead, and that nothing remains only when so.
 */
export function FiguresBox({
  title,
  rows,
  figures,
  empty = null,
}: {
  title: string;
  rows: { label: string; value: number }[];
  figures: PaymentAssessment | null;
  /** What to fill in for a payment to be computed, while nothing is; null once something is. */
  empty?: string | null;
}) {
  const pt = usePaymentTexts();
  const { lang } = useI18n();
  const spent = figures !== null && figures.remainingGrant === 0;
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
        {figures && empty !== null && (
          <>
            <dt>{pt.remaining}</dt>
            <dd>
              <strong data-testid="remaining">{formatSek(figures.remainingGrant)}</strong>
            </dd>
            {spent && (
              <>
                <dt>{pt.limitedBy}</dt>
                <dd data-testid="limited-by">{pt.limitLabel('nothing_left')}</dd>
              </>
            )}
          </>
        )}
        {figures && empty === null && (
          <>
            <dt>{pt.expectedPayment}</dt>
            <dd>
              <strong data-testid="payable">{formatSek(figures.payable)}</strong>
            </dd>
            <dt>{pt.limitedBy}</dt>
            <dd data-testid="limited-by">{pt.limitLabel(limitShown(figures))}</dd>
            {figures.advanceLimit === null && (
              <>
                <dt>{pt.capByShare}</dt>
                <dd>{formatSek(figures.capByShare)}</dd>
              </>
            )}
          </>
        )}
        {figures && (
          <>
            <dt>{pt.capByGrant}</dt>
            <dd>{formatSek(figures.capByGrant)}</dd>
            <dt>{pt.withheld}</dt>
            <dd>{formatSek(figures.withheld)}</dd>
          </>
        )}
        {figures && empty === null && (
          <>
            <dt>{pt.remainingAfter}</dt>
            <dd>{formatSek(figures.remainingGrant)}</dd>
          </>
        )}
      </dl>
      {figures && empty !== null && !spent && <p className="hint">{empty}</p>}
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
