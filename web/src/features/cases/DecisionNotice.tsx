import type { RefObject } from 'react';
import { useCaseTexts } from './texts.js';
import type { Notice } from './use-decision.js';

/**
 * What the last step on the decision page came to: an error (focused, to be read first), a conflict with a
 * way to load the decision again, or a confirmation read out by screen readers.
 */
export function DecisionNotice(p: {
  notice: Notice;
  alertRef: RefObject<HTMLDivElement | null>;
  onReload: () => void;
}) {
  const c = useCaseTexts();
  const { notice } = p;
  return (
    <>
      {notice && notice.kind !== 'ok' && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={p.alertRef}>
          <p>{notice.text}</p>
          {notice.kind === 'conflict' && (
            <button type="button" onClick={p.onReload}>
              {c.reloadDecision}
            </button>
          )}
        </div>
      )}
      <p role="status" className="notice-ok">
        {notice?.kind === 'ok' ? notice.text : ''}
      </p>
    </>
  );
}
