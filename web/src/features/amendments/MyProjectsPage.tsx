import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatSek, ore } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { createRequest, listMyProjects, type MyProject } from './amendment-api.js';
import { useAmendmentTexts } from './texts.js';

/** The beneficiary's projects: where an amendment request starts and the versions are read. */
export function MyProjectsPage() {
  const t = useAmendmentTexts();
  const { t: common } = useI18n();
  const { opts } = useSession();
  const navigate = useNavigate();
  const [items, setItems] = useState<MyProject[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = `${t.myProjects} – ${common.appName}`;
  }, [t, common]);
  useEffect(() => {
    const controller = new AbortController();
    listMyProjects({ ...opts, signal: controller.signal })
      .then((r) => setItems(r.items))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof ApiProblem ? e.detail : t.loadError);
      });
    return () => controller.abort();
  }, [opts, t]);

  const request = (p: MyProject) => {
    setBusy(true);
    createRequest(p.id, {}, opts)
      .then((created) => navigate(`/andringar/${created.caseId}`))
      .catch((e: unknown) => {
        setError(e instanceof ApiProblem ? e.detail : t.loadError);
        setBusy(false);
      });
  };

  return (
    <>
      <h1>{t.myProjects}</h1>
      <p className="lead">{t.myProjectsIntro}</p>
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {!items && !error && <p>{common.loadingPage}</p>}
      {items && items.length === 0 && <p>{t.noProjects}</p>}
      {items && items.length > 0 && (
        <table>
          <caption className="visually-hidden">{t.myProjects}</caption>
          <thead>
            <tr>
              <th scope="col">{t.project}</th>
              <th scope="col">{t.diaryNumber}</th>
              <th scope="col">{t.period}</th>
              <th scope="col" className="num">
                {t.granted}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t.requestTitle}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => {
              const name = p.acronym ?? p.name;
              return (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/projekt/${p.id}/versioner`}>{p.name}</Link>
                  </th>
                  <td className="nowrap">{p.diaryNumber ?? ''}</td>
                  <td className="nowrap">{p.periodStart && p.periodEnd ? `${p.periodStart} – ${p.periodEnd}` : ''}</td>
                  <td className="num nowrap">{p.grantedOre === null ? '' : formatSek(ore(p.grantedOre))}</td>
                  <td>
                    {p.status === 'active' && (
                      <button type="button" className="secondary" disabled={busy} onClick={() => request(p)}>
                        {t.requestAmendment(name)}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
