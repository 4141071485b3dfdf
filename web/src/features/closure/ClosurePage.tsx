import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import {
  approveDecision,
  approveReport,
  closeProject,
  createRecovery,
  createReport,
  getClosure,
  proposeDecision,
  recordReceived,
  saveReport,
  submitReport,
  type ClosureView,
  type RecoveryView,
  type ReportContent,
} from './closure-api.js';
import { useClosureTexts } from './texts.js';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.js';
import { sek } from '../../money.js';

const EMPTY: ReportContent = { summary: '', results: '', indicators: '' };

/**
 * /projekt/:projectId/avslut — the final report, the closure checklist, closing, and recoveries
 * (docs/domain/life-of-a-grant.md, "7. Closure").
 */
export function ClosurePage() {
  const { projectId = '' } = useParams();
  const { t } = useI18n();
  const ct = useClosureTexts();
  const { opts } = useSession();
  const [data, setData] = useState<ClosureView | null>(null);
  const [draft, setDraft] = useState<ReportContent>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [closePoint, setClosePoint] = useState('');

  const load = useCallback(
    () =>
      getClosure(projectId, opts)
        .then((d) => {
          setData(d);
          setDraft(d.finalReport?.content ?? EMPTY);
        })
        .catch((e: unknown) => setError(e instanceof ApiProblem ? `${ct.loadError} ${e.detail}` : ct.loadError)),
    [projectId, opts, ct],
  );
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (data) document.title = `${ct.title}: ${data.project.name} – ${t.appName}`;
  }, [data, ct, t]);

  const act = async (fn: () => Promise<unknown>, done: string | null = null) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await fn();
      await load();
      setNotice(done);
    } catch (e) {
      setError(e instanceof ApiProblem ? e.detail : ct.error);
    } finally {
      setBusy(false);
    }
  };

  if (!data) {
    return error ? (
      <div role="alert" className="error-summary">
        {error}
      </div>
    ) : (
      <p>{t.loadingPage}</p>
    );
  }
  const report = data.finalReport;
  const editable = report ? report.actions.edit : data.actions.writeReport;

  const onSave = (e: FormEvent) => {
    e.preventDefault();
    void act(
      () => (report ? saveReport(report.id, report.version, draft, opts) : createReport(projectId, draft, opts)),
      ct.saved,
    );
  };
  const onSubmit = () =>
    void act(async () => {
      const saved = report
        ? await saveReport(report.id, report.version, draft, opts)
        : await createReport(projectId, draft, opts);
      await submitReport(saved.id, saved.version, opts);
    });

  return (
    <>
      <p>
        <Link to={`/utbetalningar/projekt/${projectId}`}>{ct.back}</Link>
      </p>
      <h1>
        {ct.title}: {data.project.name}
      </h1>
      <dl className="facts">
        <dt>{ct.status}</dt>
        <dd data-testid="project-status">{ct.statusLabel(data.project.status)}</dd>
        <dt>{ct.granted}</dt>
        <dd>{sek(data.grantedOre)}</dd>
        <dt>{ct.paid}</dt>
        <dd>{sek(data.paidOre)}</dd>
      </dl>
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {notice && <p role="status">{notice}</p>}

      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{ct.finalReport}</h2>
        {report && (
          <p>
            <span className="badge">{ct.reportStatus(report.status)}</span>
          </p>
        )}
        {editable ? (
          <form onSubmit={onSave}>
            {(['summary', 'results', 'indicators'] as const).map((field) => (
              <p key={field}>
                <label htmlFor={`report-${field}`}>{ct[field]}</label>
                <textarea
                  id={`report-${field}`}
                  rows={4}
                  value={draft[field]}
                  onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                />
              </p>
            ))}
            <p>
              <button type="submit" disabled={busy}>
                {ct.save}
              </button>{' '}
              <button type="button" onClick={onSubmit} disabled={busy}>
                {ct.submit}
              </button>
            </p>
          </form>
        ) : report ? (
          <dl className="facts">
            <dt>{ct.summary}</dt>
            <dd>{report.content.summary}</dd>
            <dt>{ct.results}</dt>
            <dd>{report.content.results}</dd>
            <dt>{ct.indicators}</dt>
            <dd>{report.content.indicators}</dd>
          </dl>
        ) : (
          <p>{ct.noReport}</p>
        )}
        {report?.actions.approve && (
          <p>
            <button
              type="button"
              disabled={busy}
              onClick={() => void act(() => approveReport(report.id, report.version, opts))}
            >
              {ct.approve}
            </button>
          </p>
        )}
      </section>
      {report && <AttachmentsPanel key={`${report.id}-${report.version}`} reportId={report.id} />}

      <section aria-labelledby="conditions-heading">
        <h2 id="conditions-heading">{ct.conditions}</h2>
        <ul className="checklist">
          <li data-testid="cond-report">
            {data.conditions.finalReportApproved ? '✓' : '✗'} {ct.condReport}:{' '}
            {data.conditions.finalReportApproved ? ct.met : ct.notMet}
          </li>
          <li data-testid="cond-payment">
            {data.conditions.finalPaymentRecorded ? '✓' : '✗'} {ct.condPayment}:{' '}
            {data.conditions.finalPaymentRecorded ? ct.met : ct.notMet}
          </li>
          <li data-testid="release">
            {data.closed ? ct.released : ct.release}: {sek(data.releaseOre)}
          </li>
        </ul>
        {data.closed ? (
          <p role="status">{data.closed.decisionDate ? ct.closedOn(data.closed.decisionDate) : ct.closedDone}</p>
        ) : (
          data.actions.close && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void act(() => closeProject(projectId, reason, closePoint, opts), ct.draftCreated);
              }}
            >
              {!data.conditions.finalPaymentRecorded && (
                <p>
                  <label htmlFor="close-reason">{ct.noFinalPaymentReason}</label>
                  <textarea id="close-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
                </p>
              )}
              <p>
                <label htmlFor="close-point">{ct.delegationPoint}</label>
                <input id="close-point" value={closePoint} onChange={(e) => setClosePoint(e.target.value)} />
              </p>
              <p>
                <button type="submit" disabled={busy}>
                  {ct.close}
                </button>
              </p>
            </form>
          )
        )}
      </section>

      <PendingDecisions data={data} busy={busy} act={act} />
      <Recoveries data={data} projectId={projectId} busy={busy} act={act} />
    </>
  );
}

