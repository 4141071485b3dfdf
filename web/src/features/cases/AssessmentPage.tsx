import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { TextField } from '../../components/fields.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { getAssessment, saveAssessment, type AssessmentInput, type Grade } from './case-api.js';
import { ApplicationSummary } from './CaseWorkPanels.js';
import { useCaseTexts } from './texts.js';
import { useCaseWork } from './use-case-work.js';

interface Form {
  priorityId: string;
  strategyFitText: string;
  eligibilityText: string;
  stateAidBasis: string;
  cofinancingChecked: boolean;
  grades: Record<string, { grade: Grade; motivation: string }>;
}

const emptyForm = (): Form => ({
  priorityId: '',
  strategyFitText: '',
  eligibilityText: '',
  stateAidBasis: '',
  cofinancingChecked: false,
  grades: {},
});

/**
 * The case officer's assessment (docs/domain/life-of-a-grant.md, "3. Assessment"): strategy fit and each aspect graded
 * with a motivation.
 */
export function AssessmentPage() {
  const { caseId = '' } = useParams();
  const { t } = useI18n();
  const c = useCaseTexts();
  const { opts } = useSession();
  const work = useCaseWork(caseId);
  const [form, setForm] = useState<Form | null>(null);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [feedback, setFeedback] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${c.assessmentTitle} – ${t.appName}`;
  }, [c, t]);
  useEffect(() => {
    const controller = new AbortController();
    getAssessment(caseId, { ...opts, signal: controller.signal })
      .then((a) => {
        setVersion(a.version);
        setForm({
          priorityId: a.priorityId ?? '',
          strategyFitText: a.strategyFitText ?? '',
          eligibilityText: a.eligibilityText ?? '',
          stateAidBasis: a.stateAidBasis ?? '',
          cofinancingChecked: a.cofinancingChecked,
          grades: Object.fromEntries(
            a.grades.map((g) => [g.aspectId, { grade: g.grade, motivation: g.motivation ?? '' }]),
          ),
        });
      })
      .catch((e: unknown) => {
        // No assessment yet: the first save creates it.
        if (!controller.signal.aborted && e instanceof ApiProblem && e.status === 404) setForm(emptyForm());
      });
    return () => controller.abort();
    // Reloading on a language switch would throw away what the officer typed.
  }, [caseId, opts.csrfToken]);
  useEffect(() => {
    if (feedback?.error) alertRef.current?.focus();
  }, [feedback]);

  if (work.error)
    return (
      <div className="error-summary" role="alert">
        {work.error.detail || c.loadError}
      </div>
    );
  if (!work.workspace || !form) return <p>{t.loadingPage}</p>;
  const w = work.workspace;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input: AssessmentInput = {
      priorityId: form.priorityId || null,
      strategyFitText: form.strategyFitText.trim() || null,
      eligibilityText: form.eligibilityText.trim() || null,
      stateAidBasis: form.stateAidBasis.trim() || null,
      cofinancingChecked: form.cofinancingChecked,
      grades: Object.entries(form.grades).map(([aspectId, g]) => ({
        aspectId,
        grade: g.grade,
        motivation: g.motivation.trim() || null,
      })),
      ...(version === undefined ? {} : { version }),
    };
    setBusy(true);
    saveAssessment(caseId, input, opts)
      .then((a) => {
        setVersion(a.version);
        setFeedback({ error: false, text: c.assessmentSaved });
      })
      .catch((err: unknown) => setFeedback({ error: true, text: err instanceof ApiProblem ? err.detail : c.loadError }))
      .finally(() => setBusy(false));
  };
  const set = (change: Partial<Form>) => setForm({ ...form, ...change });
  const setGrade = (aspectId: string, change: Partial<{ grade: Grade; motivation: string }>) =>
    set({
      grades: {
        ...form.grades,
        [aspectId]: { grade: 'none', motivation: '', ...form.grades[aspectId], ...change },
      },
    });

  return (
    <>
      <p>
        <Link to={`/arenden/${caseId}`}>{c.backToCase}</Link>
      </p>
      <h1>
        {c.assessmentTitle}: {w.case.title}
      </h1>
      <p className="lead">{c.assessmentIntro}</p>
      {feedback?.error && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={alertRef}>
          {feedback.text}
        </div>
      )}
      <div className="two-columns">
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="priority">{c.priority}</label>
            <select id="priority" value={form.priorityId} onChange={(e) => set({ priorityId: e.target.value })}>
              <option value="">{c.choosePriority}</option>
              {w.options.priorities.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.code} {p.title}
                </option>
              ))}
            </select>
          </div>
          <TextField
            id="strategy-fit"
            label={c.strategyFit}
            multiline
            value={form.strategyFitText}
            onChange={(v) => set({ strategyFitText: v })}
          />
          <TextField
            id="eligibility"
            label={c.eligibility}
            multiline
            value={form.eligibilityText}
            onChange={(v) => set({ eligibilityText: v })}
          />
          <TextField
            id="state-aid"
            label={c.stateAid}
            hint={c.stateAidHint}
            value={form.stateAidBasis}
            onChange={(v) => set({ stateAidBasis: v })}
          />
          <div className="field checkbox">
            <input
              id="cofinancing-checked"
              type="checkbox"
              checked={form.cofinancingChecked}
              onChange={(e) => set({ cofinancingChecked: e.target.checked })}
            />
            <label htmlFor="cofinancing-checked">{c.cofinancingChecked}</label>
          </div>
          <h2>{c.aspects}</h2>
          {w.options.aspects.map((a, i) => {
            const g = form.grades[a.id] ?? { grade: 'none' as Grade, motivation: '' };
            return (
              <fieldset key={a.id} className="aspect">
                <legend>
                  {a.name}
                  {a.policy && <span className="muted"> ({a.policy})</span>}
                </legend>
                <div className="radios-inline">
                  {(['high', 'low', 'none'] as const).map((grade) => (
                    <span key={grade}>
                      <input
                        type="radio"
                        id={`aspect-${i}-${grade}`}
                        name={`aspect-${i}`}
                        checked={g.grade === grade}
                        onChange={() => setGrade(a.id, { grade })}
                      />
                      <label htmlFor={`aspect-${i}-${grade}`}>
                        {grade === 'high' ? c.gradeHigh : grade === 'low' ? c.gradeLow : c.gradeNone}
                      </label>
                    </span>
                  ))}
                </div>
                <div className="field">
                  <label htmlFor={`aspect-${i}-motivation`} className="visually-hidden">
                    {c.motivationFor(a.name)}
                  </label>
                  <textarea
                    id={`aspect-${i}-motivation`}
                    rows={2}
                    placeholder={c.motivation}
                    value={g.motivation}
                    onChange={(e) => setGrade(a.id, { motivation: e.target.value })}
                  />
                </div>
              </fieldset>
            );
          })}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {c.saveAssessment}
            </button>
            <p role="status" className="muted">
              {feedback && !feedback.error ? feedback.text : ''}
            </p>
          </div>
        </form>
        <aside>{work.application && <ApplicationSummary application={work.application} />}</aside>
      </div>
    </>
  );
}
