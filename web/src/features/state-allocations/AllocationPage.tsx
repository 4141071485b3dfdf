import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { DeadlineLine, StageBadge } from './Badges.js';
import { fieldOfIssue, FORM_ORDER, formValues, parseForm, type FormField, type FormValues } from './allocation-form.js';
import { getAllocation, updateAllocation, type AllocationWithDecision, type Issue } from './state-allocations-api.js';
import { useStateAllocationTexts } from './texts.js';
import './state-allocations.css';
import { sek } from '../../money.js';

/** One allocation of the region: its deadlines and the form that records each step of its life. */
export function AllocationPage() {
  const { id = '' } = useParams();
  const { t: common, lang } = useI18n();
  const t = useStateAllocationTexts();
  const { opts } = useSession();
  const [allocation, setAllocation] = useState<AllocationWithDecision | null>(null);
  const [values, setValues] = useState<FormValues | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FormField, string>>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const load = useCallback(
    (signal?: AbortSignal) =>
      getAllocation(id, { ...opts, signal })
        .then((a) => {
          setAllocation(a);
          setValues(formValues(a));
          setConflict(false);
        })
        .catch((e: unknown) => {
          if (!signal?.aborted) setLoadError(e instanceof ApiProblem ? `${t.loadError} ${e.detail}` : t.loadError);
        }),
    [id, opts, t],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);
  useEffect(() => {
    document.title = `${allocation ? t.allocationTitle(allocation.recipient.name, allocation.year) : t.title} – ${common.appName}`;
  }, [t, common, allocation]);
  useEffect(() => {
    if (summary.length > 0) summaryRef.current?.focus();
  }, [summary]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (loadError)
    return (
      <>
        <h1>{t.title}</h1>
        <div role="alert" className="error-summary">
          {loadError}
        </div>
      </>
    );
  if (!allocation || !values) return <p>{t.loading}</p>;

  const showErrors = (errors: Partial<Record<FormField, string>>, general: string[] = []) => {
    setFieldErrors(errors);
    setSummary([
      ...general.map((message) => ({ message })),
      ...FORM_ORDER.filter((f) => errors[f]).map((f) => ({ fieldId: `sa-${f}`, message: errors[f]! })),
    ]);
  };

  const save = async () => {
    setNotice(null);
    const parsed = parseForm(values, allocation.version, t);
    if (!parsed.change) return showErrors(parsed.errors);
    setSaving(true);
    try {
      const saved = await updateAllocation(allocation.id, parsed.change, opts);
      setAllocation({ ...allocation, ...saved });
      setValues(formValues(saved));
      showErrors({});
      setNotice(t.saved);
    } catch (e) {
      if (e instanceof ApiProblem && e.status === 409) {
        setConflict(true);
        showErrors({}, [t.conflict]);
      } else if (e instanceof ApiProblem && Array.isArray(e.details.issues)) {
        const errors: Partial<Record<FormField, string>> = {};
        const general: string[] = [];
        for (const issue of (e.details.issues as Issue[]).filter((i) => i.severity === 'error')) {
          const f = fieldOfIssue(issue);
          if (f && !errors[f]) errors[f] = issue.message[lang];
          else general.push(issue.message[lang]);
        }
        showErrors(errors, general);
      } else showErrors({}, [e instanceof ApiProblem ? e.detail : t.loadError]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <p>
        <Link to={`/statliga-medel/${allocation.stateDecisionId}`}>
          {allocation.reference} {allocation.title}
        </Link>
      </p>
      <h1>{t.allocationTitle(allocation.recipient.name, allocation.year)}</h1>
      <dl className="sa-facts">
        <dt>{t.decision}</dt>
        <dd>
          {allocation.reference} ({allocation.decidedOn})
        </dd>
        <dt>{t.offered}</dt>
        <dd>{sek(allocation.offeredOre)}</dd>
        <dt>{t.stage}</dt>
        <dd>
          <StageBadge stage={allocation.stage} />
        </dd>
        {allocation.unusedOre !== null && (
          <>
            <dt>{t.unused}</dt>
            <dd>{sek(allocation.unusedOre)}</dd>
          </>
        )}
      </dl>
      <h2>{t.deadlinesTitle}</h2>
      {allocation.deadlines.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {allocation.deadlines.map((d) => (
            <li key={d.kind}>
              <DeadlineLine deadline={d} />
              {d.amountOre !== null && d.amountOre > 0 && <> – {sek(d.amountOre)}</>}
            </li>
          ))}
        </ul>
      )}
      {allocation.warnings.length > 0 && (
        <div className="sa-warning">
          <h2>{t.warnings}</h2>
          <ul>
            {allocation.warnings.map((w) => (
              <li key={w.code}>{w.message[lang]}</li>
            ))}
          </ul>
        </div>
      )}
      {notice && (
        <p className="sa-notice" role="status" tabIndex={-1} ref={noticeRef}>
          {notice}
        </p>
      )}
      <ErrorSummary items={summary} ref={summaryRef} />
      {conflict && (
        <p>
          <button type="button" onClick={() => void load()}>
            {t.reload}
          </button>
        </p>
      )}
      <h2>{t.formTitle}</h2>
      {allocation.editable ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p className="hint">{t.formIntro}</p>
          {FORM_ORDER.map((f) => (
            <TextField
              key={f}
              id={`sa-${f}`}
              label={t[f]}
              value={values[f]}
              onChange={(v) => setValues({ ...values, [f]: v })}
              error={fieldErrors[f]}
              width={f.endsWith('Ore') ? 'medium' : 'short'}
              hint={
                f === 'repaidOre'
                  ? t.repaidHint(allocation.unusedOre === null ? '' : sek(allocation.unusedOre))
                  : f.endsWith('On')
                    ? t.dateHint
                    : undefined
              }
            />
          ))}
          <button type="submit" disabled={saving}>
            {t.save}
          </button>
        </form>
      ) : (
        <p>{t.readOnly}</p>
      )}
    </>
  );
}
