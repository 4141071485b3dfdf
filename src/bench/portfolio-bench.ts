import type { Clock } from '../domain/index.js';
import type { Database } from '../server/db/client.js';
import { createBenchApp } from './bench-app.js';
import { benchLetters, type LettersResult } from './letters-bench.js';
import type { Budget } from './measure.js';
import { PortfolioGenerator, type PortfolioSpec } from './portfolio/generator.js';
import { loadPortfolio, type LoadResult } from './portfolio/load.js';
import { runRouteMeasures, type MeasureKey, type MeasureResult } from './route-measures.js';

export interface DatabaseBenchResult {
  database: string;
  load: LoadResult;
  measures: Record<MeasureKey, MeasureResult>;
  letters?: LettersResult;
}

export interface DatabaseBenchOptions {
  spec: PortfolioSpec;
  budget: Budget;
  /** Letters to render on this database; none when null. */
  letters: Budget | null;
  clock: Clock;
  description: string;
  documentsDir?: string;
  onLoadProgress?: (projectsDone: number, rowsDone: number) => void;
  onStep?: (step: MeasureKey | 'letters') => void;
}

/**
 * The portfolio part of `bidra bench` on one migrated, empty database: load the synthetic portfolio, start
 * the application on it, measure every route beside its floors, and render letters.
 */
export async function benchOnDatabase(database: Database, o: DatabaseBenchOptions): Promise<DatabaseBenchResult> {
  const load = await loadPortfolio(database, new PortfolioGenerator(o.spec), o.clock, o.onLoadProgress);
  const bench = await createBenchApp(database, o.clock, o.documentsDir);
  try {
    const measures = await runRouteMeasures(bench, o.clock, o.budget, o.onStep);
    let letters: LettersResult | undefined;
    if (o.letters) {
      o.onStep?.('letters');
      letters = await benchLetters(database.db, o.letters);
    }
    return { database: o.description, load, measures, ...(letters ? { letters } : {}) };
  } finally {
    await bench.close();
  }
}
