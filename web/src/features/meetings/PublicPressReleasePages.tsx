import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import {
  getPublicPressRelease,
  listPublicPressReleases,
  type PublicPressRelease,
  type PublicPressReleaseSummary,
} from './meetings-api.js';
import { PressReleaseBody } from './PressReleasePanel.js';
import { useMeetingTexts } from './texts.js';

/** Published press releases, for everyone (no login). */
export function PublicPressReleasesPage() {
  const c = useMeetingTexts();
  const { t, lang } = useI18n();
  const [items, setItems] = useState<PublicPressReleaseSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = `${c.pressReleases} – ${t.appName}`;
    listPublicPressReleases({ lang })
      .then((p) => setItems(p.items))
      .catch((e: unknown) => setError(e instanceof ApiProblem ? e.detail : c.loadError));
  }, [c, t, lang]);
  return (
    <>
      <h1>{c.pressReleases}</h1>
      <p className="lead">{c.pressReleasesIntro}</p>
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {items && items.length === 0 && <p>{c.noPressReleases}</p>}
      <ul className="plain-list">
        {items?.map((r) => (
          <li key={r.id}>
            <Link to={`/pressmeddelanden/${r.id}`}>{r.title}</Link>
            <span className="muted block">
              {[r.meetingDate, r.funderName, c.projects(r.projectCount)].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** One published press release, as published. */
export function PublicPressReleasePage() {
  const { id = '' } = useParams();
  const c = useMeetingTexts();
  const { t, lang } = useI18n();
  const [data, setData] = useState<PublicPressRelease | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getPublicPressRelease(id, { lang })
      .then((d) => {
        setData(d);
        document.title = `${d.title} – ${t.appName}`;
      })
      .catch((e: unknown) => setError(e instanceof ApiProblem ? e.detail : c.loadError));
  }, [id, lang, t, c]);
  if (error)
    return (
      <div role="alert" className="error-summary">
        {error}
      </div>
    );
  if (!data) return <p>{t.loadingPage}</p>;
  return (
    <>
      <PressReleaseBody
        title={data.title}
        paragraphs={data.paragraphs}
        listHeading={data.listHeading}
        items={data.items.map((it) => ({ ...it, ownerName: it.owner }))}
        contacts={data.contacts}
        headingLevel={1}
      />
      <p>
        {data.pdfUrl && <a href={data.pdfUrl}>{c.pdf}</a>}
        {' · '}
        <Link to="/pressmeddelanden">{c.backToList}</Link>
      </p>
    </>
  );
}
