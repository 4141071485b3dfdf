import { z } from 'zod';
import {
  caseDocumentKindLabel,
  documentReference,
  DOCUMENT_DIRECTION_LABELS,
  DOCUMENT_DIRECTIONS,
  registryCaseId,
  type DocumentDirection,
} from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Case } from '../../db/schema/index.js';
import { listCaseDocuments, registryCaseOf } from './case-documents.repository.js';

export const caseDocumentView = z.object({
  number: z.number().int().describe('Handlingens nummer i ärendet / the number within the case'),
  reference: z.string().nullable().describe('"REGAC - 317 - 2022, handling 7"'),
  registeredOn: z.string(),
  direction: z.enum(DOCUMENT_DIRECTIONS),
  directionLabel: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  sourceCaseId: z.uuid().nullable().describe('The later matter (a child case) the document belongs to'),
  decisionId: z.uuid().nullable(),
  documentId: z.uuid().nullable(),
  filename: z.string().nullable(),
  /** Where the file is read, when the document is a stored file the API serves. */
  href: z.string().nullable(),
});

export const caseDocumentListView = z.object({
  case: z.object({
    id: z.uuid().describe('The case the documents are registered in (the project’s case)'),
    diaryNumber: z.string().nullable(),
  }),
  items: z.array(caseDocumentView),
});

const directionOf = (d: string): DocumentDirection => (d === 'out' || d === 'internal' ? d : 'in');

/** The handlingsförteckning of the case a case's documents are registered in. */
export async function caseDocumentList(db: Executor, kase: Case): Promise<z.infer<typeof caseDocumentListView>> {
  const registryId = registryCaseId(kase);
  const registry = registryId === kase.id ? kase : await registryCaseOf(db, registryId);
  const diaryNumber = registry?.diaryNumber ?? null;
  const rows = await listCaseDocuments(db, registryId);
  return {
    case: { id: registryId, diaryNumber },
    items: rows.map((d) => {
      const direction = directionOf(d.direction);
      return {
        number: d.number,
        reference: diaryNumber ? documentReference(diaryNumber, d.number) : null,
        registeredOn: d.registeredOn,
        direction,
        directionLabel: DOCUMENT_DIRECTION_LABELS[direction],
        kind: d.kind,
        kindLabel: caseDocumentKindLabel(d.kind),
        title: d.title,
        sourceCaseId: d.sourceCaseId,
        decisionId: d.decisionId,
        documentId: d.documentId,
        filename: d.filename,
        href: d.decisionId && d.documentId ? `/api/v1/decisions/${d.decisionId}/letter.pdf` : null,
      };
    }),
  };
}
