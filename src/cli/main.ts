import { Command, CommanderError } from 'commander';
import { AppError } from '../server/errors.js';

/*
 * Each command's module is loaded only when that command runs: `bidra users list` need not load the web
 * server, the PDF renderer and the importer first. Help and unknown commands load them all.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./commands/serve.js')).serveCommand(),
  migrate: async () => (await import('./commands/migrate.js')).migrateCommand(),
  seed: async () => (await import('./commands/seed.js')).seedCommand(),
  users: async () => (await import('./commands/users.js')).usersCommand(),
  import: async () => (await import('./commands/import.js')).importCommand(),
  export: async () => (await import('./commands/export.js')).exportCommand(),
  audit: async () => (await import('./commands/audit.js')).auditCommand(),
  backup: async () => (await import('./commands/backup.js')).backupCommand(),
  restore: async () => (await import('./commands/restore.js')).restoreCommand(),
  bench: async () => (await import('./commands/bench.js')).benchCommand(),
};

const program = new Command()
  .name('bidra')
  .description('Bidra — ärendehantering och portfölj för projektmedel / public project funding')
  .showHelpAfterError()
  .exitOverride();

try {
  const asked = process.argv[2];
  const load = asked !== undefined && asked in COMMANDS ? [asked] : Object.keys(COMMANDS);
  for (const name of load) program.addCommand(await COMMANDS[name]!());
  await program.parseAsync(process.argv);
} catch (error) {
  // Commander's own errors are usage errors (unknown option, missing argument): exit 2, as `seed` does.
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  // The server's errors carry both languages; say both, as the API does by Accept-Language.
  if (error instanceof AppError) console.error(`${error.localized.sv}\n${error.localized.en}`);
  else console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
