import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, real, text, uuid } from 'drizzle-orm/pg-core';
import { id, instant, restrict } from './columns.js';
import { documents } from './documents.js';
import { importRunStatus } from './enums.js';
import { users } from './users.js';

/** One run of `bidra import` over a set of files (dry runs write nothing, so are not recorded). */
export const importRuns = pgTable('import_runs', {
  id: id(),
  startedAt: instant('started_at').notNull().defaultNow(),
  finishedAt: instant('finished_at'),
  startedBy: uuid('started_by').references(() => users.id, restrict),
  actorLabel: text('actor_label').notNull(),
  status: importRunStatus('status').notNull().default('running'),
  fileCount: integer('file_count').notNull().default(0),
  /** Counts per genre, warnings, errors: what the CLI printed at the end. */
  summary: jsonb('summary').$type<Record<string, unknown>>().notNull().default({}),
});

/**
 * A legacy document read by the importer: the stored original, its extraction (the JSON of docs/domain/import.md,
 * "The extraction"), and what the reviewed import created from it, so every imported record can be traced to its
 * source.
 */
export const importedSources = pgTable(
  'imported_sources',
  {
    id: id(),
    importRunId: uuid('import_run_id').references(() => importRuns.id, restrict),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, restrict),
    genre: text('genre').notNull(),
    /** The extractor's confidence, 0..1 (not money, so a float is fine). */
    confidence: real('confidence'),
    extraction: jsonb('extraction').$type<Record<string, unknown>>().notNull(),
    createdEntities: jsonb('created_entities').$type<{ type: string; id: string }[]>().notNull().default([]),
    reviewed: boolean('reviewed').notNull().default(false),
    importedBy: uuid('imported_by').references(() => users.id, restrict),
    importedAt: instant('imported_at').notNull().defaultNow(),
  },
  (t) => [
    index('imported_sources_document_idx').on(t.documentId),
    index('imported_sources_run_idx').on(t.importRunId),
    check('imported_sources_confidence_range', sql`${t.confidence} IS NULL OR ${t.confidence} BETWEEN 0 AND 1`),
  ],
);

export type ImportRun = typeof importRuns.$inferSelect;
export type ImportedSource = typeof importedSources.$inferSelect;
