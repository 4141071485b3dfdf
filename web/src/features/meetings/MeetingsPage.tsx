import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { listMeetings, planMeeting, type MeetingList } from './meetings-api.js';
import { useMeetingTexts } from './texts.js';

/** The committee's meetings, newest first, and — for officers and decision makers — a form to plan one. */
export function MeetingsPage() {
  const c = useMeetingTexts();
  const { t } = useI18n();
  const { opts } = useSession();
  const [list, setList] = useState<MeetingList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const items = list?.items ?? null;

  const load = useCallback(() => {
    listMeetings(opts)
      .then(setList)
      .catch((e: unknown) => setError(e instanceof ApiProblem ? `${c.loadError} ${e.detail}` : c.loadError));
  }, [opts, c]);
  useEffect(load, [load]);
  useEffect(() => {
    document.title = `${c.meetings} – ${t.appName}`;
  }, [c, t]);

  return (
    <>
      <h1>{c.meetings}</h1>
      <p className="lead">{c.meetingsIntro}</p>
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {items === null && !error && <p>{t.loadingPage}</p>}
      {items && items.length === 0 && <p>{c.noMeetings}</p>}
      {items && items.length > 0 && (
        <table>
          <caption className="visually-hidden">{c.meetings}</caption>
          <thead>
            <tr>
              <th scope="col">{c.date}</th>
              <th scope="col">{c.committee}</th>
              <th scope="col">{c.status}</th>
              <th scope="col" className="num">
                {c.agendaCount}
              </th>
              <th scope="col" className="num">
                {c.decisionCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.id}>
                <td className="nowrap">
                  <Link to={`/sammantraden/${m.id}`}>{m.heldOn}</Link>
                </td>
                <td>
                  {m.committeeName}
                  {m.location ? `, ${m.location}` : ''}
                </td>
                <td>{c.statusLabel(m.status)}</td>
                <td className="num">{m.agendaItems}</td>
                <td className="num">{m.decisions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list?.actions.planMeeting && <PlanMeetingForm onPlanned={load} />}
    </>
  );
}

function PlanMeetingForm({ onPlanned }: { onPlanned: () => void }) {
  const c = useMeetingTexts();
  const { opts } = useSession();
  const [heldOn, setHeldOn] = useState('');
  const [committeeName, setCommitteeName] = useState('');
  const [location, setLocation] = useState('');
  const [agenda, setAgenda] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!heldOn) {
      setMessage({ error: true, text: c.dateRequired });
      return;
    }
    planMeeting(
      {
        heldOn,
        ...(committeeName.trim() ? { committeeName } : {}),
        ...(location.trim() ? { location } : {}),
        agenda: agenda
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .map((title) => ({ title })),
      },
      opts,
    )
      .then((m) => {
        setMessage({ error: false, text: c.planned(m.heldOn) });
        setHeldOn('');
        setAgenda('');
        onPlanned();
      })
      .catch((err: unknown) => setMessage({ error: true, text: err instanceof ApiProblem ? err.detail : c.loadError }));
  };
  return (
    <section aria-labelledby="plan-heading" className="form-section">
      <h2 id="plan-heading">{c.planTitle}</h2>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="meeting-date">{c.heldOn}</label>
          <input id="meeting-date" type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="meeting-committee">{c.committeeOptional}</label>
          <input
            id="meeting-committee"
            type="text"
            value={committeeName}
            onChange={(e) => setCommitteeName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="meeting-location">{c.locationOptional}</label>
          <input id="meeting-location" type="text" value={location} onChange={(e) => setLocation(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="meeting-agenda">{c.agendaLines}</label>
          <p className="hint" id="meeting-agenda-hint">
            {c.agendaHint}
          </p>
          <textarea
            id="meeting-agenda"
            rows={4}
            aria-describedby="meeting-agenda-hint"
            value={agenda}
            onChange={(e) => setAgenda(e.target.value)}
          />
        </div>
        <button type="submit">{c.plan}</button>
        <p role="status" className={message?.error ? 'field-error' : 'muted'}>
          {message?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
