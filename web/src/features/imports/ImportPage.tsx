import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../../api.js';
import { TextField } from '../../components/fields.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import {
  extractUpload,
  GENRES,
  importReviewed,
  type ExtractedProject,
  type Extraction,
  type ImportResult,
} from './import-api.js';

const TEXTS = {
  sv: {
    title: 'Importera äldre dokument',
    intro:
      'Ladda upp ett beslut, ett ändringsbeslut, ett avslut, ett statligt beslut eller ett pressmeddelande (PDF eller text). Bidra läser ut uppgifterna; granska dem bredvid texten, rätta och importera.',
    file: 'Dokument (PDF eller text)',
    read: 'Läs dokumentet',
    reading: 'Läser …',
    source: 'Dokumentets text',
    draft: 'Utläst utkast',
    genre: 'Typ av dokument',
    genres: {
      grant_decision: 'Beslut om stöd',
      amendment_decision: 'Ändringsbeslut',
      closure: 'Avslut',
      state_allocation: 'Statligt beslut om medel',
      press_release: 'Pressmeddelande',
      unknown: 'Okänd',
    } as Record<string, string>,
    confidence: (p: number) => `Säkerhet ${Math.round(p * 100)} %`,
    decision: 'Beslutet',
    date: 'Beslutsdatum',
    decidedBy: 'Beslutsfattare',
    capacity: 'I egenskap av',
    presentedBy: 'Föredragande',
    delegationPoint: 'Delegationspunkt',
    diaryNumber: 'Diarienummer',
    externalCaseId: 'Externt ärende-id',
    appropriation: 'Anslag',
    legalBasis: 'Rättslig grund (SFS-nummer, kommaseparerade)',
    project: (n: number) => `Projekt ${n}`,
    name: 'Projektnamn',
    acronym: 'Förkortning',
    owner: 'Projektägare',
    orgNumber: 'Organisationsnummer',
    amount: 'Belopp (kr)',
    share: 'Högst andel (%)',
    approvedCosts: 'Godkända kostnader (kr)',
    periodStart: 'Projektperiod, start',
    periodEnd: 'Projektperiod, slut',
    activities: (n: number) => `${n} aktiviteter i aktivitetsplanen`,
    recipients: 'Mottagare (en per rad)',
    allocation: 'Medel per mottagare och år',
    perYear: 'Belopp per mottagare och år (kr)',
    yearFrom: 'Från år',
    yearTo: 'Till år',
    requisitionDeadlines: 'Sista dag för rekvisition (ett datum per rad)',
    accountDeadlines: 'Sista dag för redovisning (ett datum per rad)',
    repaymentDeadlines: 'Sista dag för återbetalning (ett datum per rad)',
    headline: 'Rubrikens totalbelopp (kr)',
    warnings: 'Att granska',
    noWarnings: 'Inga avvikelser hittades.',
    importIt: 'Importera',
    numberInvalid: (label: string) => `${label}: skriv ett heltal.`,
    results: {
      imported: 'Dokumentet är importerat.',
      stored_for_review:
        'Dokumentet är sparat för granskning men inga poster skapades; anteckningarna nedan säger varför.',
      already_imported: 'Dokumentet är redan importerat; ingenting ändrades.',
    },
    created: 'Skapat',
    openCase: 'Öppna ärendet',
  },
  en: {
    title: 'Import legacy documents',
    intro:
      'Upload a decision, an amendment, a closure, a state decision or a press release (PDF or text). Bidra reads out the values; review them beside the text, correct them and import.',
    file: 'Document (PDF or text)',
    read: 'Read the document',
    reading: 'Reading …',
    source: 'The document’s text',
    draft: 'Extracted draft',
    genre: 'Kind of document',
    genres: {
      grant_decision: 'Grant decision',
      amendment_decision: 'Amendment decision',
      closure: 'Closure',
      state_allocation: 'State allocation',
      press_release: 'Press release',
      unknown: 'Unknown',
    } as Record<string, string>,
    confidence: (p: number) => `Confidence ${Math.round(p * 100)} %`,
    decision: 'The decision',
    date: 'Decision date',
    decidedBy: 'Decided by',
    capacity: 'Capacity',
    presentedBy: 'Presented by',
    delegationPoint: 'Delegation point',
    diaryNumber: 'Diary number',
    externalCaseId: 'External case id',
    appropriation: 'Appropriation',
    legalBasis: 'Legal basis (SFS numbers, comma separated)',
    project: (n: number) => `Project ${n}`,
    name: 'Project name',
    acronym: 'Acronym',
    owner: 'Project owner',
    orgNumber: 'Organisation number',
    amount: 'Amount (SEK)',
    share: 'Maximum share (%)',
    approvedCosts: 'Approved costs (SEK)',
    periodStart: 'Project period, start',
    periodEnd: 'Project period, end',
    activities: (n: number) => `${n} activities in the activity plan`,
    recipients: 'Recipients (one per line)',
    allocation: 'Money per recipient and year',
    perYear: 'Amount per recipient and year (SEK)',
    yearFrom: 'From year',
    yearTo: 'To year',
    requisitionDeadlines: 'Requisition deadlines (one date per line)',
    accountDeadlines: 'Account deadlines (one date per line)',
    repaymentDeadlines: 'Repayment deadlines (one date per line)',
    headline: 'Headline total (SEK)',
    warnings: 'To review',
    noWarnings: 'No inconsistencies found.',
    importIt: 'Import',
    numberInvalid: (label: string) => `${label}: enter a whole number.`,
    results: {
      imported: 'The document is imported.',
      stored_for_review: 'The document is stored for review but no records were created; the notes below say why.',
      already_imported: 'The document was imported before; nothing changed.',
    },
    created: 'Created',
    openCase: 'Open the case',
  },
};

