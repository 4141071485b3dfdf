import { useEffect, useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { letterUrl } from '../cases/case-api.js';
import { getPlanDiff, getVersions, type PlanDiff, type PlanVersion, type Versions } from './amendment-api.js';
import { PlanDiffTable } from './PlanDiffTable.js';
import { useAmendmentTexts } from './texts.js';
import { sek } from '../../money.js';

type Compared = PlanDiff & { from: PlanVersion; to: PlanVersion };

/**
 * A project's history (docs/domain/rules.md, "Decisions never change"): each decision version with the terms in force
 * after it, and the side-by-side diff of any two versions of the activity plan (?from=1&to=2, linkable).
 */
export function ProjectVersionsPage() {
  const { projectId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const t = useAmendmentTexts();
  const { t: common } = useI18n();
  const { opts } = useSession();
  const [versions, setVersions] = useState<Versions | null>(null);
  const [compared, setCompared] = useState<Compared | null>(null);
  const [error, setError] = useState<string | null>(null);
  const from = params.get('from');
  const to = params.get('to');
  const [choice, setChoice] = useState({ from: from ?? '', to: to ?? '' });

  useEffect(() => {
    const controller = new AbortController();
    const o = { ...opts, signal: controller.signal };
    Promise.all([
      getVersions(projectId, o),
      getPlanDiff(projectId, from ? Number(from) : null, to ? Number(to) : null, o).catch((e: unknown) => {
        if (e instanceof ApiProblem && e.status === 404) return null;
        throw e;
      }),
    ])
      .then(([v, d]) => {
        setVersions(v);
        setCompared(d);
        if (d) setChoice({ from: String(d.from.versionNo), to: String(d.to.versionNo) });
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof ApiProblem ? e.detail : t.loadError);
      });
    return () => controller.abort();
  }, [projectId, from, to, opts.csrfToken]);
  useEffect(() => {
    if (versions) document.title = `${t.versionsOf(versions.acronym ?? versions.name)} – ${common.appName}`;
  }, [versions, t, common]);

  if (error)
    return (
      <div role="alert" className="error-summary">
        {error}
      </div>
    );
  if (!versions) return <p>{common.loadingPage}</p>;
  const label = (p: PlanVersion) => `${t.planVersion(p.versionNo, p.label)}${p.approved ? '' : ` ${t.draftVersion}`}`;
  const compare = (e: FormEvent) => {
    e.preventDefault();
    setParams({ from: choice.from, to: choice.to });
  };

  return (
    <>
      <h1>{t.versionsOf(versions.acronym ?? versions.name)}</h1>
      <p className="lead">{versions.name}</p>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t.versionsTitle}</h2>
        <table>
          <caption className="visually-hidden">{t.versionsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.versionNo}</th>
              <th scope="col">{t.decision}</th>
              <th scope="col">{t.decisionDate}</th>
              <th scope="col">{t.period}</th>
              <th scope="col" className="num">
                {t.granted}
              </th>
              <th scope="col" className="num">
                {t.budgetColumn}
              </th>
              <th scope="col">{t.changedTerms}</th>
            </tr>
          </thead>
          <tbody>
            {versions.versions.map((v) => (
              <tr key={v.decisionId}>
                <th scope="row">{v.no}</th>
                <td>
                  {t.decisionKind(v.kind)}
                  {v.diaryNumber ? ` · ${v.diaryNumber}` : ''}
                  {v.hasLetter && (
                    <>
                      {' · '}
                      <a href={letterUrl(v.decisionId)}>{t.letter}</a>
                    </>
                  )}
                </td>
                <td className="nowrap">{v.decisionDate ?? ''}</td>
                <td className="nowrap">{v.terms.period ? `${v.terms.period.start} – ${v.terms.period.end}` : ''}</td>
                <td className="num nowrap">{sek(v.terms.amountOre)}</td>
                <td className="num nowrap" data-field="budget">
                  {v.budget && (
                    <>
                      {sek(v.budget.totalOre)}
                      <span className="muted block">{t.budgetSource(v.budget.source, v.budget.versionNo)}</span>
                      {v.budget.years.map((y) => (
                        <span key={y.year} className="muted block">
                          {y.year}: {sek(y.totalOre)}
                        </span>
                      ))}
                    </>
                  )}
                </td>
                <td>{v.changed.map(t.termNames).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading">{t.diffTitle}</h2>
        {versions.planVersions.length > 0 && (
          <form className="inline-form" onSubmit={compare}>
            <label htmlFor="compare-from">{t.compareFrom}</label>
            <select
              id="compare-from"
              value={choice.from}
              onChange={(e) => setChoice({ ...choice, from: e.target.value })}
            >
              {versions.planVersions.map((p) => (
                <option key={p.versionNo} value={p.versionNo}>
                  {label(p)}
                </option>
              ))}
            </select>
            <label htmlFor="compare-to">{t.compareTo}</label>
            <select id="compare-to" value={choice.to} onChange={(e) => setChoice({ ...choice, to: e.target.value })}>
              {versions.planVersions.map((p) => (
                <option key={p.versionNo} value={p.versionNo}>
                  {label(p)}
                </option>
              ))}
            </select>
            <button type="submit">{t.compare}</button>
          </form>
        )}
        {compared && <PlanDiffTable diff={compared} fromLabel={label(compared.from)} toLabel={label(compared.to)} />}
      </section>
    </>
  );
}
