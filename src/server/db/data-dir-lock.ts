import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The embedded database is one process's files: a second process opening them (say `bidra audit verify`
 * while `bidra serve` runs) could corrupt them. A lock file with the owner's pid keeps that from
 * happening; a lock left by a process that no longer runs is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'pgdata.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new Error(
          `Den inbäddade databasen i ${dataDir} används redan av process ${owner} (t.ex. bidra serve). ` +
            `Stoppa den först, eller använd PostgreSQL via DATABASE_URL. / ` +
            `The embedded database in ${dataDir} is in use by process ${owner} (e.g. bidra serve). ` +
            `Stop it first, or use PostgreSQL through DATABASE_URL.`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock ${file}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
