import { AppError } from '../errors.js';

/** Why `bidra backup` or `bidra restore` stops; each says what to do, in Swedish and English. */
export const backupErrors = {
  notMigrated: () =>
    new AppError('backup.not_migrated', 409, {
      sv: 'Databasen är inte migrerad och har inga data att säkerhetskopiera.',
      en: 'The database has not been migrated and holds no data to back up.',
    }),

  documentUnreadable: (storageKey: string, reason: string) =>
    new AppError(
      'backup.document_unreadable',
      409,
      {
        sv: `Det lagrade dokumentet ${storageKey} kan inte läsas eller stämmer inte med sin sha256 (${reason}); ingen säkerhetskopia skrevs.`,
        en: `The stored document ${storageKey} cannot be read or does not match its sha256 (${reason}); no backup was written.`,
      },
      { storageKey },
    ),

  targetDirectoryUnusable: (directory: string) =>
    new AppError('backup.target_directory_unusable', 422, {
      sv: `Katalogen ${directory} finns inte eller går inte att skriva i; ingen säkerhetskopia skrevs.`,
      en: `The directory ${directory} does not exist or cannot be written to; no backup was written.`,
    }),

  archiveMissing: (file: string) =>
    new AppError('backup.archive_missing', 404, {
      sv: `Säkerhetskopian ${file} finns inte.`,
      en: `The backup ${file} does not exist.`,
    }),

  archiveCorrupt: (file: string, reason: string) =>
    new AppError(
      'backup.archive_corrupt',
      422,
      {
        sv: `Säkerhetskopian ${file} är skadad eller har ändrats (${reason}). Inget har återställts; databasen är orörd.`,
        en: `The backup ${file} is corrupt or has been altered (${reason}). Nothing was restored; the database is untouched.`,
      },
      { reason },
    ),

  archiveNewerFormat: (version: number) =>
    new AppError(
      'backup.archive_newer_format',
      422,
      {
        sv: `Säkerhetskopian har format ${version}, som en nyare version av Bidra skrev. Uppdatera Bidra och försök igen.`,
        en: `The backup is in format ${version}, written by a newer Bidra. Update Bidra and try again.`,
      },
      { formatVersion: version },
    ),

  archiveNewerSchema: (migration: string) =>
    new AppError(
      'backup.archive_newer_schema',
      422,
      {
        sv: `Säkerhetskopian kommer från en databas med migreringen ${migration}, som den här versionen av Bidra inte har. Uppdatera Bidra och försök igen.`,
        en: `The backup comes from a database with migration ${migration}, which this version of Bidra does not have. Update Bidra and try again.`,
      },
      { migration },
    ),

  schemaMismatch: (problems: string[]) =>
    new AppError(
      'backup.schema_mismatch',
      422,
      {
        sv: `Säkerhetskopians tabeller passar inte databasens schema: ${problems.join('; ')}.`,
        en: `The backup's tables do not fit the database's schema: ${problems.join('; ')}.`,
      },
      { problems },
    ),

  targetNotEmpty: (tables: string[]) => {
    const named = tables.length > 4 ? `${tables.slice(0, 4).join(', ')} …` : tables.join(', ');
    return new AppError(
      'backup.target_not_empty',
      409,
      {
        sv: `Databasen innehåller redan data (${tables.length} tabeller: ${named}). Ange --force för att ersätta allt med säkerhetskopian.`,
        en: `The database already holds data (${tables.length} tables: ${named}). Pass --force to replace all of it with the backup.`,
      },
      { tables },
    );
  },

  replicationRoleDenied: () =>
    new AppError('backup.restore_not_permitted', 403, {
      sv:
        'Databasrollen får inte stänga av triggrar under återställningen (session_replication_role). Kör som ' +
        'superuser, eller ge rollen rätten: GRANT SET ON PARAMETER session_replication_role TO <roll>.',
      en:
        'The database role may not switch off triggers during the restore (session_replication_role). Run as a ' +
        'superuser, or grant it: GRANT SET ON PARAMETER session_replication_role TO <role>.',
    }),

  auditChainBroken: (eventId: number | null, reason: string) =>
    new AppError(
      'backup.audit_chain_broken',
      422,
      {
        sv: `Granskningsloggen i säkerhetskopian håller inte (händelse ${eventId ?? '(head)'}: ${reason}). Inget har återställts.`,
        en: `The audit trail in the backup does not verify (event ${eventId ?? '(head)'}: ${reason}). Nothing was restored.`,
      },
      { eventId, reason },
    ),
};
