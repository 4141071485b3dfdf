import { GENRES, type ExtractedProject, type Extraction } from './import-api.js';
import { ImportAllocationFields } from './ImportAllocationFields.js';
import { ImportDecisionFields } from './ImportDecisionFields.js';
import { ImportProjectFields } from './ImportProjectFields.js';
import { TextField } from '../../components/fields.js';
import { useImportTexts } from './texts.js';

/**
 * The review of an extraction: the document's text beside the draft read out of it, every value correctable,
 * the warnings to look at, and the import.
 */
export function ImportReview({
  text,
  draft,
  setDraft,
  numbers,
  setNumbers,
  numberErrors,
  busy,
  doImport,
}: {
  text: string;
  draft: Extraction;
  setDraft: (draft: Extraction) => void;
  numbers: Record<string, string>;
  setNumbers: (numbers: Record<string, string>) => void;
  numberErrors: Record<string, string>;
  busy: boolean;
  doImport: () => void;
}) {
  const x = useImportTexts();
  const setAllocationDates = (
    field: 'requisitionDeadlines' | 'accountDeadlines' | 'repaymentDeadlines',
    value: string,
  ) =>
    draft.allocation &&
    setDraft({
      ...draft,
      allocation: {
        ...draft.allocation,
        [field]: value
          .split('\n')
          .map((d) => d.trim())
          .filter(Boolean),
      },
    });
  const setDecision = (change: Partial<Extraction['decision']>) =>
    setDraft({ ...draft, decision: { ...draft.decision, ...change } });
  const setProject = (i: number, change: Partial<ExtractedProject>) =>
    setDraft({ ...draft, projects: draft.projects.map((p, k) => (k === i ? { ...p, ...change } : p)) });
  return (
    <div className="two-columns import-review">
      <section aria-labelledby="source-heading">
        <h2 id="source-heading">{x.source}</h2>
        <pre className="source-text" tabIndex={0} aria-labelledby="source-heading">
          {text}
        </pre>
      </section>
      <section aria-labelledby="draft-heading">
        <h2 id="draft-heading">{x.draft}</h2>
        <div className="field">
          <label htmlFor="genre">{x.genre}</label>
          <select
            id="genre"
            value={draft.genre}
            onChange={(e) => setDraft({ ...draft, genre: e.target.value as Extraction['genre'] })}
          >
            {GENRES.map((g) => (
              <option key={g} value={g}>
                {x.genres[g]}
              </option>
            ))}
          </select>
          <p className="hint">{x.confidence(draft.confidence)}</p>
        </div>
        <section aria-labelledby="warnings-heading">
          <h3 id="warnings-heading">{x.warnings}</h3>
          {draft.warnings.length === 0 ? (
            <p className="finding finding-ok">{x.noWarnings}</p>
          ) : (
            <ul className="plain-list">
              {draft.warnings.map((w, i) => (
                <li key={i} className="finding finding-warning" data-code={w.code}>
                  {w.message}
                </li>
              ))}
            </ul>
          )}
        </section>
        <ImportDecisionFields decision={draft.decision} setDecision={setDecision} />
        {draft.projects.map((p, i) => (
          <ImportProjectFields
            key={i}
            i={i}
            p={p}
            setProject={setProject}
            numbers={numbers}
            setNumbers={setNumbers}
            numberErrors={numberErrors}
          />
        ))}
        {draft.recipients.length > 0 && (
          <TextField
            id="recipients"
            label={x.recipients}
            multiline
            value={draft.recipients.join('\n')}
            onChange={(v) =>
              setDraft({
                ...draft,
                recipients: v
                  .split('\n')
                  .map((s) => s.trim())
                  .filter(Boolean),
              })
            }
          />
        )}
        {(draft.headlineTotalSek !== null || draft.genre === 'press_release') && (
          <TextField
            id="headlineTotalSek"
            label={x.headline}
            width="medium"
            value={numbers.headlineTotalSek ?? ''}
            error={numberErrors.headlineTotalSek}
            onChange={(v) => setNumbers({ ...numbers, headlineTotalSek: v })}
          />
        )}
        {draft.allocation && (
          <ImportAllocationFields
            allocation={draft.allocation}
            setAllocationDates={setAllocationDates}
            numbers={numbers}
            setNumbers={setNumbers}
            numberErrors={numberErrors}
          />
        )}
        <div className="actions">
          <button type="button" disabled={busy || Object.keys(numberErrors).length > 0} onClick={doImport}>
            {x.importIt}
          </button>
        </div>
      </section>
    </div>
  );
}
