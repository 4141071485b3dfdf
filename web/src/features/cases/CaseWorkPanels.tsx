import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../../api.js';
import type { ApplicationView } from '../applications/applications-api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import {
  assignOfficer,
  letterUrl,
  listCaseEmails,
  retryCaseEmail,
  type CaseEmail,
  type Workspace,
} from './case-api.js';
import { useCaseTexts } from './texts.js';
import { sek } from '../../money.js';

/** Who handles the case; any of the funder's officers can take it or hand it on. */
export function AssignmentPanel({ workspace, onChanged }: { workspace: Workspace; onChanged: () => void }) {
  const c = useCaseTexts();
  const { opts } = useSession();
  const [officer, setOfficer] = useState(workspace.case.officer?.id ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    assignOfficer(workspace.case.id, officer || null, opts)
      .then(() => {
        const name = workspace.options.officers.find((o) => o.id === officer)?.displayName ?? '';
        setMessage({ error: false, text: c.assigned(name) });
        onChanged();
      })
      .catch((err: unknown) => setMessage({ error: true, text: err instanceof ApiProblem ? err.detail : c.loadError }));
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <label htmlFor="assign-officer">{c.assignTo}</label>
      <select id="assign-officer" value={officer} onChange={(e) => setOfficer(e.target.value)}>
        <option value="">{c.nobody}</option>
        {workspace.options.officers.map((o) => (
          <option key={o.id} value={o.id}>
            {o.displayName}
          </option>
        ))}
      </select>
      <button type="submit">{c.assign}</button>
      <p role="status" className={message?.error ? 'field-error' : 'muted'}>
        {message?.text ?? ''}
      </p>
    </form>
  );
}

/** What was applied for, read-only: the facts the assessment and the decision start from. */
export function ApplicationSummary({ application }: { application: ApplicationView }) {
  const c = useCaseTexts();
  const a = application.content;
  return (
    <section aria-labelledby="application-heading">
      <h2 id="application-heading">{c.application}</h2>
      <dl className="facts">
        <dt>{c.appliedPeriod}</dt>
        <dd>{a.periodStart && a.periodEnd ? `${a.periodStart} – ${a.periodEnd}` : ''}</dd>
        <dt>{c.requested}</dt>
        <dd>{sek(application.totals.requested)}</dd>
        <dt>{c.budgetTotal}</dt>
        <dd>{sek(application.totals.budget)}</dd>
      </dl>
      {a.activities && a.activities.length > 0 && (
        <table>
          <caption>{c.activityPlan}</caption>
          <thead>
            <tr>
              <th scope="col">{c.activityNo}</th>
              <th scope="col">{c.activity}</th>
              <th scope="col">{c.start}</th>
              <th scope="col">{c.end}</th>
              <th scope="col" className="num">
                {c.cost}
              </th>
            </tr>
          </thead>
          <tbody>
            {a.activities.map((x) => (
              <tr key={x.number}>
                <td>{x.number}</td>
                <th scope="row">{x.title}</th>
                <td className="nowrap">{x.start ?? ''}</td>
                <td className="nowrap">{x.end ?? ''}</td>
                <td className="num nowrap">{sek(x.costOre)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The decisions of the case, each linked to its own page (an amendment decision to the amendment's), with its letter. */
export function DecisionsPanel({ workspace }: { workspace: Workspace }) {
  const c = useCaseTexts();
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{c.decisions}</h2>
      {workspace.decisions.length === 0 ? (
        <p>{c.noDecisions}</p>
      ) : (
        <ul className="plain-list">
          {workspace.decisions.map((d) => (
            <li key={d.id}>
              <Link to={`/arenden/${workspace.case.id}/${d.kind === 'amend' ? 'andringsbeslut' : 'beslut'}`}>
                {c.kindLabel(d.kind)} · {c.decisionStatus(d.status)}
                {d.amountOre !== null ? ` · ${sek(d.amountOre)}` : ''}
                {d.decisionDate ? ` · ${d.decisionDate}` : ''}
              </Link>
              {d.hasLetter && (
                <>
                  {' · '}
                  <a href={letterUrl(d.id)}>{c.letter}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The case's outbox: every message sent or waiting, failures with their error and a retry. */
export function OutboxPanel({ caseId }: { caseId: string }) {
  const c = useCaseTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const [items, setItems] = useState<CaseEmail[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    listCaseEmails(caseId, { ...opts, signal: controller.signal })
      .then((r) => setItems(r.items))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof ApiProblem ? e.detail : c.loadError);
      });
    return () => controller.abort();
  }, [caseId, opts, tick, c]);
  const time = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
          dateStyle: 'short',
          timeStyle: 'short',
          timeZone: 'Europe/Stockholm',
        }).format(new Date(iso))
      : '';
  return (
    <section aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">{c.outbox}</h2>
      <p className="muted">{c.outboxIntro}</p>
      {error && <p className="field-error">{error}</p>}
      {items && items.length === 0 && <p>{c.noMail}</p>}
      {items && items.length > 0 && (
        <table>
          <caption className="visually-hidden">{c.outbox}</caption>
          <thead>
            <tr>
              <th scope="col">{c.subject}</th>
              <th scope="col">{c.to}</th>
              <th scope="col">{c.mailStatus}</th>
              <th scope="col">{c.attempts}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.subject}
                  {m.attachments.length > 0 && (
                    <span className="muted"> · {m.attachments.map((a) => a.filename).join(', ')}</span>
                  )}
                </th>
                <td>{m.to.join(', ')}</td>
                <td>
                  <span className={`badge badge-${m.status}`}>{c.mailStatusLabel(m.status)}</span>{' '}
                  {time(m.sentAt ?? m.createdAt)}
                  {m.lastError && <div className="field-error">{m.lastError}</div>}
                  {m.status === 'failed' && (
                    <button
                      type="button"
                      onClick={() =>
                        void retryCaseEmail(caseId, m.id, opts)
                          .then(() => setTick((x) => x + 1))
                          .catch((e: unknown) => setError(e instanceof ApiProblem ? e.detail : c.loadError))
                      }
                    >
                      {c.retry}
                    </button>
                  )}
                </td>
                <td className="num">{m.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
