import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../session.js';
import { myCompletionRequests, type OpenCompletionRequest } from './messages-api.js';
import { useMessageTexts } from './texts.js';

/** On "Mina ärenden": the applications the officer has asked the organisation to complete, and by when. */
export function OpenCompletionRequests() {
  const mt = useMessageTexts();
  const { opts } = useSession();
  const [items, setItems] = useState<OpenCompletionRequest[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    myCompletionRequests({ ...opts, signal: controller.signal })
      .then((r) => setItems(r.items))
      .catch(() => undefined);
    return () => controller.abort();
  }, [opts]);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="open-completions-heading" className="box">
      <h2 id="open-completions-heading">{mt.openRequests}</h2>
      <p>{mt.openRequestsIntro}</p>
      <ul className="plain-list">
        {items.map((r) => (
          <li key={r.requestId}>
            <p>
              <Link to={`/ansokan/${r.caseId}`}>{mt.openRequest(r.title)}</Link>
              {r.diaryNumber && <span className="muted"> · {r.diaryNumber}</span>}
            </p>
            <p className="prewrap">{r.body}</p>
            {r.dueDate && (
              <p>
                <strong>{mt.dueBy(r.dueDate)}</strong>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
