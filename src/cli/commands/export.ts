import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { systemClock } from '../../server/clock.js';
import {
  buildExport,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../../server/modules/opendata/use-cases/build-export.js';
import { withDatabase } from '../context.js';

interface ExportOptions {
  format: ExportFormat;
  out?: string;
}

/**
 * `bidra export --format 360giving|360giving-csv|eu-art49|csv [--out FILE]` (docs/open-data.md): the open-data
 * files of the HTTP API, from the configured database. Without --out the file goes to stdout and
 * nothing else does, so it can be piped; messages go to stderr.
 */
export function exportCommand(): Command {
  return (
    new Command('export')
      .description(
        'Öppna data / open data: 360giving (JSON), 360giving-csv, eu-art49 (EU 2021/1060 art. 49.3) eller csv (projektbanken)',
      )
      .addOption(new Option('--format <format>', 'format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
      .option('--out <file>', 'skriv till filen i stället för stdout / write to the file instead of stdout')
      // Usage errors reach main.ts as CommanderError, which exits 2 (a subcommand does not inherit this).
      .exitOverride()
      .showHelpAfterError()
      .action(async (options: ExportOptions) => {
        const file = await withDatabase((database, config) =>
          buildExport({ db: database.db, clock: systemClock }, options.format, { baseUrl: config.publicUrl }),
        );
        if (!options.out) {
          process.stdout.write(file.body);
          return;
        }
        // Written beside the target and renamed, so a reader never sees half a file.
        const target = path.resolve(options.out);
        const partial = `${target}.${process.pid}.part`;
        writeFileSync(partial, file.body, 'utf8');
        renameSync(partial, target);
        console.error(`Skrev / wrote ${options.format}: ${target} (${Buffer.byteLength(file.body)} bytes)`);
      })
  );
}
