import cliProgress from 'cli-progress';
import { Command } from 'commander';
import { extractionSchema, type Extraction } from '../../import/contract.js';
import { extractDocument } from '../../import/extract-document.js';
import { chooseFunder } from '../../server/modules/imports/funder.js';
import { GENRE_EXTRACTORS } from '../../import/genres/index.js';
import { ImportSession } from '../../server/modules/imports/persist.js';
import { readDocumentFile, type ReadDocument } from '../../import/read-file.js';
import { systemClock } from '../../server/clock.js';
import { LocalDiskDocumentStore } from '../../server/documents/document-store.js';
import { withDatabase } from '../context.js';
import {
  countExtraction,
  countOutcome,
  describeExtraction,
  describeOutcome,
  newTally,
  summary,
  summaryRecord,
  type ImportTally,
} from '../import-report.js';

interface ImportOptions {
  dryRun?: boolean;
  json?: boolean;
  funder?: string;
}

/** Exit codes: 0 every file read (and imported), 1 some failed (the others still done), 2 usage. */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

export function importCommand(): Command {
  return (
    new Command('import')
      .description(
        'Läs äldre dokument (PDF eller text) / read legacy documents (PDF or text): beslut om stöd, ändringsbeslut, ' +
          'avslut, statliga medel, pressmeddelanden',
      )
      .argument('[files...]', 'filer / files (.pdf, .txt)')
      .option('--dry-run', 'skriv inget till databasen / write nothing to the database')
      .option('--json', 'skriv extraktionen som JSON på stdout / print the extraction as JSON on stdout')
      .option('--funder <org-number-or-name>', 'finansiären besluten hör till / the funder the decisions belong to')
      // Usage errors reach main.ts as CommanderError, which exits 2 (a subcommand does not inherit this).
      .exitOverride()
      .showHelpAfterError()
      .action(async (files: string[], options: ImportOptions) => {
        process.exitCode = await runImport(files, options);
      })
  );
}

export async function runImport(files: string[], options: ImportOptions): Promise<number> {
  if (files.length === 0) {
    console.error(
      'Ange minst en fil / give at least one file: bidra import [--dry-run] [--json] [--funder <org.nr|namn>] FILE…',
    );
    return EXIT_USAGE;
  }
  const tally = newTally(files.length);
  // With --json, stdout carries the extraction JSON and nothing else: every other line goes to stderr.
  const report = new Reporter(files.length, options.json === true);
  const extractions: Extraction[] = [];

  if (options.dryRun) {
    report.start();
    for (const file of files) {
      const read = await readAndExtract(file, tally, report);
      if (read) {
        extractions.push(read.extraction);
        if (!options.json) report.out(describeExtraction(read.extraction));
      }
      report.tick();
    }
  } else {
    const usage = await withDatabase(async (database, config) => {
      const choice = await chooseFunder(database.db, options.funder);
      if (!choice.ok) {
        console.error(choice.message);
        return choice.reason === 'none' ? EXIT_SOME_FAILED : EXIT_USAGE;
      }
      console.error(`Finansiär / funder: ${choice.label}`);
      const store = new LocalDiskDocumentStore(config.documentsDir);
      const session = new ImportSession({ db: database.db, store, clock: systemClock }, choice.funder, files.length);
      report.start();
      const reads: { file: string; document: ReadDocument; extraction: Extraction }[] = [];
      for (const file of files) {
        const read = await readAndExtract(file, tally, report);
        if (read) {
          extractions.push(read.extraction);
          reads.push({ file, ...read });
        } else report.tick();
      }
      for (const { file, document, extraction } of inImportOrder(reads)) {
        try {
          const outcome = await session.importFile({ ...document, extraction });
          countOutcome(tally, extraction, outcome);
          report.out(describeOutcome(file, outcome));
        } catch (error) {
          fail(tally, report, file, `kunde inte importeras / could not be imported: ${messageOf(error)}`);
        }
        report.tick();
      }
      report.stop();
      await session.finish(summaryRecord(tally), tally.failures.length > 0);
      return null;
    });
    if (usage !== null) return usage;
  }
  report.stop();

  if (options.json) {
    const single = files.length === 1;
    if (!single || extractions.length > 0) {
      process.stdout.write(`${JSON.stringify(single ? extractions[0] : extractions, null, 2)}\n`);
    }
  }
  report.flush();
  console.error(summary(tally, !options.dryRun));
  return tally.failures.length > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

async function readAndExtract(
  file: string,
  tally: ImportTally,
  report: Reporter,
): Promise<{ document: ReadDocument; extraction: Extraction } | null> {
  let document: ReadDocument;
  try {
    document = await readDocumentFile(file);
  } catch (error) {
    fail(tally, report, file, messageOf(error));
    return null;
  }
  try {
    // The contract is checked before anything is printed or stored: other tools rely on its shape.
    const extraction = extractionSchema.parse(extractDocument(file, document.text, GENRE_EXTRACTORS));
    countExtraction(tally, extraction);
    return { document, extraction };
  } catch (error) {
    fail(tally, report, file, `${file}: kunde inte tolkas / could not be read: ${messageOf(error)}`);
    return null;
  }
}

function fail(tally: ImportTally, report: Reporter, file: string, message: string): void {
  const shown = message.startsWith(file) ? message : `${file}: ${message}`;
  tally.failures.push({ file, message: shown });
  report.err(`FEL / FAILED ${shown}`);
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Output while files are read. With more than three files and a terminal on stderr a progress bar runs
 * there; whatever would disturb it (per-file lines, errors) is held back and written when it stops.
 */
class Reporter {
  private readonly bar: cliProgress.SingleBar | null;
  private running = false;
  private readonly heldOut: string[] = [];
  private readonly heldErr: string[] = [];

  constructor(
    private readonly total: number,
    private readonly outIsJson: boolean,
  ) {
    this.bar =
      total > 3 && process.stderr.isTTY
        ? new cliProgress.SingleBar(
            { stream: process.stderr, format: 'Import [{bar}] {value}/{total} filer / files', hideCursor: true },
            cliProgress.Presets.shades_classic,
          )
        : null;
  }

  start(): void {
    if (this.bar && !this.running) {
      this.bar.start(this.total, 0);
      this.running = true;
    }
  }

  tick(): void {
    this.start();
    this.bar?.increment();
  }

  stop(): void {
    if (!this.running) return;
    this.bar?.stop();
    this.running = false;
  }

  out(text: string): void {
    if (this.outIsJson) this.err(text);
    else if (this.running) this.heldOut.push(text);
    else console.log(text);
  }

  err(text: string): void {
    if (this.running) this.heldErr.push(text);
    else console.error(text);
  }

  flush(): void {
    for (const t of this.heldOut.splice(0)) console.log(t);
    for (const t of this.heldErr.splice(0)) console.error(t);
  }
}

/** Where a genre's documents come in an import: a grant before what amends or closes it. */
const IMPORT_RANK: Record<Extraction['genre'], number> = {
  grant_decision: 0,
  state_allocation: 0,
  press_release: 1,
  amendment_decision: 2,
  closure: 3,
  unknown: 4,
};

/**
 * The files in the order their records depend on each other: grants first, then press releases that
 * link to them, amendments by decision date, closures last; otherwise as given (the sort is stable).
 */
export function inImportOrder<T extends { extraction: Extraction }>(reads: readonly T[]): T[] {
  return [...reads].sort(
    (a, b) =>
      IMPORT_RANK[a.extraction.genre] - IMPORT_RANK[b.extraction.genre] ||
      (a.extraction.decision.date ?? '').localeCompare(b.extraction.decision.date ?? ''),
  );
}
