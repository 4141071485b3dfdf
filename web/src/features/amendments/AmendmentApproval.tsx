import { letterPreviewUrl } from '../cases/case-api.js';
import { useAmendmentTexts } from './texts.js';

/** The decision maker's approval of a proposed amendment decision: preview the letter, approve or return it. */
export function AmendmentApproval({
  decisionId,
  busy,
  onApprove,
  onReturn,
}: {
  decisionId: string;
  busy: boolean;
  onApprove: () => void;
  onReturn: () => void;
}) {
  const t = useAmendmentTexts();
  return (
    <section aria-labelledby="approve-heading" className="box">
      <h2 id="approve-heading">{t.approve}</h2>
      <p>
        <a href={letterPreviewUrl(decisionId)} target="_blank" rel="noreferrer">
          {t.preview}
        </a>
      </p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={onApprove}>
          {t.approve}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onReturn}>
          {t.returnToOfficer}
        </button>
      </div>
    </section>
  );
}
