import { useEffect, useRef } from 'react';
import { ApiProblem } from '../../api.js';
import type { useAmendmentTexts } from './texts.js';

/** What the amendment pages tell after loading or saving: done, an error, or a conflict to reload after. */
export type Notice = { kind: 'ok' | 'error' | 'conflict'; text: string } | null;

/** The notice of a failed call: a stale version (409 with the current one) is a conflict to reload after. */
export const noticeOfError = (e: unknown, t: ReturnType<typeof useAmendmentTexts>): Notice =>
  e instanceof ApiProblem && e.status === 409 && e.details.currentVersion !== undefined
    ? { kind: 'conflict', text: `${t.conflict} ${e.detail}` }
    : { kind: 'error', text: e instanceof ApiProblem ? e.detail : t.loadError };

/** Before the page has loaded: the error that stopped it, or that it is loading. */
export function LoadingNotice({ notice, loading }: { notice: Notice; loading: string }) {
  return notice ? (
    <div role="alert" className="error-summary">
      {notice.text}
    </div>
  ) : (
    <p>{loading}</p>
  );
}

/** An error (focused, with a reload button on a conflict) and the status line that announces what was done. */
export function AmendmentNotice({
  notice,
  reloadLabel,
  onReload,
}: {
  notice: Notice;
  reloadLabel: string;
  onReload: () => void;
}) {
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice && notice.kind !== 'ok') alertRef.current?.focus();
  }, [notice]);
  return (
    <>
      {notice && notice.kind !== 'ok' && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={alertRef}>
          <p>{notice.text}</p>
          {notice.kind === 'conflict' && (
            <button type="button" onClick={onReload}>
              {reloadLabel}
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
