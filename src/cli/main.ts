import { Command, CommanderError } from 'commander';
import { auditCommand } from './commands/audit.js';
import { migrateCommand } from './commands/migrate.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';

const program = new Command()
  .name('bidra')
  .description('Bidra — ärendehantering och portfölj för projektmedel / public project funding')
  .showHelpAfterError()
  .exitOverride();

program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(seedCommand());
program.addCommand(auditCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
