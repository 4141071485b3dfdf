import cliProgress from 'cli-progress';
import type { Progress, ProgressPhase } from '../server/backup/archive-io.js';

const LABELS: Record<ProgressPhase, string> = {
  verify: 'Kontrollerar / verifying',
  rows: 'Rader / rows',
  load: 'Läser in / loading',
  documents: 'Dokument / documents',
};

/**
 * Progress bars on stderr, one per phase, only when stderr is a terminal: piped or logged output gets
 * just the summary. Returns the listener and a function that closes the last bar.
 */
export function progressBars(): { progress: Progress; stop: () => void } {
  if (!process.stderr.isTTY) return { progress: () => undefined, stop: () => undefined };
  let bar: cliProgress.SingleBar | null = null;
  let current: ProgressPhase | null = null;
  const stop = () => {
    bar?.stop();
    bar = null;
    current = null;
  };
  const progress: Progress = (phase, done, total) => {
    if (phase !== current) {
      stop();
      current = phase;
      bar = new cliProgress.SingleBar(
        { format: `${LABELS[phase].padEnd(26)} {bar} {percentage}% {value}/{total}`, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, done);
      return;
    }
    bar?.update(done);
  };
  return { progress, stop };
}

/** 1 234 567 bytes as "1,2 MB": summaries are read by people. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const text = unit === 0 ? String(value) : value.toFixed(1).replace('.', ',');
  return `${text} ${units[unit]}`;
}
