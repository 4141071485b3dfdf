import type { FormEvent } from 'react';
import { useSession } from '../../session.js';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.js';
import {
  approveReport,
  createReport,
  saveReport,
  submitReport,
  type ClosureView,
  type ReportContent,
} from './closure-api.js';
import { useClosureTexts } from './texts.js';

/**
 * The final report: written and submitted by the beneficiary, with its files (attached once the report is saved
 * as a draft, before the button that sends it), approved by the case officer.
 */
export function FinalReport(props: {
  data: ClosureView;
  projectId: string;
  draft: ReportContent;
  setDraft: (draft: ReportContent) => void;
  busy: boolean;
  act: (fn: () => Promise<unknown>, done?: string | null) => Promise<void>;
}) {
  const { data, projectId, draft, setDraft, busy, act } = props;
  const ct = useClosureTexts();
  const { opts } = useSession();
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
          {report ? (
            <AttachmentsPanel key={`${report.id}-${report.version}`} reportId={report.id} />
          ) : (
            <p className="hint">{ct.attachAfterSave}</p>
          )}
          <p>
            <button type="submit" disabled={busy}>
              {ct.save}
            </button>{' '}
            <button type="button" id="report-submit" onClick={onSubmit} disabled={busy}>
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
  );
}
