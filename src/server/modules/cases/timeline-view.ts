// What each entry of a case's timeline is called, in Swedish and English: an event by the audit trail's
// catalogue (audit/audit-actions.ts), a document by its kind (documents/document-kinds.ts). An event
// recorded before its action had a label keeps its code, so nothing on the timeline is ever blank.
import { auditActionLabel } from '../../audit/audit-actions.js';
import { documentKindLabel } from '../../documents/document-kinds.js';
import type { Localized } from '../../errors.js';
import type { TimelineEntry } from './timeline.repository.js';

export function timelineLabel(entry: Pick<TimelineEntry, 'kind' | 'action'>): Localized {
  const label =
    entry.kind === 'document'
      ? documentKindLabel(entry.action.replace(/^document\./, ''))
      : auditActionLabel(entry.action);
  return label ?? { sv: entry.action, en: entry.action };
}

export const withLabel = <T extends TimelineEntry>(entry: T): T & { label: Localized } => ({
  ...entry,
  label: timelineLabel(entry),
});
