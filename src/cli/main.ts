import { Command, CommanderError } from 'commander';
import { AppError } from '../server/errors.js';
import { auditCommand } from './commands/audit.js';
import { backupCommand } from './commands/backup.js';
import { benchCommand } from './commands/bench.js';
import { importCommand } from './commands/import.js';
import { exportCommand } from './commands/export.js';
import { migrateCommand } from './commands/migrate.js';
import { restoreCommand } from './commands/restore.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';
import { usersCommand } from './commands/users.js';

const program = new Command()
  .name('bidra')
  .description('Bidra — ärendehantering och portfölj för projektmedel / public project funding')
  .showHelpAfterError()
  .exitOverride();

program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(seedCommand());
program.addCommand(importCommand());
program.addCommand(exportCommand());
program.addCommand(auditCommand());
program.addCommand(backupCommand());
program.addCommand(restoreCommand());
program.addCommand(benchCommand());
program.addCommand(usersCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Commander's own errors are usage errors (unknown option, missing argument): exit 2, as `seed` does.
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  // The server's errors carry both languages; say both, as the API does by Accept-Language.
  if (error instanceof AppError) console.error(`${error.localized.sv}\n${error.localized.en}`);
  else console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
