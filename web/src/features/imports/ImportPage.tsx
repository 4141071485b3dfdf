import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { extractUpload, importReviewed, type Extraction, type ImportResult } from './import-api.js';
import { numberTexts, reviewedExtraction } from './import-review.js';
import { ImportReview } from './ImportReview.js';
import { useImportTexts } from './texts.js';

/**
 * Importing legacy documents in the web app (docs/domain/import.md): upload, review the extraction beside the source
 * text, correct, import.
 */
export function ImportPage() {
  const { t } = useI18n();
  const x = useImportTexts();
  const { opts } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<Extraction | null>(null);
  const [numbers, setNumbers] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${x.title} – ${t.appName}`;
  }, [x, t]);
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  const read = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    extractUpload(file, opts)
      .then((r) => {
        setText(r.text);
        setDraft(r.extraction);
        setNumbers(numberTexts(r.extraction));
      })
      .catch((err: unknown) => setError(err instanceof ApiProblem ? err.detail : String(err)))
      .finally(() => setBusy(false));
  };

  const { reviewed, numberErrors } = draft
    ? reviewedExtraction(draft, numbers, x)
    : { reviewed: null, numberErrors: {} };

  const doImport = () => {
    if (!file || !reviewed || Object.keys(numberErrors).length > 0) return;
    setBusy(true);
    setError(null);
    importReviewed(file, reviewed, opts)
      .then(setResult)
      .catch((err: unknown) => setError(err instanceof ApiProblem ? err.detail : String(err)))
      .finally(() => setBusy(false));
  };

  return (
    <>
      <h1>{x.title}</h1>
      <p className="lead">{x.intro}</p>
      {error && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={alertRef}>
          {error}
        </div>
      )}
      <form className="inline-form" onSubmit={read}>
        <label htmlFor="import-file">{x.file}</label>
        <input
          id="import-file"
          type="file"
          accept=".pdf,.txt,application/pdf,text/plain"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <button type="submit" disabled={!file || busy}>
          {busy && !draft ? x.reading : x.read}
        </button>
      </form>
      {result && (
        <div className="box" role="status">
          <p>
            <strong>{x.results[result.kind]}</strong>
          </p>
          {result.notes.length > 0 && (
            <ul>
              {result.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {result.created
            .filter((c) => c.type === 'case')
            .map((c) => (
              <p key={c.id}>
                <Link to={`/arenden/${c.id}`}>{x.openCase}</Link>
              </p>
            ))}
        </div>
      )}
      {draft && reviewed && (
        <ImportReview
          text={text}
          draft={draft}
          setDraft={setDraft}
          numbers={numbers}
          setNumbers={setNumbers}
          numberErrors={numberErrors}
          busy={busy}
          doImport={doImport}
        />
      )}
    </>
  );
}