function Recoveries(props: {
  data: ClosureView;
  projectId: string;
  busy: boolean;
  act: (fn: () => Promise<unknown>, done?: string | null) => Promise<void>;
}) {
  const { data, projectId, busy, act } = props;
  const ct = useClosureTexts();
  const { opts } = useSession();
  const [kind, setKind] = useState<'recovery' | 'repayment'>('recovery');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [point, setPoint] = useState('');
  const [invalid, setInvalid] = useState(false);

  const decide = (e: FormEvent) => {
    e.preventDefault();
    const kronor = Number(amount.replace(/[\s\u00a0]/g, ''));
    if (!Number.isInteger(kronor) || kronor <= 0) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    void act(
      () =>
        createRecovery(
          projectId,
          { kind, amountOre: kronor * 100, reason, dueDate, delegationPoint: point.trim() || undefined },
          opts,
        ),
      ct.draftCreated,
    );
  };
  const received = (r: RecoveryView) =>
    void act(() =>
      recordReceived(
        r.id,
        { version: r.version, receivedOre: r.amountOre, receivedOn: new Date().toISOString().slice(0, 10) },
        opts,
      ),
    );

  if (data.recoveries.length === 0 && !data.actions.recover) return null;
  return (
    <section aria-labelledby="recoveries-heading">
      <h2 id="recoveries-heading">{ct.recoveries}</h2>
      {data.recoveries.length === 0 ? (
        <p>{ct.noRecoveries}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{ct.recoveries}</caption>
          <thead>
            <tr>
              <th scope="col">{ct.kind}</th>
              <th scope="col">{ct.reason}</th>
              <th scope="col">{ct.dueDate}</th>
              <th scope="col" className="num">
                {ct.amount}
              </th>
              <th scope="col" className="num">
                {ct.received}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.recoveries.map((r) => (
              <tr key={r.id}>
                <th scope="row">{ct.kindLabel(r.kind)}</th>
                <td>{r.reason}</td>
                <td className="nowrap">{r.dueDate ?? ''}</td>
                <td className="num nowrap">{sek(r.amountOre)}</td>
                <td className="num nowrap">
                  {r.receivedOre !== null ? (
                    `${sek(r.receivedOre)} (${r.receivedOn ?? ''})`
                  ) : data.actions.recordReceived ? (
                    <button type="button" disabled={busy} onClick={() => received(r)}>
                      {ct.recordReceived}
                    </button>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.actions.recover && (
        <form onSubmit={decide} aria-labelledby="new-recovery-heading">
          <h3 id="new-recovery-heading">{ct.newRecovery}</h3>
          <p>
            <label htmlFor="recovery-kind">{ct.kind}</label>
            <select
              id="recovery-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value === 'repayment' ? 'repayment' : 'recovery')}
            >
              <option value="recovery">{ct.kindLabel('recovery')}</option>
              <option value="repayment">{ct.kindLabel('repayment')}</option>
            </select>
          </p>
          <p>
            <label htmlFor="recovery-amount">{ct.amountKr}</label>
            <input
              id="recovery-amount"
              inputMode="numeric"
              value={amount}
              aria-invalid={invalid}
              aria-describedby={invalid ? 'recovery-amount-error' : undefined}
              onChange={(e) => setAmount(e.target.value)}
              required
            />
            {invalid && (
              <span id="recovery-amount-error" className="field-error">
                {ct.invalidAmount}
              </span>
            )}
          </p>
          <p>
            <label htmlFor="recovery-reason">{ct.reason}</label>
            <textarea
              id="recovery-reason"
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
            />
          </p>
          <p>
            <label htmlFor="recovery-due">{ct.dueDate}</label>
            <input
              id="recovery-due"
              type="date"
              value={dueDate}
              onChange={(e) => setDueDate(e.target.value)}
              required
            />
          </p>
          <p>
            <label htmlFor="recovery-point">{ct.recoveryDelegationPoint}</label>
            <input id="recovery-point" value={point} onChange={(e) => setPoint(e.target.value)} />
          </p>
          <p>
            <button type="submit" disabled={busy}>
              {ct.decide}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}

/**
 * Withdrawal, recovery and closing decisions the officer has drafted or proposed: the officer previews the
 * letter and proposes the draft; a decision maker reads the proposal's letter preview and decides it here
 * (the server refuses the proposal's own author and anyone the delegation order does not allow).
 */
function PendingDecisions(props: {
  data: ClosureView;
  busy: boolean;
  act: (fn: () => Promise<unknown>, done?: string | null) => Promise<void>;
}) {
  const { data, busy, act } = props;
  const ct = useClosureTexts();
  const { opts, session } = useSession();
  const decisionMaker = session?.user.roles.some((r) => r.role === 'decision_maker') ?? false;
  if (data.pendingDecisions.length === 0) return null;
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">{ct.pending}</h2>
      <ul>
        {data.pendingDecisions.map((d) => (
          <li key={d.id}>
            <strong>{ct.pendingKind(d.kind)}</strong>
            {d.amountOre !== null ? `, ${sek(d.amountOre)}` : ''} – {ct.pendingStatus(d.status)}.{' '}
            <a href={`/api/v1/decisions/${d.id}/letter-preview.pdf`}>{ct.preview}</a>
            {d.status === 'draft' && (
              <>
                {' '}
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void act(() => proposeDecision(d.id, opts), ct.proposed)}
                >
                  {ct.propose}
                </button>
              </>
            )}
            {d.status === 'proposed' && decisionMaker && (
              <>
                {' '}
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`${ct.approveDecision}: ${ct.pendingKind(d.kind)}`}
                  onClick={() => void act(() => approveDecision(d.id, opts), ct.decided)}
                >
                  {ct.approveDecision}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
