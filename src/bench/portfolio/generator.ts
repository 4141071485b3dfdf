import { formatDiaryNumber, localDate, type LocalDate } from '../../domain/index.js';
import type * as s from '../../server/db/schema/index.js';
import { generateOpenApplication, generateRejectedApplication } from './applications.js';
import { emptyBatch, type GenerationContext, type PortfolioBatch } from './batch.js';
import { generateProject } from './project.js';
import { Random } from './random.js';
import { generateReference, type FunderRef, type Reference } from './reference.js';

export interface PortfolioSpec {
  /** Granted projects (docs/scaling.md: 100 000 by default). */
  projects: number;
  /** Organisations, the funders and the fixed universities and agencies included (500 by default). */
  organisations: number;
  seed: number;
  /** The day the portfolio is seen from; later events have not happened. A fixed day keeps runs alike. */
  asOf?: LocalDate;
}

export const DEFAULT_PROJECTS = 100_000;
export const DEFAULT_ORGANISATIONS = 500;
export const DEFAULT_SEED = 2026;
export const DEFAULT_AS_OF = localDate(2026, 6, 30);
/** Per granted project: about a quarter as many rejected applications, and one open in twenty. */
const REJECTED_PER_PROJECT = 0.25;
const OPEN_PER_PROJECT = 0.05;

/**
 * A deterministic synthetic portfolio (docs/scaling.md): the same spec and seed always give the same rows, ids
 * included. Reference data first; then the projects in batches, so that a portfolio of a million
 * activities never has to be held in memory at once. Diary sequences are known once every batch is made.
 */
export class PortfolioGenerator {
  readonly reference: Reference;
  private readonly rng: Random;
  private readonly asOf: LocalDate;
  private readonly sequences = new Map<string, { funderId: string; year: number; lastSeq: number }>();

  constructor(readonly spec: PortfolioSpec) {
    if (!Number.isInteger(spec.projects) || spec.projects < 1)
      throw new RangeError('projects must be a whole number ≥ 1');
    this.rng = new Random(spec.seed);
    this.asOf = spec.asOf ?? DEFAULT_AS_OF;
    this.reference = generateReference(this.rng, spec);
  }

  *batches(projectsPerBatch: number): Generator<PortfolioBatch & { projectCount: number }> {
    for (let made = 0; made < this.spec.projects;) {
      const count = Math.min(projectsPerBatch, this.spec.projects - made);
      const ctx = this.context(emptyBatch());
      for (let i = 0; i < count; i++) {
        generateProject(ctx, this.reference);
        if (this.rng.chance(REJECTED_PER_PROJECT)) generateRejectedApplication(ctx, this.reference);
        if (this.rng.chance(OPEN_PER_PROJECT)) generateOpenApplication(ctx, this.reference);
      }
      made += count;
      yield { ...ctx.batch, projectCount: count };
    }
  }

  /** Each funder's last diary number per year, so that cases registered later continue the series. */
  diarySequences(): (typeof s.diarySequences.$inferInsert)[] {
    return [...this.sequences.values()].map((x) => ({ ...x }));
  }

  private context(batch: PortfolioBatch): GenerationContext {
    return {
      rng: this.rng,
      batch,
      asOf: this.asOf,
      diaryNumber: (funder: FunderRef, year: number) => {
        const key = `${funder.id}/${year}`;
        const seq = (this.sequences.get(key)?.lastSeq ?? 0) + 1;
        this.sequences.set(key, { funderId: funder.id, year, lastSeq: seq });
        return formatDiaryNumber(funder.diaryNumberFormat, year, seq);
      },
    };
  }
}
