import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { getClosure, type ClosureView, type ReportContent } from './closure-api.js';
import { useClosureTexts } from './texts.js';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.js';
import { sek } from '../../money.js';
import { ClosureConditions } from './ClosureConditions.js';
import { FinalReport } from './FinalReport.js';
import { PendingDecisions } from './PendingDecisions.js';
import { Recoveries } from './Recoveries.js';

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

      <FinalReport data={data} projectId={projectId} draft={draft} setDraft={setDraft} busy={busy} act={act} />
      {report && !report.actions.edit && (
        <AttachmentsPanel key={`${report.id}-${report.version}`} reportId={report.id} />
      )}

      <ClosureConditions data={data} projectId={projectId} busy={busy} act={act} />

      <PendingDecisions data={data} busy={busy} act={act} />
      <Recoveries data={data} projectId={projectId} busy={busy} act={act} />
    </>
  );
}
