import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../../domain/index.js';
import { appendAudit, systemActor, type Actor } from '../../audit/audit.js';
import type { Db, Tx } from '../../db/client.js';
import * as s from '../../db/schema/index.js';
import { sha256Hex, type DocumentStore } from '../../documents/document-store.js';
import { storeDocument } from '../../documents/store-document.js';
import { extractionSchema, type Extraction, type Genre } from '../../../import/contract.js';
import { ImportWriter, type CreatedEntity } from './import-writer.js';
import { persistDecisionDocument } from './persist-decisions.js';
import { persistClosure, persistPressRelease, persistStateAllocation } from './persist-others.js';

/*
 * The reviewed import (`bidra import` without --dry-run). Each file in one transaction: the original is
 * stored (kind 'legacy_import', by sha256), its extraction recorded in imported_sources, and for the
 * genres Bidra can record yet the organisations, projects, cases and decisions created, each listed in
 * the source's created_entities and audited. A file already imported (same sha256) changes nothing.
 * The import_runs row is made with the first file that writes anything, so a run that only meets known
 * files leaves no trace either.
 */

/** Genres whose documents become records; an unknown document is kept as a source for a person to review. */
export const RECORDED_GENRES: readonly Genre[] = [
  'grant_decision',
  'amendment_decision',
  'state_allocation',
  'closure',
  'press_release',
];
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
  /** The document's text as read, kept on records that print it; decoded from the bytes when absent. */
  text?: string;
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
    let outcome: ImportOutcome;
    try {
      outcome = await this.transaction(input, extraction, sha256, (run) => (startedRun = run));
    } catch (error) {
      // A retry that still cannot record the file is undone whole: trying again changes nothing.
      if (!(error instanceof StillWaiting)) throw error;
      return { kind: 'stored_for_review', sourceId: error.sourceId, created: [], notes: error.notes };
    }
    if (startedRun) this.runId = startedRun;
    return outcome;
  }

  private transaction(
    input: FileToImport,
    extraction: Extraction,
    sha256: string,
    started: (runId: string) => void,
  ): Promise<ImportOutcome> {
    return this.deps.db.transaction(async (tx) => {
      const run = async () => {
        if (this.runId) return this.runId;
        const id = await this.startRun(tx);
        started(id);
        return id;
      };
      // Two imports of the same file at once: the second waits, then finds the first one's source.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${'import:' + sha256}, 0))`);
      const known = await importedSourceOf(tx, sha256);
      // A file kept for review because what it refers to was missing (an amendment before its grant) is
      // tried again; one that was recorded changes nothing.
      if (known && !known.reviewed && RECORDED_GENRES.includes(extraction.genre)) {
        const retried = await this.record(tx, await run(), input, extraction, known);
        if (retried.kind !== 'imported') {
          throw new StillWaiting(known.id, retried.notes);
        }
        return retried;
      }
      if (known) {
        return {
          kind: 'already_imported' as const,
          sourceId: known.id,
          importedAt: known.importedAt,
          created: known.createdEntities,
          notes: [],
        };
      }
      return this.record(tx, await run(), input, extraction);
    });
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

  private async record(
    tx: Tx,
    runId: string,
    input: FileToImport,
    extraction: Extraction,
    retried?: s.ImportedSource,
  ): Promise<ImportOutcome> {
    const sourceId = retried?.id ?? randomUUID();
    const w = new ImportWriter(tx, this.deps.clock, this.actor, sourceId);
    let document: s.Document | null = retried ? await documentOf(tx, retried.documentId) : null;
    const storeSource = async (links: { caseId?: string; projectId?: string } = {}): Promise<s.Document> => {
      if (document) {
        // A retried source was stored before it could be linked to the case it now concerns.
        if (retried && document.caseId === null && links.caseId) {
          const linked = { caseId: links.caseId, projectId: links.projectId ?? document.projectId };
          await tx.update(s.documents).set(linked).where(eq(s.documents.id, document.id));
          await w.audit('document.linked', 'document', document.id, { caseId: null }, linked);
          document = { ...document, ...linked };
        }
        return document;
      }
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

    const text = input.text ?? (input.mediaType.startsWith('text/') ? input.bytes.toString('utf8') : null);
    const ctx = { w, funder: this.funder, extraction, storeSource, text };
    let recorded = false;
    switch (extraction.genre) {
      case 'grant_decision':
      case 'amendment_decision':
        recorded = await persistDecisionDocument(ctx);
        break;
      case 'state_allocation':
        recorded = await persistStateAllocation(ctx);
        break;
      case 'closure':
        recorded = await persistClosure(ctx);
        break;
      case 'press_release':
        recorded = await persistPressRelease(ctx);
        break;
      case 'unknown':
        w.note(
          'dokumentets slag känns inte igen: sparat för granskning',
          'the kind of document is not recognised: stored for review',
        );
    }
    const stored: s.Document = await storeSource();
    if (retried) {
      const created = [...retried.createdEntities, ...w.created];
      await tx
        .update(s.importedSources)
        .set({ importRunId: runId, extraction, createdEntities: created, reviewed: recorded })
        .where(eq(s.importedSources.id, retried.id));
      await appendAudit(tx, this.deps.clock, this.actor, {
        action: 'imported_source.retried',
        entityType: 'imported_source',
        entityId: retried.id,
        before: { reviewed: false },
        after: { reviewed: recorded, created: w.created, notes: w.notes },
      });
      return { kind: recorded ? 'imported' : 'stored_for_review', sourceId, created: w.created, notes: w.notes };
    }
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

/** Thrown to roll back a retried file that still waits for what it refers to. */
class StillWaiting extends Error {
  constructor(
    readonly sourceId: string,
    readonly notes: string[],
  ) {
    super('the imported source still waits for what it refers to');
  }
}

async function documentOf(tx: Tx, id: string): Promise<s.Document> {
  const [row] = await tx.select().from(s.documents).where(eq(s.documents.id, id));
  if (!row) throw new Error(`imported source refers to a missing document ${id}`);
  return row;
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
