import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem, type InboxItem } from '../api.js';
import { useI18n } from '../i18n.js';
import { statusLabel } from '../labels.js';
import { useSession } from '../session.js';
import { useCaseTexts } from '../features/cases/texts.js';
import { CallFilter } from '../features/calls/CallFilter.js';
import { getInboxOfCall } from '../features/calls/calls-api.js';

// `draft` in the inbox is a registered case back with the applicant for completion.
const OPEN = ['submitted', 'in_assessment', 'decision_proposed', 'draft'] as const;
const inboxStatus = (s: string, lang: 'sv' | 'en') =>
  s === 'draft' ? (lang === 'sv' ? 'Väntar på komplettering' : 'Awaiting completion') : statusLabel(s, lang);

/**
 * The case officer's inbox (docs/domain/life-of-a-grant.md, "The web app"): open cases, due dates first, filtered by
 * status.
 */
export function InboxPage() {
  const { t, lang } = useI18n();
  const { opts } = useSession();
  const [status, setStatus] = useState('');
  const [assigned, setAssigned] = useState<'all' | 'me' | 'unassigned'>('all');
  const [callId, setCallId] = useState('');
  const texts = useCaseTexts();
  // Stockholm's calendar day, for marking cases past their due date.
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t.inbox} – ${t.appName}`;
  }, [t]);
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    getInboxOfCall(status, assigned, callId, { ...opts, signal: controller.signal })
      .then((r) => setItems(r.items))
      .catch((e: unknown) => {
        if (!controller.signal.aborted)
          setError(e instanceof ApiProblem ? `${t.inboxError} ${e.detail}` : t.inboxError);
      });
    return () => controller.abort();
  }, [opts, status, assigned, callId, t]);

  return (
    <>
      <h1>{t.inbox}</h1>
      <p className="lead">{t.inboxIntro}</p>
      <label htmlFor="inbox-status">{t.filterStatus}</label>
      <select id="inbox-status" value={status} onChange={(e) => setStatus(e.target.value)}>
        <option value="">{t.allStatuses}</option>
        {OPEN.map((s) => (
          <option key={s} value={s}>
            {inboxStatus(s, lang)}
          </option>
        ))}
      </select>
      <label htmlFor="inbox-assigned">{texts.assignedFilter}</label>
      <select
        id="inbox-assigned"
        value={assigned}
        onChange={(e) => setAssigned(e.target.value as 'all' | 'me' | 'unassigned')}
      >
        <option value="all">{texts.assignedAll}</option>
        <option value="me">{texts.assignedMine}</option>
        <option value="unassigned">{texts.assignedNobody}</option>
      </select>
      <CallFilter id="inbox-call" value={callId} onChange={setCallId} />
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {!items && !error && <p>{t.loadingPage}</p>}
      {items && items.length === 0 && <p>{t.inboxEmpty}</p>}
      {items && items.length > 0 && (
        <table>
          <caption className="visually-hidden">{t.inbox}</caption>
          <thead>
            <tr>
              <th scope="col">{t.caseTitle}</th>
              <th scope="col">{t.applicantCol}</th>
              <th scope="col">{t.diaryNumber}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.receivedCol}</th>
              <th scope="col">{texts.due}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/arenden/${c.id}`}>{c.title || t.untitled}</Link>
                </th>
                <td>{c.applicant}</td>
                <td className="nowrap">{c.diaryNumber ?? ''}</td>
                <td>{inboxStatus(c.status, lang)}</td>
                <td className="nowrap">{c.receivedOn ?? ''}</td>
                <td className="nowrap">
                  {c.dueDate ?? ''}
                  {c.dueDate && c.dueDate < today && <strong className="field-error"> ({texts.overdue})</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
