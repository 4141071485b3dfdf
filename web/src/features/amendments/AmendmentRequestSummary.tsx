import type { RequestView } from './amendment-api.js';
import { useAmendmentTexts } from './texts.js';

/**
 * On the decision page: the request the decision answers — the period now, the end asked for, the motivation; or, for
 * a request that came in outside Bidra, where it is.
 */
export function AmendmentRequestSummary({ request }: { request: RequestView }) {
  const t = useAmendmentTexts();
  return (
    <section aria-labelledby="request-heading" className="box">
      <h2 id="request-heading">{t.theRequest}</h2>
      {!request.inBidra && <p>{t.outsideBidra}</p>}
      <dl className="facts">
        <dt>{t.periodNow}</dt>
        <dd>{request.inForce.period ? `${request.inForce.period.start} – ${request.inForce.period.end}` : ''}</dd>
        {request.inBidra && (
          <>
            <dt>{t.requested}</dt>
            <dd>{request.requestedPeriodEnd ? t.newEndComputed(request.requestedPeriodEnd) : ''}</dd>
            <dt>{t.motivation}</dt>
            <dd className="prewrap">{request.content.motivation}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
