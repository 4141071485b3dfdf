import { formatSek, kronor } from '../domain/index.js';
import type { Extraction, Genre } from '../import/contract.js';
import type { ImportOutcome } from '../server/modules/imports/persist.js';

/*
 * What `bidra import` tells its user: per file on stdout (unless --json, where stdout is the extraction JSON and
 * nothing else), and a summary at the end on stderr.
 */

export interface ImportTally {
  files: number;
  read: number;
  failures: { file: string; message: string }[];
  genres: Partial<Record<Genre, number>>;
  warnings: number;
  imported: number;
  alreadyImported: number;
  storedForReview: Partial<Record<Genre, number>>;
}

export const newTally = (files: number): ImportTally => ({
  files,
  read: 0,
  failures: [],
  genres: {},
  warnings: 0,
  imported: 0,
  alreadyImported: 0,
  storedForReview: {},
});

export function countExtraction(t: ImportTally, x: Extraction): void {
  t.read++;
  t.genres[x.genre] = (t.genres[x.genre] ?? 0) + 1;
  t.warnings += x.warnings.length;
}

export function countOutcome(t: ImportTally, x: Extraction, o: ImportOutcome): void {
  if (o.kind === 'imported') t.imported++;
  else if (o.kind === 'already_imported') t.alreadyImported++;
  else t.storedForReview[x.genre] = (t.storedForReview[x.genre] ?? 0) + 1;
}

const sek = (n: number | null) => (n === null ? null : formatSek(kronor(n)));

/** A reviewer's reading of one extraction (the dry run without --json). */
export function describeExtraction(x: Extraction): string {
  const lines = [`${x.file}: ${x.genre} (${x.confidence})`];
  const d = x.decision;
  const decided = [d.date, d.decidedBy, d.capacity].filter(Boolean).join(', ');
  if (decided) lines.push(`  beslut / decision: ${decided}`);
  if (d.diaryNumber || d.externalCaseId) {
    lines.push(
      `  diarienummer / diary number: ${d.diaryNumber ?? '–'}; ärendeid / case id: ${d.externalCaseId ?? '–'}`,
    );
  }
  for (const p of x.projects) {
    const period = p.periodStart || p.periodEnd ? `${p.periodStart ?? '?'} – ${p.periodEnd ?? '?'}` : null;
    const share = p.maxSharePercent === null ? null : `högst / at most ${p.maxSharePercent} %`;
    const facts = [p.owner, sek(p.amountSek), share, period].filter(Boolean).join('; ');
    lines.push(`  projekt / project: ${p.name}${p.acronym ? ` (${p.acronym})` : ''}${facts ? ` — ${facts}` : ''}`);
    if (p.activities.length) lines.push(`    ${p.activities.length} aktiviteter / activities`);
  }
  if (x.recipients.length) lines.push(`  mottagare / recipients: ${x.recipients.length}`);
  if (x.headlineTotalSek !== null) lines.push(`  rubriksumma / headline total: ${sek(x.headlineTotalSek)}`);
  for (const w of x.warnings) lines.push(`  varning / warning ${w.code}: ${w.message}`);
  return lines.join('\n');
}

export function describeOutcome(file: string, o: ImportOutcome): string {
  const head =
    o.kind === 'imported'
      ? `${file}: importerad / imported, ${o.created.length} nya poster / new records`
      : o.kind === 'already_imported'
        ? `${file}: redan importerad / already imported ${o.importedAt.toISOString()}; inget ändrat / nothing changed`
        : `${file}: sparad för granskning / stored for review`;
  return [head, `  källa / source: ${o.sourceId}`, ...o.notes.map((n) => `  ${n}`)].join('\n');
}

const genreList = (counts: Partial<Record<Genre, number>>): string =>
  Object.entries(counts)
    .map(([g, n]) => `${g} ${n}`)
    .join(', ') || '–';

export function summary(t: ImportTally, persisted: boolean): string {
  const lines = [
    `Sammanfattning / summary: ${t.read} av / of ${t.files} filer lästa / files read, ` +
      `${t.failures.length} misslyckades / failed`,
    `  dokumenttyper / genres: ${genreList(t.genres)}`,
    `  varningar / warnings: ${t.warnings}`,
  ];
  if (persisted) {
    const review = Object.values(t.storedForReview).reduce((a, b) => a + (b ?? 0), 0);
    lines.push(
      `  importerade / imported: ${t.imported}; redan importerade / already imported: ${t.alreadyImported}; ` +
        `sparade för granskning / stored for review: ${review}` +
        (review
          ? ` (${genreList(t.storedForReview)}: Bidra skapar inga poster av dem ännu / no records made from these yet)`
          : ''),
    );
  }
  for (const f of t.failures) lines.push(`  FEL / FAILED ${f.message}`);
  return lines.join('\n');
}

/** For import_runs.summary. */
export const summaryRecord = (t: ImportTally): Record<string, unknown> => ({
  files: t.files,
  read: t.read,
  failed: t.failures.length,
  failures: t.failures,
  genres: t.genres,
  warnings: t.warnings,
  imported: t.imported,
  alreadyImported: t.alreadyImported,
  storedForReview: t.storedForReview,
});
