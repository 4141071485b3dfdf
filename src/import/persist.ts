import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../domain/index.js';
import { appendAudit, systemActor, type Actor } from '../server/audit/audit.js';
import type { Db, Tx } from '../server/db/client.js';
import * as s from '../server/db/schema/index.js';
import { sha256Hex, type DocumentStore } from '../server/documents/document-store.js';
import { storeDocument } from '../server/documents/store-document.js';
import { extractionSchema, type Extraction, type Genre } from './contract.js';
import { ImportWriter, type CreatedEntity } from './import-writer.js';
import { persistDecisionDocument } from './persist-decisions.js';

/*
 * The reviewed import (`bidra import` without --dry-run). Each file in one transaction: the original is
 * stored (kind 'legacy_import', by sha256), its extraction recorded in imported_sources, and for the
 * genres Bidra can record yet the organisations, projects, cases and decisions created, each listed in
 * the source's created_entities and audited. A file already imported (same sha256) changes nothing.
 * The import_runs row is made with the first file that writes anything, so a run that only meets known
 * files leaves no trace either.
 */

/** Genres whose documents become records; the others are kept as sources for a person to review. */
export const RECORDED_GENRES: readonly Genre[] = ['grant_decision', 'amendment_decision'];
export const SOURCE_DOCUMENT_KIND = 'legacy_import';
export const IMPORT_ACTOR = systemActor('import');

export interface ImportDeps {
  db: Db;
  store: DocumentStore;
  clock: Clock;
  actor?: Actor;
}

export interface FileToImport {
  file: string;
  bytes: Buffer;
  mediaType: string;
  extraction: Extraction;
}

export type ImportOutcome =
  | { kind: 'imported' | 'stored_for_review'; sourceId: string; created: CreatedEntity[]; notes: string[] }
  | { kind: 'already_imported'; sourceId: string; importedAt: Date; created: CreatedEntity[]; notes: string[] };

export class ImportSession {
  private runId: string | null = null;
  private readonly actor: Actor;

  constructor(
    private readonly deps: ImportDeps,
    private readonly funder: s.Funder,
    private readonly fileCount: number,
  ) {
    this.actor = deps.actor ?? IMPORT_ACTOR;
  }

  /** The import_runs row, once a file has written something. */
  get importRunId(): string | null {
    return this.runId;
  }

  async importFile(input: FileToImport): Promise<ImportOutcome> {
    const extraction = extractionSchema.parse(input.extraction);
    const sha256 = sha256Hex(input.bytes);
    let startedRun: string | null = null;
    const outcome = await this.deps.db.transaction(async (tx) => {
      // Two imports of the same file at once: the second waits, then finds the first one's source.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${'import:' + sha256}, 0))`);
      const known = await importedSourceOf(tx, sha256);
      if (known) {
        return {
          kind: 'already_imported' as const,
          sourceId: known.id,
          importedAt: known.importedAt,
          created: known.createdEntities,
          notes: [],
        };
      }
      if (!this.runId) startedRun = await this.startRun(tx);
      return this.record(tx, this.runId ?? startedRun!, input, extraction);
    });
    if (startedRun) this.runId = startedRun;
    return outcome;
  }

  /** Closes the run (when one was started) with what the CLI reported at the end. */
  async finish(summary: Record<string, unknown>, failed: boolean): Promise<void> {
    const runId = this.runId;
    if (!runId) return;
    await this.deps.db.transaction(async (tx) => {
      const after = {
        status: failed ? ('failed' as const) : ('completed' as const),
        finishedAt: this.deps.clock.now(),
      };
      await tx
        .update(s.importRuns)
        .set({ ...after, summary })
        .where(eq(s.importRuns.id, runId));
      await appendAudit(tx, this.deps.clock, this.actor, {
        action: `import_run.${after.status}`,
        entityType: 'import_run',
        entityId: runId,
        after: { ...after, summary },
      });
    });
  }

  private async startRun(tx: Tx): Promise<string> {
    const [run] = await tx
      .insert(s.importRuns)
      .values({ actorLabel: this.actor.label, startedBy: this.actor.userId, fileCount: this.fileCount })
      .returning();
    await appendAudit(tx, this.deps.clock, this.actor, {
      action: 'import_run.started',
      entityType: 'import_run',
      entityId: run!.id,
      after: run,
    });
    return run!.id;
  }

  private async record(tx: Tx, runId: string, input: FileToImport, extraction: Extraction): Promise<ImportOutcome> {
    const sourceId = randomUUID();
    const w = new ImportWriter(tx, this.deps.clock, this.actor, sourceId);
    let document: s.Document | null = null;
    const storeSource = async (links: { caseId?: string; projectId?: string } = {}): Promise<s.Document> => {
      if (document) return document;
      document = await storeDocument(tx, this.deps.store, this.deps.clock, this.actor, {
        bytes: input.bytes,
        filename: path.basename(input.file),
        mediaType: input.mediaType,
        kind: SOURCE_DOCUMENT_KIND,
        caseId: links.caseId ?? null,
        projectId: links.projectId ?? null,
      });
      w.track({ type: 'document', id: document.id });
      return document;
    };

    let recorded = false;
    if (RECORDED_GENRES.includes(extraction.genre)) {
      recorded = await persistDecisionDocument({ w, funder: this.funder, extraction, storeSource });
    } else {
      w.note(
        `${extraction.genre}: sparat för granskning, Bidra skapar inga poster av den här sortens dokument ännu`,
        `${extraction.genre}: stored for review, Bidra does not create records from this kind of document yet`,
      );
    }
    const stored: s.Document = await storeSource();
    const [source] = await tx
      .insert(s.importedSources)
      .values({
        id: sourceId,
        importRunId: runId,
        documentId: stored.id,
        genre: extraction.genre,
        confidence: extraction.confidence,
        extraction,
        createdEntities: w.created,
        reviewed: recorded,
        importedBy: this.actor.userId,
        importedAt: this.deps.clock.now(),
      })
      .returning();
    await appendAudit(tx, this.deps.clock, this.actor, {
      action: 'imported_source.created',
      entityType: 'imported_source',
      entityId: sourceId,
      after: { ...source, notes: w.notes },
    });
    return { kind: recorded ? 'imported' : 'stored_for_review', sourceId, created: w.created, notes: w.notes };
  }
}

/** The earlier import of the same bytes, if any. */
async function importedSourceOf(tx: Tx, sha256: string): Promise<s.ImportedSource | null> {
  const [row] = await tx
    .select({ source: s.importedSources })
    .from(s.importedSources)
    .innerJoin(s.documents, eq(s.documents.id, s.importedSources.documentId))
    .where(eq(s.documents.sha256, sha256))
    .orderBy(asc(s.importedSources.importedAt))
    .limit(1);
  return row?.source ?? null;
}
