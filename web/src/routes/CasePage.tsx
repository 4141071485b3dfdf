import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ApiProblem, getCaseTimeline, type CaseTimeline } from '../api.js';
import { useI18n } from '../i18n.js';
import { actionLabel, kindLabel, statusLabel } from '../labels.js';
import { useSession } from '../session.js';

const timeFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });

/** The case page (SPEC §5.1): the case and a timeline of every event and document, read from the audit trail. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t, lang } = useI18n();
  const { opts } = useSession();
  const [data, setData] = useState<CaseTimeline | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getCaseTimeline(caseId, { ...opts, signal: controller.signal })
      .then(setData)
      .catch((e: unknown) => {
        if (!controller.signal.aborted)
          setError(e instanceof ApiProblem ? `${t.timelineError} ${e.detail}` : t.timelineError);
      });
    return () => controller.abort();
  }, [caseId, opts, t]);
  useEffect(() => {
    if (data) document.title = `${data.case.title} – ${t.appName}`;
  }, [data, t]);

  if (error)
    return (
      <div role="alert" className="error-summary">
        {error}
      </div>
    );
  if (!data) return <p>{t.loadingPage}</p>;
  const c = data.case;
  return (
    <>
      <h1>{c.title}</h1>
      <dl className="facts">
        <dt>{t.diaryNumber}</dt>
        <dd>{c.diaryNumber ?? t.draftNoNumber}</dd>
        <dt>{t.status}</dt>
        <dd>
          {kindLabel(c.kind, lang)} · {statusLabel(c.status, lang)}
        </dd>
        {c.externalIds.length > 0 && (
          <>
            <dt>{t.externalIds}</dt>
            <dd>{c.externalIds.map((x) => `${x.system} ${x.externalId}`).join(', ')}</dd>
          </>
        )}
      </dl>
      <h2>{t.timeline}</h2>
      <ol className="timeline">
        {data.items.map((item, i) => (
          <li key={`${item.entityId}-${i}`}>
            <time dateTime={item.at}>{timeFormat(lang).format(new Date(item.at))}</time>{' '}
            <strong>{actionLabel(item.action, lang)}</strong>
            {item.filename && <span> – {item.filename}</span>}
            {item.actor && <span className="muted"> · {item.actor}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
