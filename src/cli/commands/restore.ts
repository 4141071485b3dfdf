import { Command } from 'commander';
import { restoreBackup } from '../../server/backup/restore-backup.js';
import { verifyArchive } from '../../server/backup/verify-archive.js';
import { withDatabase } from '../context.js';
import { formatBytes, progressBars } from '../progress.js';

/**
 * `bidra restore FILE [--force]` (docs/configuration.md, "Backups"): checks the whole archive first and changes nothing
 * if any part is wrong; then migrates the database and loads everything in one transaction, refusing a database that
 * already holds data unless --force replaces it; the audit trail is verified before the commit.
 */
export function restoreCommand(): Command {
  return new Command('restore')
    .description('Återställ data och dokument från en säkerhetskopia / restore data and documents from a backup')
    .argument('<file>', 'arkivet från bidra backup / the archive written by bidra backup')
    .option('--force', 'ersätt data som redan finns i databasen / replace data the database already holds')
    .exitOverride()
    .showHelpAfterError()
    .action(async (file: string, options: { force?: boolean }) => {
      const started = performance.now();
      const { progress, stop } = progressBars();
      const archive = await verifyArchive(file, progress).finally(stop);
      const { manifest } = archive;
      console.error(
        `Säkerhetskopian är hel / the backup is intact: ${archive.file}, tagen / taken ${manifest.createdAt} ` +
          `(Bidra ${manifest.bidraVersion}, ${manifest.database}, ${manifest.migration.tag ?? manifest.migration.createdAt})`,
      );
      const summary = await withDatabase((database, config) =>
        restoreBackup(
          { database, documentsDir: config.documentsDir },
          archive,
          { force: options.force === true },
          progress,
        ).finally(stop),
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        [
          `Återställd / restored: ${archive.file} (${formatBytes(archive.archiveBytes)})`,
          `  tabeller / tables     ${summary.tables}, ${summary.rows} rader / rows`,
          `  dokument / documents  ${summary.documents} (${formatBytes(summary.documentBytes)})`,
          summary.replaced.length > 0
            ? `  ersatte / replaced    data i ${summary.replaced.length} tabeller / tables (--force)`
            : null,
          `  granskningslogg / audit trail: ${summary.auditEvents} händelser kontrollerade, kedjan är obruten / events verified, chain intact`,
          `  tid / time            ${seconds} s`,
        ]
          .filter((line) => line !== null)
          .join('\n'),
      );
    });
}
