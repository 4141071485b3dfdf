import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { benchImport } from '../../bench/import-bench.js';

const positive = (text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) {
    throw new InvalidArgumentError('ett heltal från 1 till 1 000 000 / a whole number from 1 to 1,000,000');
  }
  return n;
};

/**
 * `bidra bench` (SPEC §7). This version measures legacy documents imported per second; the figures go
 * to stdout beside their floor and to bench/results.json.
 */
export function benchCommand(): Command {
  return new Command('bench')
    .description('Prestandamätning / the performance suite (SPEC §7)')
    .option('--documents <n>', 'antal dokument att importera / legacy documents to import', positive, 1000)
    .option('--out <file>', 'resultatfil / where to write the results', 'bench/results.json')
    .action(async (o: { documents: number; out: string }) => {
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar(
            { format: 'Import {bar} {value}/{total} dokument', stream: process.stderr },
            cliProgress.Presets.shades_classic,
          )
        : null;
      bar?.start(o.documents, 0);
      const result = benchImport(o.documents, (done) => bar?.update(done));
      bar?.stop();
      console.log(
        [
          `Import av äldre dokument / legacy document import (${result.documents} dokument)`,
          `  totalt / total      ${result.seconds} s  (${result.documentsPerSecond} dokument/s)`,
          `  per dokument p50    ${result.p50Ms} ms   p99 ${result.p99Ms} ms`,
          `  golv / floor        ${result.floorSeconds} s  (bara läsa texten / reading the text only)`,
          `  kvot / ratio        ${result.ratioToFloor} × golvet / the floor`,
          `  genrer / genres     ${Object.entries(result.genres)
            .map(([g, n]) => `${g} ${n}`)
            .join(', ')}`,
        ].join('\n'),
      );
      await mkdir(path.dirname(path.resolve(o.out)), { recursive: true });
      await writeFile(o.out, `${JSON.stringify({ ranAt: new Date().toISOString(), import: result }, null, 2)}\n`);
      console.log(`Resultat / results: ${o.out}`);
    });
}
