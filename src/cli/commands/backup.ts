import { Command } from 'commander';
import { createBackup } from '../../server/backup/create-backup.js';
import { systemClock } from '../../server/clock.js';
import { withDatabase } from '../context.js';
import { formatBytes, progressBars } from '../progress.js';

/**
 * `bidra backup FILE` (docs/configuration.md, "Backups"): all tables from one consistent snapshot and every stored
 * document they refer to, as one gzip'd tar with a manifest. The database is only read, never migrated.
 */
export function backupCommand(): Command {
  return new Command('backup')
    .description('Säkerhetskopiera alla data och dokument till en fil / back up all data and documents to one file')
    .argument('<file>', 'arkivet att skriva (.tar.gz) / the archive to write (.tar.gz)')
    .exitOverride()
    .showHelpAfterError()
    .action(async (file: string) => {
      const started = performance.now();
      const { progress, stop } = progressBars();
      const result = await withDatabase(
        (database, config) =>
          createBackup({ database, documentsDir: config.documentsDir, clock: systemClock }, file, progress).finally(
            stop,
          ),
        { migrate: false },
      );
      const { manifest } = result;
      const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
      const documentBytes = manifest.documents.reduce((sum, d) => sum + d.bytes, 0);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        [
          `Säkerhetskopia skriven / backup written: ${result.file} (${formatBytes(result.archiveBytes)})`,
          `  tabeller / tables     ${manifest.tables.length}, ${rows} rader / rows`,
          `  dokument / documents  ${manifest.documents.length} (${formatBytes(documentBytes)})`,
          `  migrering / migration ${manifest.migration.tag ?? manifest.migration.createdAt}`,
          `  tid / time            ${seconds} s`,
        ].join('\n'),
      );
      if (!manifest.auditChain.ok) {
        console.error(
          'Varning: granskningsloggens hashkedja håller inte i databasen (se bidra audit verify); säkerhetskopian ' +
            'togs ändå men kan inte återställas. / Warning: the audit trail does not verify in the database (see ' +
            'bidra audit verify); the backup was taken all the same but cannot be restored.',
        );
        process.exitCode = 1;
      }
    });
}
