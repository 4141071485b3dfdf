import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../session.js';
import { casePaymentLinks } from './payment-api.js';
import { usePaymentTexts } from './texts.js';

/** On a case page: links to the project's payments and, for a payment request case, to the request. */
export function CasePaymentLinks({ caseId }: { caseId: string }) {
  const pt = usePaymentTexts();
  const { opts } = useSession();
  const [links, setLinks] = useState<{ projectId: string | null; paymentRequestId: string | null } | null>(null);
  useEffect(() => {
    casePaymentLinks(caseId, opts)
      .then(setLinks)
      .catch(() => setLinks(null));
  }, [caseId, opts]);
  if (!links || (!links.projectId && !links.paymentRequestId)) return null;
  return (
    <nav aria-label={pt.payments}>
      <ul className="action-links">
        {links.paymentRequestId && (
          <li>
            <Link to={`/utbetalningar/${links.paymentRequestId}`}>{pt.toRequest}</Link>
          </li>
        )}
        {links.projectId && (
          <li>
            <Link to={`/utbetalningar/projekt/${links.projectId}`}>{pt.toPayments}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
