import type { ImportBenchResult } from './import-bench.js';
import type { LettersResult } from './letters-bench.js';
import type { DatabaseBenchResult } from './portfolio-bench.js';
import type { PortfolioCounts } from './portfolio/load.js';
import { MEASURE_KEYS, MEASURE_LABELS } from './route-measures.js';

/** bench/results.json (docs/scaling.md): what was measured, how, and beside which floors. */
export interface BenchResults {
  ranAt: string;
  method: string;
  machine: {
    cpus: number;
    cpuModel: string;
    /** 1, 5 and 15 minute load averages when the run began and ended: other work on the machine shows here. */
    loadAverage: { start: number[]; end: number[] };
    node: string;
    platform: string;
  };
  seed: number;
  budget: { iterations: number; seconds: number; concurrency: number; warmup: number };
  scale: { projects: number; activities: number; paymentRequests: number; organisations: number };
  load: { seconds: number; rowsPerSecond: number };
  databases: { embedded?: DatabaseBenchResult; postgres?: DatabaseBenchResult };
  letters?: LettersResult & { database: string };
  import: ImportBenchResult;
}

export const METHOD =
  'fastify inject (i processen, inga sockets / in-process, no sockets); latens en förfrågan i taget / latency one request at a time';

/** Whole numbers with a space between thousands, as Swedish writes them (1 000 000). */
export const grouped = (n: number): string => Math.round(n).toLocaleString('sv-SE').replace(/\s/g, ' ');
const fixed = (n: number, digits: number, width: number) => n.toFixed(digits).padStart(width);

export function scaleLine(c: PortfolioCounts, seed: number): string {
  return (
    `Syntetisk portfölj / synthetic portfolio (seed ${seed}): ${grouped(c.projects)} projekt, ` +
    `${grouped(c.activities)} aktiviteter / activities, ${grouped(c.paymentRequests)} begäranden om utbetalning / ` +
    `payment requests, ${grouped(c.organisations)} organisationer / organisations`
  );
}

export function databaseReport(r: DatabaseBenchResult, concurrency: number): string {
  const l = r.load;
  const head = [
    r.database,
    `  inläsning / load   ${grouped(l.counts.rows)} rader / rows på / in ${l.seconds.toFixed(1)} s ` +
      `(${grouped(l.rowsPerSecond)} rader/s; generering / generating ${l.generateSeconds.toFixed(1)} s), ` +
      `ANALYZE ${l.analyzeSeconds.toFixed(1)} s`,
    `  ${'mått / measure'.padEnd(40)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${`/s (${concurrency})`.padStart(10)}` +
      `${'SQL p50'.padStart(9)}${'×SQL'.padStart(7)}${'fastify p50'.padStart(13)}${'×fastify'.padStart(10)}` +
      `${'SQL-satser / statements'.padStart(25)}`,
  ];
  const rows = MEASURE_KEYS.map((key) => {
    const m = r.measures[key];
    return (
      `  ${MEASURE_LABELS[key].padEnd(40)}${fixed(m.p50Ms, 2, 9)}${fixed(m.p99Ms, 2, 9)}${fixed(m.perSecond, m.perSecond < 10 ? 2 : 1, 10)}` +
      `${fixed(m.floorSqlP50Ms, 2, 9)}${fixed(m.ratioToSql, 1, 7)}${fixed(m.floorFrameworkP50Ms, 3, 13)}` +
      `${fixed(m.ratioToFramework, 0, 10)}${`${m.statements.route} / ${m.statements.floorSql}`.padStart(25)}`
    );
  });
  return [...head, ...rows].join('\n');
}

export function lettersReport(l: LettersResult, database: string): string {
  return [
    `Beslutsbrev som PDF / decision letters as PDF (${l.letters} brev / letters, ${database})`,
    `  ${l.perSecond} brev/s / letters per second, p50 ${l.p50Ms} ms (varav rendering / of which rendering ` +
      `${l.renderP50Ms} ms), p99 ${l.p99Ms} ms, ${grouped(l.averageBytes)} byte i snitt / bytes on average`,
    `  golv / floor        ${l.floorPdfP50Ms} ms (en rad på A4 / one line on A4, samma renderare / same renderer)`,
    `  kvot / ratio        ${l.ratioToFloor} × golvet / the floor`,
  ].join('\n');
}

export function importReport(result: ImportBenchResult): string {
  return [
    `Import av äldre dokument / legacy document import (${result.documents} dokument)`,
    `  totalt / total      ${result.seconds} s  (${result.documentsPerSecond} dokument/s)`,
    `  per dokument p50    ${result.p50Ms} ms   p99 ${result.p99Ms} ms`,
    `  golv / floor        ${result.floorSeconds} s  (bara läsa texten / reading the text only)`,
    `  kvot / ratio        ${result.ratioToFloor} × golvet / the floor`,
    `  genrer / genres     ${Object.entries(result.genres)
      .map(([g, n]) => `${g} ${n}`)
      .join(', ')}`,
  ].join('\n');
}
