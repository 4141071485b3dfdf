import { performance } from 'node:perf_hooks';

/** How long one measure may run: at most `iterations` calls, and no longer than `seconds` once it has a few. */
export interface Budget {
  iterations: number;
  seconds: number;
  /** Calls in flight at once in the throughput phase. */
  concurrency: number;
  /** Calls before timing starts (caches, prepared plans, JIT). */
  warmup: number;
}

/** A measure never stops on time before this many samples (or `iterations`, if fewer). */
const MIN_SAMPLES = 5;

export interface Latency {
  p50Ms: number;
  p99Ms: number;
  samples: number;
}

export const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const enough = (done: number, started: number, budget: Budget): boolean =>
  done >= budget.iterations ||
  (done >= Math.min(MIN_SAMPLES, budget.iterations) && performance.now() - started >= budget.seconds * 1000);

/** Latency: one call at a time after the warm-up, `call(i)` with a growing i so callers can vary inputs. */
export async function sampleLatency(call: (i: number) => Promise<unknown>, budget: Budget): Promise<Latency> {
  for (let i = 0; i < budget.warmup; i++) await call(i);
  const times: number[] = [];
  const started = performance.now();
  while (!enough(times.length, started, budget)) {
    const t0 = performance.now();
    await call(budget.warmup + times.length);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)), samples: times.length };
}

/** Throughput: completed calls per second with `concurrency` calls in flight. */
export async function sampleThroughput(call: (i: number) => Promise<unknown>, budget: Budget): Promise<number> {
  let next = 0;
  let done = 0;
  const started = performance.now();
  const worker = async () => {
    while (!enough(done, started, budget) && next < budget.iterations) {
      await call(next++);
      done++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, budget.concurrency) }, worker));
  const perSecond = done / Math.max((performance.now() - started) / 1000, 1e-9);
  return round(perSecond, perSecond < 10 ? 2 : 1);
}
