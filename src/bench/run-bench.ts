import os from 'node:os';
import { systemClock } from '../server/clock.js';
import { freshEmbedded, freshPostgres, type FreshDatabase } from './fresh-database.js';
import { benchImport } from './import-bench.js';
import { round, type Budget } from './measure.js';
import { benchOnDatabase, type DatabaseBenchResult } from './portfolio-bench.js';
import type { PortfolioSpec } from './portfolio/generator.js';
import { METHOD, type BenchResults } from './report.js';
import { MEASURE_LABELS, type MeasureKey } from './route-measures.js';

export type BenchDatabase = 'embedded' | 'postgres';

export interface BenchPlan {
  spec: PortfolioSpec;
  databases: BenchDatabase[];
  postgresUrl?: string;
  budget: Budget;
  /** Decision letters to render (on the first database); 0 for none. */
  letters: number;
  documents: number;
}

export interface BenchUi {
  /** A line for the person waiting (stderr). */
  note(line: string): void;
  loadStarted(database: BenchDatabase, projects: number): void;
  loadProgress(projectsDone: number, rowsDone: number): void;
  loadFinished(): void;
  /** The finished database's table, as soon as it is known (stdout). */
  databaseDone(database: BenchDatabase, result: DatabaseBenchResult): void;
}

const STEP_LABELS: Record<MeasureKey | 'letters', string> = { ...MEASURE_LABELS, letters: 'Beslutsbrev / letters' };

/**
 * `bidra bench` (docs/scaling.md): the synthetic portfolio loaded into a fresh embedded database and, when a
 * PostgreSQL server is given, into a fresh database there; the routes measured on each beside their
 * floors; decision letters rendered; legacy documents imported. Each fresh database is removed after use,
 * also when the run fails or is interrupted.
 */
export async function runBench(plan: BenchPlan, ui: BenchUi): Promise<BenchResults> {
  const ranAt = new Date().toISOString();
  const loadAtStart = os.loadavg().map((x) => round(x, 2));
  const databases: BenchResults['databases'] = {};
  let letters: BenchResults['letters'];
  let current: FreshDatabase | null = null;
  const interrupted = () => {
    void (current?.dispose() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    for (const [i, kind] of plan.databases.entries()) {
      ui.note(
        kind === 'embedded'
          ? 'Ny inbyggd databas / fresh embedded database …'
          : 'Ny PostgreSQL-databas / fresh PostgreSQL database …',
      );
      current = kind === 'embedded' ? await freshEmbedded() : await freshPostgres(plan.postgresUrl!);
      const fresh: FreshDatabase = current;
      try {
        ui.loadStarted(kind, plan.spec.projects);
        let loading = true;
        const result = await benchOnDatabase(fresh.database, {
          spec: plan.spec,
          budget: plan.budget,
          letters:
            i === 0 && plan.letters > 0
              ? { ...plan.budget, iterations: plan.letters, warmup: Math.min(2, plan.letters), concurrency: 1 }
              : null,
          clock: systemClock,
          description: fresh.description,
          documentsDir: fresh.documentsDir,
          onLoadProgress: (p, r) => ui.loadProgress(p, r),
          onStep: (step) => {
            if (loading) {
              loading = false;
              ui.loadFinished();
            }
            ui.note(`Mäter / measuring: ${STEP_LABELS[step]}`);
          },
        });
        databases[kind] = result;
        if (result.letters) letters = { ...result.letters, database: fresh.description };
        ui.databaseDone(kind, result);
      } finally {
        current = null;
        await fresh.dispose();
      }
    }
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
  }

  ui.note(`Import av äldre dokument / legacy document import (${plan.documents}) …`);
  const imported = benchImport(plan.documents);
  const first = databases.embedded ?? databases.postgres;
  const counts = first?.load.counts;
  return {
    ranAt,
    method: METHOD,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '?',
      loadAverage: { start: loadAtStart, end: os.loadavg().map((x) => round(x, 2)) },
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    seed: plan.spec.seed,
    budget: plan.budget,
    scale: {
      projects: counts?.projects ?? 0,
      activities: counts?.activities ?? 0,
      paymentRequests: counts?.paymentRequests ?? 0,
      organisations: counts?.organisations ?? 0,
    },
    load: { seconds: first?.load.seconds ?? 0, rowsPerSecond: first?.load.rowsPerSecond ?? 0 },
    databases,
    ...(letters ? { letters } : {}),
    import: imported,
  };
}
