import { Command } from 'commander';
import { systemClock } from '../../server/clock.js';
import { ensureDemoData, printDemoCredentials } from '../../server/seed/demo.js';
import { LocalDiskDocumentStore } from '../../server/documents/document-store.js';
import { withDatabase } from '../context.js';

export function seedCommand(): Command {
  return new Command('seed')
    .description('Läs in demodata byggd från källdokumenten / load the demo data built from the seed documents')
    .option('--demo', 'demodata (portfölj, användare per roll) / demo portfolio and one user per role')
    .action(async (options: { demo?: boolean }) => {
      if (!options.demo) {
        console.error(
          'Ange --demo: Bidra har ingen annan inläsning ännu; riktiga data kommer via import. / ' +
            'Pass --demo: the only data set is the demo portfolio; real data arrives through import.',
        );
        process.exitCode = 2;
        return;
      }
      await withDatabase(async (database, config) => {
        const demo = await ensureDemoData(
          database,
          systemClock,
          config.dataDir,
          new LocalDiskDocumentStore(config.documentsDir),
        );
        printDemoCredentials(demo);
      });
    });
}
