import type { Lang } from '../../i18n.js';
import { actionLabel } from '../../labels.js';

/* What the events of files and messages on a case's timeline mean to a person (the rest: labels.ts). */
const ACTIONS: Record<string, { sv: string; en: string }> = {
  'application.completion_requested': { sv: 'Begäran om komplettering', en: 'Request for completion' },
  'application.completion_received': { sv: 'Komplettering inkommen', en: 'Completion received' },
  'case_message.completion_answered': {
    sv: 'Svar på begäran om komplettering',
    en: 'Answer to the request for completion',
  },
  'case_message.posted': { sv: 'Meddelande', en: 'Message' },
  'attachment.added': { sv: 'Bilaga tillagd', en: 'Attachment added' },
  'attachment.removed': { sv: 'Bilaga borttagen', en: 'Attachment removed' },
  'case_document.registered': { sv: 'Handling registrerad', en: 'Document registered' },
  'case_document.file_attached': { sv: 'Fil kopplad till handling', en: 'File attached to a document' },
};

export const caseActionLabel = (action: string, lang: Lang): string =>
  ACTIONS[action]?.[lang] ?? actionLabel(action, lang);
