import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../../domain/index.js';
import { extractionSchema } from '../../../import/contract.js';
import { extractDocument } from '../../../import/extract-document.js';
import { GENRE_EXTRACTORS } from '../../../import/genres/index.js';
import { ImportSession } from './persist.js';
import { pdfText, utf8Text } from '../../../import/read-file.js';
import { normaliseText } from '../../../import/text.js';
import type { Db } from '../../db/client.js';
import type { DocumentStore } from '../../documents/document-store.js';
import { AppError } from '../../errors.js';
import { requirePrincipal, requireRole } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { IMPORTER_ROLES } from '../auth/reach.js';
import { actorOf } from '../auth/actor.js';
import { fundersOfOrganizations } from './imports.repository.js';

const MAX_BYTES = 20 * 1024 * 1024;

const isPdfUpload = (mediaType: string, filename: string) =>
  mediaType.startsWith('application/pdf') || filename.toLowerCase().endsWith('.pdf');

async function textOf(filename: string, mediaType: string, bytes: Buffer): Promise<string> {
  try {
    return isPdfUpload(mediaType, filename) ? await pdfText(filename, bytes) : utf8Text(bytes);
  } catch {
    throw new AppError('import.unreadable', 422, {
      sv: `Texten i ${filename} kunde inte läsas. Är det en PDF med text (inte en inskannad bild)?`,
      en: `The text of ${filename} could not be read. Is it a PDF with text (not a scanned image)?`,
    });
  }
}

/** The funder the caller imports for: the one of the organisation they are an officer or administrator of. */
async function funderOf(db: Db, p: Principal) {
  const orgs = p.roles.filter((r) => IMPORTER_ROLES.includes(r.role)).map((r) => r.organizationId);
  const rows = await fundersOfOrganizations(db, orgs);
  if (rows.length !== 1) {
    throw new AppError('import.no_funder', 403, {
      sv: 'Import görs av handläggare eller administratörer hos en stödgivare.',
      en: 'Imports are made by case officers or administrators of a funder.',
    });
  }
  return rows[0]!;
}

const filenameQuery = z.object({ filename: z.string().trim().min(1).max(255) });

/**
 * Legacy documents in the web app (docs/domain/import.md, "In the web app": an officer uploads, reviews the extraction
 * beside the source text, corrects it and imports it). Extraction writes nothing; the import stores the original with
 * its sha256 and creates the records from the reviewed extraction, once per document.
 */
export const importRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock; store: DocumentStore }> = (app, deps) => {
  // The document itself is the body: PDF or text bytes, up to 20 MB.
  app.removeContentTypeParser(['text/plain']);
  app.addContentTypeParser(
    ['application/pdf', 'application/octet-stream', 'text/plain'],
    { parseAs: 'buffer', bodyLimit: MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/imports/extract',
    {
      bodyLimit: MAX_BYTES,
      schema: {
        tags: ['imports'],
        summary: 'Läs ett äldre dokument / extract a legacy document (nothing is stored)',
        description:
          'Body: the file (application/pdf or text/plain). Answers the extraction (docs/domain/import.md) and the document’s text, for review beside it.',
        querystring: filenameQuery,
        response: { 200: z.object({ extraction: extractionSchema, text: z.string() }) },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await funderOf(deps.db, p);
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
        throw new AppError('import.empty', 400, { sv: 'Filen är tom.', en: 'The file is empty.' });
      }
      const { filename } = request.query;
      const raw = await textOf(filename, request.headers['content-type'] ?? '', bytes);
      return { extraction: extractDocument(filename, raw, GENRE_EXTRACTORS), text: normaliseText(raw).text };
    },
  );

  app.post(
    '/imports',
    {
      bodyLimit: Math.ceil(MAX_BYTES * 1.4),
      schema: {
        tags: ['imports'],
        summary: 'Importera ett granskat dokument / import a reviewed document',
        description:
          'The original (base64) and the reviewed extraction. Stores the original with its sha256, records what the extraction says, and links every created record to it; the same document again changes nothing.',
        body: z.object({
          filename: z.string().trim().min(1).max(255),
          mediaType: z.string().max(100),
          contentBase64: z.base64().max(Math.ceil(MAX_BYTES * 1.37)),
          extraction: extractionSchema,
        }),
        response: {
          200: z.object({
            kind: z.enum(['imported', 'stored_for_review', 'already_imported']),
            sourceId: z.uuid(),
            created: z.array(z.object({ type: z.string(), id: z.string() })),
            notes: z.array(z.string()),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      requireRole(p, IMPORTER_ROLES);
      const funder = await funderOf(deps.db, p);
      const { filename, mediaType, contentBase64, extraction } = request.body;
      const session = new ImportSession({ ...deps, actor: actorOf(p) }, funder, 1);
      const outcome = await session.importFile({
        file: filename,
        bytes: Buffer.from(contentBase64, 'base64'),
        mediaType: mediaType || 'application/octet-stream',
        extraction: { ...extraction, file: filename },
      });
      await session.finish({ files: 1, outcome: outcome.kind, genre: extraction.genre }, false);
      return { kind: outcome.kind, sourceId: outcome.sourceId, created: outcome.created, notes: outcome.notes };
    },
  );
  return Promise.resolve();
};
