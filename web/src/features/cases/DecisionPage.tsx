import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { basisPoints, formatPercent } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { TextField } from '../../components/fields.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import {
  approveDecision,
  createDecision,
  getChecks,
  getDecision,
  letterPreviewUrl,
  letterUrl,
  proposeDecision,
  returnDecision,
  updateDecision,
  type DecisionView,
  type Finding,
  type Workspace,
} from './case-api.js';
import { ApplicationSummary } from './CaseWorkPanels.js';
import { fromApplication, fromDecision, liveFindings, toDecisionInput, type DecisionForm } from './decision-form.js';
import { FindingsList } from './FindingsList.js';
import { useCaseTexts } from './texts.js';
import { useCaseWork } from './use-case-work.js';
import { sek } from '../../money.js';

const DRAFTABLE = new Set(['submitted', 'in_assessment', 'decision_proposed']);

type Notice = { kind: 'ok' | 'error' | 'conflict'; text: string } | null;

/**
 * The decision (docs/domain/life-of-a-grant.md, "4. Decision"): the officer drafts it with live checks and a preview of
 * the letter and proposes it; the decision maker approves it (or returns it); once made it is read-only with its
 * letter.
 */
export function DecisionPage() {
  const { caseId = '' } = useParams();
  const { t } = useI18n();
  const c = useCaseTexts();
  const { opts, session } = useSession();
  const work = useCaseWork(caseId);
  const [decision, setDecision] = useState<DecisionView | null>(null);
  const [form, setForm] = useState<DecisionForm | null>(null);
  const [serverFindings, setServerFindings] = useState<Finding[] | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const alertRef = useRef<HTMLDivElement>(null);
  const roles = new Set(session?.user.roles.map((r) => r.role) ?? []);

  useEffect(() => {
    document.title = `${c.decisionTitle} – ${t.appName}`;
  }, [c, t]);

  // The open decision of the case (draft or proposal), else the newest one made, else a new draft.
  const current = work.workspace?.decisions.find((d) => d.approvedAt === null) ?? work.workspace?.decisions[0];
  useEffect(() => {
    if (!work.workspace) return;
    if (!current) {
      setDecision(null);
      setForm(
        (f) => f ?? fromApplication(work.application?.content ?? null, { legalBasis: ['2003:596'], recipients: [] }),
      );
      return;
    }
    const controller = new AbortController();
    const o = { ...opts, signal: controller.signal };
    getDecision(current.id, o)
      .then((d) => {
        setDecision(d);
        setForm(fromDecision(d));
        setDirty(false);
        return getChecks(d.id, o).then((r) => setServerFindings(r.findings));
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted)
          setNotice({ kind: 'error', text: e instanceof ApiProblem ? e.detail : c.loadError });
      });
    return () => controller.abort();
    // Only a different decision (or a reload after an action) loads again, never a language switch.
  }, [current?.id, current?.status, work.workspace, opts.csrfToken]);
  useEffect(() => {
    if (notice && notice.kind !== 'ok') alertRef.current?.focus();
  }, [notice]);

  const converted = useMemo(() => (form ? toDecisionInput(form, c) : null), [form, c]);
  const live = useMemo(
    () => (converted ? liveFindings(converted.input, work.application?.content ?? null) : []),
    [converted, work.application],
  );

  if (work.error)
    return (
      <div className="error-summary" role="alert">
        {work.error.detail || c.loadError}
      </div>
    );
  if (!work.workspace || !form || !converted) return <p>{t.loadingPage}</p>;
  const w = work.workspace;
  const status = decision?.status ?? 'new';
  const editable =
    (status === 'new' || status === 'draft') && roles.has('case_officer') && DRAFTABLE.has(w.case.status);

  const fail = (e: unknown) => {
    if (e instanceof ApiProblem && e.status === 409 && e.details.currentVersion !== undefined) {
      setNotice({ kind: 'conflict', text: `${c.conflict} ${e.detail}` });
    } else setNotice({ kind: 'error', text: e instanceof ApiProblem ? e.detail : c.loadError });
  };
  const afterAction = (text: string) => {
    setNotice({ kind: 'ok', text });
    work.reload();
  };

  const save = async (): Promise<DecisionView | null> => {
    if (Object.keys(converted.errors).length > 0) {
      setNotice({ kind: 'error', text: Object.values(converted.errors).join(' ') });
      return null;
    }
    setBusy(true);
    try {
      const saved = decision
        ? await updateDecision(decision.id, { ...converted.input, version: decision.version }, opts)
        : await createDecision(caseId, converted.input, opts);
      setDecision(saved);
      setDirty(false);
      setServerFindings((await getChecks(saved.id, opts)).findings);
      setNotice({ kind: 'ok', text: c.saved });
      return saved;
    } catch (e) {
      fail(e);
      return null;
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const propose = async () => {
    const saved = dirty || !decision ? await save() : decision;
    if (!saved) return;
    setBusy(true);
    proposeDecision(saved.id, opts)
      .then(() => afterAction(c.proposed))
      .catch(fail)
      .finally(() => setBusy(false));
  };
  const approve = () => {
    if (!decision) return;
    setBusy(true);
    approveDecision(decision.id, overrideReason.trim() || undefined, opts)
      .then((r) =>
        afterAction(
          r.emailId
            ? `${c.approvedNotice(r.decision.decisionDate ?? '')} ${c.mailQueued}`
            : c.approvedNotice(r.decision.decisionDate ?? ''),
        ),
      )
      .catch(fail)
      .finally(() => setBusy(false));
  };
  const sendBack = () => {
    if (!decision) return;
    setBusy(true);
    returnDecision(decision.id, opts)
      .then(() => afterAction(c.readOnlyProposal))
      .catch(fail)
      .finally(() => setBusy(false));
  };
  const update = (change: Partial<DecisionForm>) => {
    setForm({ ...form, ...change });
    setDirty(true);
    if (notice?.kind === 'ok') setNotice(null);
  };
  const overdrawn = serverFindings?.some((f) => f.code === 'commitment.overdrawn') ?? false;

  return (
    <>
      <p>
        <Link to={`/arenden/${caseId}`}>{c.backToCase}</Link>
      </p>
      <h1>
        {c.decisionTitle}: {w.case.title}
      </h1>
      <p className="muted">
        {w.case.diaryNumber} · {w.case.applicant.name}
        {decision && ` · ${c.decisionStatus(decision.status)}`}
      </p>
      {notice && notice.kind !== 'ok' && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={alertRef}>
          <p>{notice.text}</p>
          {notice.kind === 'conflict' && (
            <button
              type="button"
              onClick={() => {
                setNotice(null);
                work.reload();
              }}
            >
              {c.reloadDecision}
            </button>
          )}
        </div>
      )}
      <p role="status" className="notice-ok">
        {notice?.kind === 'ok' ? notice.text : ''}
      </p>
      {decision?.approvedAt && (
        <div className="box">
          <p>{c.approvedNotice(decision.decisionDate ?? '')}</p>
          <p>
            <a href={letterUrl(decision.id)}>{c.letter}</a>
          </p>
        </div>
      )}
      {!editable && status === 'new' && <p>{c.notDraftable}</p>}
      <div className="two-columns">
        <div>
          {editable ? (
            <DecisionEditor
              form={form}
              errors={converted.errors}
              workspace={w}
              update={update}
              onSubmit={onSubmit}
              busy={busy}
            />
          ) : (
            decision && <DecisionTerms decision={decision} workspace={w} />
          )}
          {editable && (
            <div className="actions">
              {decision && !dirty && (
                <a href={letterPreviewUrl(decision.id)} target="_blank" rel="noreferrer">
                  {c.preview}
                </a>
              )}
              <button type="button" disabled={busy} onClick={() => void propose()}>
                {c.propose}
              </button>
            </div>
          )}
          {status === 'proposed' && roles.has('decision_maker') && (
            <section aria-labelledby="approve-heading" className="box">
              <h2 id="approve-heading">{c.approveTitle}</h2>
              <p>{c.approveIntro}</p>
              <p>
                <a href={letterPreviewUrl(decision!.id)} target="_blank" rel="noreferrer">
                  {c.preview}
                </a>
              </p>
              {overdrawn && (
                <TextField
                  id="override-reason"
                  label={c.overrideReason}
                  hint={c.overrideHint}
                  multiline
                  value={overrideReason}
                  onChange={setOverrideReason}
                />
              )}
              <div className="actions">
                <button type="button" disabled={busy} onClick={approve}>
                  {c.approve}
                </button>
                <button type="button" className="secondary" disabled={busy} onClick={sendBack}>
                  {c.returnToOfficer}
                </button>
              </div>
            </section>
          )}
          {status === 'proposed' && !roles.has('decision_maker') && <p>{c.readOnlyProposal}</p>}
        </div>
        <aside aria-label={c.checks}>
          {editable && <FindingsList id="checks-live" title={c.checksLive} findings={live} />}
          {serverFindings && !decision?.approvedAt && (
            <FindingsList id="checks-server" title={c.checksServer} findings={serverFindings} />
          )}
          {work.application && <ApplicationSummary application={work.application} />}
        </aside>
      </div>
    </>
  );
}