type NumberField = 'amountSek' | 'maxSharePercent' | 'approvedCostsSek';

/**
 * Importing legacy documents in the web app (docs/domain/import.md): upload, review the extraction beside the source
 * text, correct, import.
 */
export function ImportPage() {
  const { t, lang } = useI18n();
  const x = TEXTS[lang];
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

  const numberKey = (i: number, f: NumberField) => `${i}.${f}`;
  const numberErrors: Record<string, string> = {};
  const reviewed: Extraction | null = draft && {
    ...draft,
    projects: draft.projects.map((p, i) => {
      const out = { ...p };
      for (const [f, label] of [
        ['amountSek', x.amount],
        ['maxSharePercent', x.share],
        ['approvedCostsSek', x.approvedCosts],
      ] as const) {
        const raw = (numbers[numberKey(i, f)] ?? '').replace(/\s/g, '').replace(',', '.');
        const n = raw === '' ? null : Number(raw);
        if (n !== null && (!Number.isFinite(n) || (f !== 'maxSharePercent' && !Number.isInteger(n))))
          numberErrors[numberKey(i, f)] = x.numberInvalid(label);
        out[f] = n !== null && Number.isFinite(n) ? n : null;
      }
      return out;
    }),
  };

  // Whole numbers outside the projects: the headline total and the allocation's amount and years.
  const wholeNumber = (key: string, label: string): number | null => {
    const raw = (numbers[key] ?? '').replace(/\s/g, '');
    if (raw === '') return null;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) {
      numberErrors[key] = x.numberInvalid(label);
      return null;
    }
    return n;
  };
  if (reviewed) {
    reviewed.headlineTotalSek = wholeNumber('headlineTotalSek', x.headline);
    if (reviewed.allocation) {
      reviewed.allocation = {
        ...reviewed.allocation,
        perRecipientPerYearSek: wholeNumber('perRecipientPerYearSek', x.perYear),
        yearFrom: wholeNumber('yearFrom', x.yearFrom),
        yearTo: wholeNumber('yearTo', x.yearTo),
      };
    }
  }
  const setAllocationDates = (
    field: 'requisitionDeadlines' | 'accountDeadlines' | 'repaymentDeadlines',
    value: string,
  ) =>
    draft?.allocation &&
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

  const doImport = () => {
    if (!file || !reviewed || Object.keys(numberErrors).length > 0) return;
    setBusy(true);
    setError(null);
    importReviewed(file, reviewed, opts)
      .then(setResult)
      .catch((err: unknown) => setError(err instanceof ApiProblem ? err.detail : String(err)))
      .finally(() => setBusy(false));
  };
  const setDecision = (change: Partial<Extraction['decision']>) =>
    draft && setDraft({ ...draft, decision: { ...draft.decision, ...change } });
  const setProject = (i: number, change: Partial<ExtractedProject>) =>
    draft && setDraft({ ...draft, projects: draft.projects.map((p, k) => (k === i ? { ...p, ...change } : p)) });
  const nullable = (v: string) => (v.trim() === '' ? null : v.trim());

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
            <fieldset>
              <legend>{x.decision}</legend>
              <TextField
                id="d-date"
                label={x.date}
                width="medium"
                value={draft.decision.date ?? ''}
                onChange={(v) => setDecision({ date: nullable(v) })}
              />
              <TextField
                id="d-decided-by"
                label={x.decidedBy}
                value={draft.decision.decidedBy ?? ''}
                onChange={(v) => setDecision({ decidedBy: nullable(v) })}
              />
              <TextField
                id="d-capacity"
                label={x.capacity}
                value={draft.decision.capacity ?? ''}
                onChange={(v) => setDecision({ capacity: nullable(v) })}
              />
              <TextField
                id="d-presented-by"
                label={x.presentedBy}
                value={draft.decision.presentedBy ?? ''}
                onChange={(v) => setDecision({ presentedBy: nullable(v) })}
              />
              <TextField
                id="d-delegation"
                label={x.delegationPoint}
                width="short"
                value={draft.decision.delegationPoint ?? ''}
                onChange={(v) => setDecision({ delegationPoint: nullable(v) })}
              />
              <TextField
                id="d-diary"
                label={x.diaryNumber}
                width="medium"
                value={draft.decision.diaryNumber ?? ''}
                onChange={(v) => setDecision({ diaryNumber: nullable(v) })}
              />
              <TextField
                id="d-external"
                label={x.externalCaseId}
                width="medium"
                value={draft.decision.externalCaseId ?? ''}
                onChange={(v) => setDecision({ externalCaseId: nullable(v) })}
              />
              <TextField
                id="d-appropriation"
                label={x.appropriation}
                width="medium"
                value={draft.decision.appropriation ?? ''}
                onChange={(v) => setDecision({ appropriation: nullable(v) })}
              />
              <TextField
                id="d-legal"
                label={x.legalBasis}
                value={draft.decision.legalBasis.join(', ')}
                onChange={(v) =>
                  setDecision({
                    legalBasis: v
                      .split(',')
                      .map((s) => s.trim())
                      .filter(Boolean),
                  })
                }
              />
            </fieldset>
            {draft.projects.map((p, i) => (
              <fieldset key={i}>
                <legend>{x.project(i + 1)}</legend>
                <TextField
                  id={`p${i}-name`}
                  label={x.name}
                  value={p.name}
                  onChange={(v) => setProject(i, { name: v })}
                />
                <TextField
                  id={`p${i}-acronym`}
                  label={x.acronym}
                  width="short"
                  value={p.acronym ?? ''}
                  onChange={(v) => setProject(i, { acronym: nullable(v) })}
                />
                <TextField
                  id={`p${i}-owner`}
                  label={x.owner}
                  value={p.owner ?? ''}
                  onChange={(v) => setProject(i, { owner: nullable(v) })}
                />
                <TextField
                  id={`p${i}-org`}
                  label={x.orgNumber}
                  width="medium"
                  value={p.ownerOrgNumber ?? ''}
                  onChange={(v) => setProject(i, { ownerOrgNumber: nullable(v) })}
                />
                {(
                  [
                    ['amountSek', x.amount],
                    ['maxSharePercent', x.share],
                    ['approvedCostsSek', x.approvedCosts],
                  ] as const
                ).map(([f, label]) => (
                  <TextField
                    key={f}
                    id={`p${i}-${f}`}
                    label={label}
                    width="medium"
                    value={numbers[numberKey(i, f)] ?? ''}
                    error={numberErrors[numberKey(i, f)]}
                    onChange={(v) => setNumbers({ ...numbers, [numberKey(i, f)]: v })}
                  />
                ))}
                <TextField
                  id={`p${i}-start`}
                  label={x.periodStart}
                  width="medium"
                  value={p.periodStart ?? ''}
                  onChange={(v) => setProject(i, { periodStart: nullable(v) })}
                />
                <TextField
                  id={`p${i}-end`}
                  label={x.periodEnd}
                  width="medium"
                  value={p.periodEnd ?? ''}
                  onChange={(v) => setProject(i, { periodEnd: nullable(v) })}
                />
                {p.activities.length > 0 && <p className="hint">{x.activities(p.activities.length)}</p>}
              </fieldset>
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
              <fieldset>
                <legend>{x.allocation}</legend>
                {(
                  [
                    ['perRecipientPerYearSek', x.perYear],
                    ['yearFrom', x.yearFrom],
                    ['yearTo', x.yearTo],
                  ] as const
                ).map(([f, label]) => (
                  <TextField
                    key={f}
                    id={`allocation-${f}`}
                    label={label}
                    width="medium"
                    value={numbers[f] ?? ''}
                    error={numberErrors[f]}
                    onChange={(v) => setNumbers({ ...numbers, [f]: v })}
                  />
                ))}
                {(
                  [
                    ['requisitionDeadlines', x.requisitionDeadlines],
                    ['accountDeadlines', x.accountDeadlines],
                    ['repaymentDeadlines', x.repaymentDeadlines],
                  ] as const
                ).map(([f, label]) => (
                  <TextField
                    key={f}
                    id={`allocation-${f}`}
                    label={label}
                    multiline
                    value={draft.allocation![f].join('\n')}
                    onChange={(v) => setAllocationDates(f, v)}
                  />
                ))}
              </fieldset>
            )}
            <div className="actions">
              <button type="button" disabled={busy || Object.keys(numberErrors).length > 0} onClick={doImport}>
                {x.importIt}
              </button>
            </div>
          </section>
        </div>
      )}
    </>
  );
}

function numberTexts(extraction: Extraction): Record<string, string> {
  const out: Record<string, string> = {};
  const text = (v: number | null | undefined) => (v == null ? '' : String(v));
  out.headlineTotalSek = text(extraction.headlineTotalSek);
  out.perRecipientPerYearSek = text(extraction.allocation?.perRecipientPerYearSek);
  out.yearFrom = text(extraction.allocation?.yearFrom);
  out.yearTo = text(extraction.allocation?.yearTo);
  extraction.projects.forEach((p, i) => {
    for (const f of ['amountSek', 'maxSharePercent', 'approvedCostsSek'] as const) {
      const v = p[f];
      out[`${i}.${f}`] = v === null ? '' : String(v);
    }
  });
  return out;
}
