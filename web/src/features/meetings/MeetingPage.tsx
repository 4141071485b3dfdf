import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { decisionExtractUrl, getMeeting, holdMeeting, reportExtractUrl, type MeetingPageData } from './meetings-api.js';
import { MinutesRecordForm } from './MinutesRecordForm.js';
import { PressReleasePanel } from './PressReleasePanel.js';
import { useMeetingTexts } from './texts.js';
import { sek } from '../../money.js';

/**
 * The meeting page (docs/domain/life-of-a-grant.md, "The web app"): agenda, decisions taken, report of delegated
 * decisions, press release.
 */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const c = useMeetingTexts();
  const { t } = useI18n();
  const { opts } = useSession();
  const [data, setData] = useState<MeetingPageData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const load = useCallback(() => {
    getMeeting(meetingId, opts)
      .then(setData)
      .catch((e: unknown) => setError(e instanceof ApiProblem ? `${c.loadError} ${e.detail}` : c.loadError));
  }, [meetingId, opts, c]);
  useEffect(load, [load]);
  useEffect(() => {
    if (data) document.title = `${c.meetingTitle(data.meeting.committeeName, data.meeting.heldOn)} – ${t.appName}`;
  }, [data, c, t]);

  if (error)
    return (
      <div role="alert" className="error-summary">
        {error}
      </div>
    );
  if (!data) return <p>{t.loadingPage}</p>;
  const m = data.meeting;
  const held = m.status === 'held';
  const hold = () => {
    holdMeeting(m.id, m.version, opts)
      .then(() => {
        setNotice(c.heldNotice);
        load();
      })
      .catch((e: unknown) => setError(e instanceof ApiProblem ? e.detail : c.loadError));
  };
  return (
    <>
      <h1>{c.meetingTitle(m.committeeName, m.heldOn)}</h1>
      <dl className="facts">
        <dt>{c.committee}</dt>
        <dd>
          {m.committeeName}, {m.funderName}
        </dd>
        <dt>{c.date}</dt>
        <dd>{m.heldOn}</dd>
        {m.location && (
          <>
            <dt>{c.location}</dt>
            <dd>{m.location}</dd>
          </>
        )}
        <dt>{c.status}</dt>
        <dd>{c.statusLabel(m.status)}</dd>
        {held && (
          <>
            <dt>{c.adjusters}</dt>
            <dd>
              {m.adjustedOn && m.adjusters.length > 0 ? `${m.adjusters.join(', ')}, ${m.adjustedOn}` : c.notAdjusted}
            </dd>
          </>
        )}
        {m.certifierName && m.certifierTitle && (
          <>
            <dt>{c.certifier}</dt>
            <dd>
              {m.certifierName}, {m.certifierTitle}
            </dd>
          </>
        )}
      </dl>
      {data.can.hold && (
        <p>
          <button type="button" onClick={hold}>
            {c.hold}
          </button>
        </p>
      )}
      <p role="status" className="notice-ok">
        {notice}
      </p>

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{c.agenda}</h2>
        <ol>
          {data.agenda.map((a) => (
            <li key={a.id}>
              {a.paragraph !== null ? `§ ${a.paragraph} ` : ''}
              {a.caseId ? <Link to={`/arenden/${a.caseId}`}>{a.title}</Link> : a.title}
              {a.diaryNumber ? <span className="muted"> ({a.diaryNumber})</span> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{c.decisions}</h2>
        {data.decisions.length === 0 ? (
          <p>{c.noDecisions}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{c.paragraph}</th>
                <th scope="col">{c.project}</th>
                <th scope="col">{c.owner}</th>
                <th scope="col" className="num">
                  {c.amount}
                </th>
                <th scope="col">{c.period}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">{c.extract}</th>
              </tr>
            </thead>
            <tbody>
              {data.decisions.map((d) => (
                <tr key={d.id}>
                  <td>{d.paragraph ?? ''}</td>
                  <th scope="row">
                    <Link to={`/arenden/${d.caseId}`}>{d.title}</Link>
                    {d.diaryNumber ? <span className="muted block">{d.diaryNumber}</span> : null}
                  </th>
                  <td>{d.ownerName}</td>
                  <td className="num nowrap">{sek(d.amountOre)}</td>
                  <td className="nowrap">{d.periodStart && d.periodEnd ? `${d.periodStart} – ${d.periodEnd}` : ''}</td>
                  <td>{c.decisionStatus(d.status)}</td>
                  <td>
                    {held && d.status === 'approved' ? (
                      <a href={decisionExtractUrl(d.id)}>
                        PDF<span className="visually-hidden"> – {c.extractFor(d.title)}</span>
                      </a>
                    ) : (
                      ''
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{c.report}</h2>
        <p>{c.reportIntro(data.delegationReport.fixed)}</p>
        {data.delegationReport.items.length === 0 ? (
          <p>{c.noReport}</p>
        ) : (
          <table className="delegation-report">
            <thead>
              <tr>
                <th scope="col">{c.decided}</th>
                <th scope="col">{c.project}</th>
                <th scope="col">{c.decidedBy}</th>
                <th scope="col">{c.delegationPoint}</th>
                <th scope="col" className="num">
                  {c.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.delegationReport.items.map((r) => (
                <tr key={r.decisionId}>
                  <td className="nowrap">
                    {r.decisionDate}
                    {r.missedEarlierReport && <span className="muted block">{c.late}</span>}
                    {r.pending && <span className="muted block">{c.pending}</span>}
                  </td>
                  <th scope="row">
                    <Link to={`/arenden/${r.caseId}`}>{r.title}</Link>
                    <span className="muted block">
                      {r.ownerName}
                      {r.diaryNumber ? `, ${r.diaryNumber}` : ''}
                    </span>
                  </th>
                  <td>{[r.decidedBy, r.capacity].filter(Boolean).join(', ')}</td>
                  <td>{r.delegationPoint}</td>
                  <td className="num nowrap">{sek(r.amountOre)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {held && (
          <p>
            <a href={reportExtractUrl(m.id)}>{c.reportExtract}</a>
          </p>
        )}
      </section>

      {data.can.recordMinutes && (
        <MinutesRecordForm
          key={`${m.id}-${m.version}`}
          data={data}
          onSaved={(text) => {
            setNotice(text);
            load();
          }}
        />
      )}

      <PressReleasePanel meetingId={m.id} held={held} canEdit={data.can.editPressRelease} />
    </>
  );
}