function DecisionEditor(p: {
  form: DecisionForm;
  errors: ReturnType<typeof toDecisionInput>['errors'];
  workspace: Workspace;
  update: (change: Partial<DecisionForm>) => void;
  onSubmit: (e: FormEvent) => void;
  busy: boolean;
}) {
  const c = useCaseTexts();
  const { form: f, errors, update, workspace: w } = p;
  const grant = f.kind === 'grant';
  return (
    <form onSubmit={p.onSubmit} noValidate>
      <fieldset>
        <legend>{c.kind}</legend>
        <div className="radios-inline">
          {(['grant', 'reject'] as const).map((k) => (
            <span key={k}>
              <input
                type="radio"
                id={`kind-${k}`}
                name="kind"
                checked={f.kind === k}
                onChange={() => update({ kind: k })}
              />
              <label htmlFor={`kind-${k}`}>{k === 'grant' ? c.grant : c.reject}</label>
            </span>
          ))}
        </div>
      </fieldset>
      {grant && (
        <>
          <TextField
            id="amount"
            label={c.amount}
            width="medium"
            value={f.amount}
            error={errors.amount}
            onChange={(v) => update({ amount: v })}
          />
          <TextField
            id="max-share"
            label={c.maxShare}
            width="short"
            value={f.maxShare}
            error={errors.maxShare}
            onChange={(v) => update({ maxShare: v })}
          />
          <TextField
            id="approved-costs"
            label={c.approvedCosts}
            width="medium"
            value={f.approvedCosts}
            error={errors.approvedCosts}
            onChange={(v) => update({ approvedCosts: v })}
          />
          <TextField
            id="period-start"
            label={c.periodStart}
            hint={c.dateHint}
            type="date"
            width="medium"
            value={f.periodStart}
            error={errors.periodStart}
            onChange={(v) => update({ periodStart: v })}
          />
          <TextField
            id="period-end"
            label={c.periodEnd}
            hint={c.dateHint}
            type="date"
            width="medium"
            value={f.periodEnd}
            error={errors.periodEnd}
            onChange={(v) => update({ periodEnd: v })}
          />
          <div className="field">
            <label htmlFor="appropriation">{c.appropriation}</label>
            <select
              id="appropriation"
              value={f.appropriationId}
              onChange={(e) => update({ appropriationId: e.target.value })}
            >
              <option value="">{c.chooseAppropriation}</option>
              {w.options.appropriations.map((a) => (
                <option key={a.id} value={a.id}>
                  {[a.expenditureArea, a.code, a.name].filter(Boolean).join(' ')} –{' '}
                  {c.appropriationLeft(a.year, sek((a.budgetOre ?? 0) - a.committedOre), sek(a.budgetOre ?? 0))}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      <fieldset>
        <legend>{c.legalBasis}</legend>
        {w.options.legalBases.map((l) => (
          <div className="field checkbox" key={l.sfs}>
            <input
              type="checkbox"
              id={`legal-${l.sfs.replace(':', '-')}`}
              checked={f.legalBasis.includes(l.sfs)}
              onChange={(e) =>
                update({
                  legalBasis: e.target.checked ? [...f.legalBasis, l.sfs] : f.legalBasis.filter((x) => x !== l.sfs),
                })
              }
            />
            <label htmlFor={`legal-${l.sfs.replace(':', '-')}`}>
              SFS {l.sfs} {l.title}
            </label>
          </div>
        ))}
      </fieldset>
      <TextField id="reasons" label={c.reasons} multiline value={f.reasons} onChange={(v) => update({ reasons: v })} />
      {grant && (
        <TextField
          id="conditions"
          label={c.conditions}
          multiline
          value={f.conditions}
          onChange={(v) => update({ conditions: v })}
        />
      )}
      <TextField
        id="recipients"
        label={c.recipients}
        multiline
        value={f.recipients}
        error={errors.recipients}
        onChange={(v) => update({ recipients: v })}
      />
      <div className="field">
        <label htmlFor="decided-by">{c.decidedBy}</label>
        <select id="decided-by" value={f.decidedBy} onChange={(e) => update({ decidedBy: e.target.value })}>
          <option value="">{c.chooseDecider}</option>
          {w.options.decisionMakers.map((d) => (
            <option key={d.id} value={d.id}>
              {d.displayName}
              {d.title ? `, ${d.title}` : ''}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{c.howDecided}</legend>
        <div className="radios-inline">
          <span>
            <input
              type="radio"
              id="how-delegation"
              name="how"
              checked={f.how === 'delegation'}
              onChange={() => update({ how: 'delegation' })}
            />
            <label htmlFor="how-delegation">{c.onDelegation}</label>
          </span>
          <span>
            <input
              type="radio"
              id="how-meeting"
              name="how"
              checked={f.how === 'meeting'}
              onChange={() => update({ how: 'meeting' })}
            />
            <label htmlFor="how-meeting">{c.atMeeting}</label>
          </span>
          <span>
            <input
              type="radio"
              id="how-urgent"
              name="how"
              checked={f.how === 'urgent'}
              onChange={() => update({ how: 'urgent' })}
            />
            <label htmlFor="how-urgent">{c.urgent}</label>
          </span>
        </div>
      </fieldset>
      {f.how === 'urgent' ? (
        <>
          <TextField
            id="urgency-ground"
            label={c.urgencyGround}
            multiline
            value={f.urgencyGround}
            onChange={(v) => update({ urgencyGround: v })}
          />
          <TextField
            id="urgency-consulted"
            label={c.urgencyConsulted}
            hint={c.urgencyConsultedHint}
            value={f.urgencyConsulted}
            onChange={(v) => update({ urgencyConsulted: v })}
          />
          <TextField
            id="urgency-consulted-on"
            label={c.urgencyConsultedOn}
            width="short"
            value={f.urgencyConsultedOn}
            onChange={(v) => update({ urgencyConsultedOn: v })}
          />
        </>
      ) : f.how === 'delegation' ? (
        <TextField
          id="delegation-point"
          label={c.delegationPoint}
          hint={c.delegationHint}
          width="short"
          value={f.delegationPoint}
          onChange={(v) => update({ delegationPoint: v })}
        />
      ) : (
        <div className="field">
          <label htmlFor="meeting">{c.meeting}</label>
          <select id="meeting" value={f.meetingId} onChange={(e) => update({ meetingId: e.target.value })}>
            <option value="">{c.chooseMeeting}</option>
            {w.options.meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.heldOn} {m.committeeName}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="secondary" disabled={p.busy}>
          {c.saveDraft}
        </button>
      </div>
    </form>
  );
}

/** The terms of a proposal or a decision made, as the decision maker reads them before approving. */
function DecisionTerms({ decision: d, workspace: w }: { decision: DecisionView; workspace: Workspace }) {
  const c = useCaseTexts();
  const appropriation = w.options.appropriations.find((a) => a.id === d.appropriationId);
  const decider = w.options.decisionMakers.find((m) => m.id === d.decidedBy);
  const meeting = w.options.meetings.find((m) => m.id === d.meetingId);
  return (
    <dl className="facts">
      <dt>{c.kind}</dt>
      <dd>{d.kind === 'grant' ? c.grant : c.reject}</dd>
      {d.kind === 'grant' && (
        <>
          <dt>{c.amount}</dt>
          <dd>{sek(d.amountOre)}</dd>
          <dt>{c.maxShare}</dt>
          <dd>{d.maxShareBp === null ? '' : formatPercent(basisPoints(d.maxShareBp))}</dd>
          <dt>{c.approvedCosts}</dt>
          <dd>{sek(d.approvedCostsOre)}</dd>
          <dt>{c.periodStart}</dt>
          <dd>{d.period?.start ?? ''}</dd>
          <dt>{c.periodEnd}</dt>
          <dd>{d.period?.end ?? ''}</dd>
          <dt>{c.appropriation}</dt>
          <dd>
            {appropriation
              ? [appropriation.expenditureArea, appropriation.code, appropriation.name].filter(Boolean).join(' ')
              : ''}
          </dd>
        </>
      )}
      <dt>{c.legalBasis}</dt>
      <dd>{d.legalBasis.map((s) => `SFS ${s}`).join(', ')}</dd>
      <dt>{c.reasons}</dt>
      <dd className="prewrap">{d.reasons ?? ''}</dd>
      {d.conditions && (
        <>
          <dt>{c.conditions}</dt>
          <dd className="prewrap">{d.conditions}</dd>
        </>
      )}
      <dt>{c.recipients}</dt>
      <dd>{d.recipients.join(', ')}</dd>
      <dt>{c.decidedBy}</dt>
      <dd>{decider?.displayName ?? ''}</dd>
      <dt>{c.howDecided}</dt>
      <dd>
        {d.delegationPoint
          ? `${c.onDelegation}, ${c.delegationPoint.toLowerCase()} ${d.delegationPoint}`
          : `${c.atMeeting}${meeting ? ` ${meeting.heldOn}` : ''}`}
      </dd>
    </dl>
  );
}
