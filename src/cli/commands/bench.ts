import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../../server/config.js';
import { DEFAULT_ORGANISATIONS, DEFAULT_PROJECTS, DEFAULT_SEED } from '../../bench/portfolio/generator.js';
import { databaseReport, grouped, importReport, lettersReport, scaleLine } from '../../bench/report.js';
import { runBench, type BenchDatabase, type BenchUi } from '../../bench/run-bench.js';

const en = (n: number) => n.toLocaleString('en-GB');

/** A whole number within bounds, or a usage error in both languages. */
const wholeNumber =
  (min: number, max: number) =>
  (text: string): number => {
    const n = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(
        `ett heltal från ${grouped(min)} till ${grouped(max)} / a whole number from ${en(min)} to ${en(max)}`,
      );
    }
    return n;
  };

const positive = wholeNumber(1, 1_000_000);

/** 0.01 or 0,01: the share of the default portfolio (100 000 projects). */
const scaleFactor = (text: string): number => {
  const n = Number(text.trim().replace(',', '.'));
  if (!/^\d*[.,]?\d+$/.test(text.trim()) || !(n > 0) || n > 20) {
    throw new InvalidArgumentError(
      'ett tal större än 0 och högst 20, t.ex. 0,01 / a number above 0 and at most 20, e.g. 0.01',
    );
  }
  return n;
};

const seconds = (text: string): number => {
  const n = Number(text.trim().replace(',', '.'));
  if (!/^\d*[.,]?\d+$/.test(text.trim()) || !(n > 0) || n > 3600) {
    throw new InvalidArgumentError('sekunder, större än 0 och högst 3600 / seconds, above 0 and at most 3600');
  }
  return n;
};

const postgresUrl = (text: string): string => {
  if (!/^postgres(ql)?:\/\//.test(text) || !URL.canParse(text)) {
    throw new InvalidArgumentError('en adress som börjar med postgres:// / a URL starting with postgres://');
  }
  return text;
};

const WHICH = ['embedded', 'postgres', 'both'] as const;
const which = (text: string): (typeof WHICH)[number] => {
  if (!(WHICH as readonly string[]).includes(text)) {
    throw new InvalidArgumentError('embedded, postgres eller both / embedded, postgres or both');
  }
  return text as (typeof WHICH)[number];
};

interface BenchOptions {
  projects?: number;
  scale?: number;
  organisations?: number;
  seed: number;
  database?: (typeof WHICH)[number];
  postgres?: string;
  iterations: number;
  seconds: number;
  concurrency: number;
  letters: number;
  documents: number;
  out: string;
}

const methodLines = (concurrency: number) =>
  'Mätt i processen genom fastify inject; latens en förfrågan i taget, /s med ' +
  `${concurrency} samtidiga; syntetiska rader skrivs direkt i tabellerna, utan granskningshändelse per rad\n` +
  'Measured in-process through fastify inject; latency one request at a time, /s with ' +
  `${concurrency} in flight; synthetic rows are inserted directly, without an audit event per row`;

/** Progress on stderr: a bar on a terminal, a line per tenth of the load otherwise. */
function terminalUi(concurrency: number, seed: number): BenchUi {
  let headed = false;
  let bar: cliProgress.SingleBar | null = null;
  let total = 0;
  let reported = 0;
  return {
    note: (line) => console.error(line),
    loadStarted: (database, projects) => {
      total = projects;
      reported = 0;
      console.error(`Läser in / loading (${database}) ${grouped(projects)} projekt …`);
      if (!process.stderr.isTTY) return;
      bar = new cliProgress.SingleBar(
        { format: 'Inläsning / load {bar} {value}/{total} projekt | {rows} rader / rows', stream: process.stderr },
        cliProgress.Presets.shades_classic,
      );
      bar.start(projects, 0, { rows: 0 });
    },
    loadProgress: (done, rows) => {
      if (bar) bar.update(done, { rows: grouped(rows) });
      else if (done * 10 >= (reported + 1) * total) {
        reported = Math.floor((done * 10) / total);
        console.error(`  ${grouped(done)} / ${grouped(total)} projekt, ${grouped(rows)} rader / rows`);
      }
    },
    loadFinished: () => {
      bar?.stop();
      bar = null;
    },
    databaseDone: (_database: BenchDatabase, result) => {
      if (!headed) {
        headed = true;
        console.log(`${scaleLine(result.load.counts, seed)}\n${methodLines(concurrency)}\n`);
      }
      console.log(`${databaseReport(result, concurrency)}\n`);
    },
  };
}

