import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiProblem, createApplication, listFunders, listMyCases, type MyCase } from '../api.js';
import { useI18n } from '../i18n.js';
import { kindLabel, statusLabel } from '../labels.js';
import { useSession } from '../session.js';
import { OpenCompletionRequests } from '../features/messages/OpenCompletionRequests.js';

const dateFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium' });

/** The applicant's cases (docs/domain/life-of-a-grant.md, "The web app"), newest first as the server orders them. */
export function MyCasesPage() {
  const { t, lang } = useI18n();
  const { opts } = useSession();
  const navigate = useNavigate();
  const [cases, setCases] = useState<MyCase[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t.myCases} – ${t.appName}`;
  }, [t]);
  useEffect(() => {
    const controller = new AbortController();
    listMyCases({ ...opts, signal: controller.signal })
      .then((r) => setCases(r.items))
      .catch((e: unknown) => {
        if (!controller.signal.aborted)
          setError(e instanceof ApiProblem ? `${t.casesError} ${e.detail}` : t.casesError);
      });
    return () => controller.abort();
  }, [opts, t]);

  // With one funder the draft is created at once; with more, the applicant chooses first.
  const startNew = async () => {
    setBusy(true);
    try {
      const funders = (await listFunders(opts)).items;
      if (funders.length === 1) {
        const created = await createApplication(funders[0]!.id, {}, opts);
        void navigate(`/ansokan/${created.caseId}`);
      } else void navigate('/ansokan/ny');
    } catch (e) {
      setError(e instanceof ApiProblem ? e.detail : t.error);
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t.myCases}</h1>
      <p className="lead">{t.myCasesIntro}</p>
      <OpenCompletionRequests />
      <button type="button" onClick={() => void startNew()} disabled={busy}>
        {t.newApplication}
      </button>
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {!cases && !error && <p>{t.loadingPage}</p>}
      {cases && cases.length === 0 && <p>{t.noCases}</p>}
      {cases && cases.length > 0 && (
        <table>
          <caption className="visually-hidden">{t.myCases}</caption>
          <thead>
            <tr>
              <th scope="col">{t.caseTitle}</th>
              <th scope="col">{t.diaryNumber}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.updated}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {c.kind === 'application' ? (
                    <Link to={`/ansokan/${c.id}`}>{c.title || t.untitled}</Link>
                  ) : c.kind === 'amendment_request' ? (
                    <Link to={`/andringar/${c.id}`}>{c.title || t.untitled}</Link>
                  ) : (
                    c.title || t.untitled
                  )}
                  {c.kind !== 'application' && <span className="muted block">{kindLabel(c.kind, lang)}</span>}
                </th>
                <td className="nowrap">{c.diaryNumber ?? <span className="muted">{t.draftNoNumber}</span>}</td>
                <td>{statusLabel(c.status, lang)}</td>
                <td className="nowrap">{dateFormat(lang).format(new Date(c.updatedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
