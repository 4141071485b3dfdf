import { TextField } from '../../components/fields.js';
import { letterPreviewUrl } from './case-api.js';
import { useCaseTexts } from './texts.js';

/**
 * The decision maker's part on a proposal: read the letter it would give, approve it (with a reason when the
 * appropriation would be overdrawn) or return it to the officer.
 */
export function DecisionApproval(p: {
  decisionId: string;
  overdrawn: boolean;
  overrideReason: string;
  setOverrideReason: (reason: string) => void;
  busy: boolean;
  onApprove: () => void;
  onReturn: () => void;
}) {
  const c = useCaseTexts();
  return (
    <section aria-labelledby="approve-heading" className="box">
      <h2 id="approve-heading">{c.approveTitle}</h2>
      <p>{c.approveIntro}</p>
      <p>
        <a href={letterPreviewUrl(p.decisionId)} target="_blank" rel="noreferrer">
          {c.preview}
        </a>
      </p>
      {p.overdrawn && (
        <TextField
          id="override-reason"
          label={c.overrideReason}
          hint={c.overrideHint}
          multiline
          value={p.overrideReason}
          onChange={p.setOverrideReason}
        />
      )}
      <div className="actions">
        <button type="button" disabled={p.busy} onClick={p.onApprove}>
          {c.approve}
        </button>
        <button type="button" className="secondary" disabled={p.busy} onClick={p.onReturn}>
          {c.returnToOfficer}
        </button>
      </div>
    </section>
  );
}