/**
 * `bidra bench` (docs/scaling.md): a synthetic portfolio loaded into fresh databases, the officer inbox, the
 * portfolio dashboard, public search, a case page and a payment-request write measured beside their
 * floors, decision letters rendered and legacy documents imported per second. The figures go to stdout
 * and to bench/results.json; progress to stderr.
 */
export function benchCommand(): Command {
  return new Command('bench')
    .description('Prestandamätning / the performance suite (docs/scaling.md)')
    .option('--projects <n>', `projekt / granted projects (${grouped(DEFAULT_PROJECTS)})`, wholeNumber(1, 2_000_000))
    .option('--scale <factor>', 'andel av standardportföljen / share of the default portfolio, e.g. 0.01', scaleFactor)
    .option(
      '--organisations <n>',
      `organisationer / organisations (${DEFAULT_ORGANISATIONS} × skalan / the scale, minst / at least 50)`,
      wholeNumber(20, 100_000),
    )
    .option('--seed <n>', 'slumpfrö / seed of the generator', wholeNumber(0, 2_147_483_647), DEFAULT_SEED)
    .option(
      '--database <which>',
      'embedded, postgres eller both (standard: both med PostgreSQL-adress, annars embedded)',
      which,
    )
    .option(
      '--postgres <url>',
      'PostgreSQL-server för en ny databas bidra_bench_<pid> (standard: DATABASE_URL)',
      postgresUrl,
    )
    .option('--iterations <n>', 'förfrågningar per mått / requests per measure', wholeNumber(1, 100_000), 200)
    .option('--seconds <s>', 'högst så länge per mått och fas / at most this long per measure and phase', seconds, 10)
    .option(
      '--concurrency <n>',
      'samtidiga förfrågningar i genomströmningen / requests in flight for throughput',
      wholeNumber(1, 256),
      4,
    )
    .option(
      '--letters <n>',
      'beslutsbrev att rendera / decision letters to render (0: inga / none)',
      wholeNumber(0, 10_000),
      50,
    )
    .option('--documents <n>', 'antal dokument att importera / legacy documents to import', positive, 1000)
    .option('--out <file>', 'resultatfil / where to write the results', 'bench/results.json')
    .exitOverride()
    .showHelpAfterError()
    .action(async function (this: Command, o: BenchOptions) {
      if (o.projects !== undefined && o.scale !== undefined) {
        this.error('Ange --scale eller --projects, inte båda / give --scale or --projects, not both');
      }
      const projects = o.projects ?? Math.round(DEFAULT_PROJECTS * (o.scale ?? 1));
      if (projects < 1) this.error('Skalan ger färre än ett projekt / the scale gives fewer than one project');
      const url = o.postgres ?? loadConfig().databaseUrl;
      const choice = o.database ?? (url ? 'both' : 'embedded');
      if (choice !== 'embedded' && !url) {
        this.error(
          'PostgreSQL kräver --postgres URL eller DATABASE_URL / PostgreSQL needs --postgres URL or DATABASE_URL',
        );
      }
      const databases: BenchDatabase[] = choice === 'both' ? ['embedded', 'postgres'] : [choice];
      const organisations =
        o.organisations ?? Math.max(50, Math.round((DEFAULT_ORGANISATIONS * projects) / DEFAULT_PROJECTS));
      const budget = {
        iterations: o.iterations,
        seconds: o.seconds,
        concurrency: o.concurrency,
        warmup: Math.min(5, o.iterations),
      };

      const results = await runBench(
        {
          spec: { projects, organisations, seed: o.seed },
          databases,
          ...(url ? { postgresUrl: url } : {}),
          budget,
          letters: o.letters,
          documents: o.documents,
        },
        terminalUi(o.concurrency, o.seed),
      );
      if (results.letters) console.log(`${lettersReport(results.letters, results.letters.database)}\n`);
      console.log(importReport(results.import));
      await mkdir(path.dirname(path.resolve(o.out)), { recursive: true });
      await writeFile(o.out, `${JSON.stringify(results, null, 2)}\n`);
      console.log(`Resultat / results: ${o.out}`);
    });
}
