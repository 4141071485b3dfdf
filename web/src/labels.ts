import { CASE_KIND_LABELS, CASE_STATUS_LABELS, type CaseKind, type CaseStatus } from '../../src/domain/index.js';
import type { Lang } from './i18n.js';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Workflow labels come from the domain (src/domain/workflow.ts), so the UI says what the rules say. */
export const statusLabel = (status: string, lang: Lang): string =>
  capitalise(CASE_STATUS_LABELS[status as CaseStatus]?.[lang] ?? status);
export const kindLabel = (kind: string, lang: Lang): string =>
  capitalise(CASE_KIND_LABELS[kind as CaseKind]?.[lang] ?? kind);

const ACTIONS: Record<string, { sv: string; en: string }> = {
  'application.draft_created': { sv: 'Utkast skapat', en: 'Draft created' },
  'application.draft_saved': { sv: 'Utkast sparat', en: 'Draft saved' },
  'application.submitted': { sv: 'Ansökan inskickad och registrerad', en: 'Application submitted and registered' },
  'assessment.saved': { sv: 'Bedömning sparad', en: 'Assessment saved' },
  'case.created': { sv: 'Ärende registrerat', en: 'Case registered' },
  'case.status_changed': { sv: 'Status ändrad', en: 'Status changed' },
  'decision.created': { sv: 'Beslut registrerat', en: 'Decision recorded' },
  'decision.draft_saved': { sv: 'Beslutsutkast sparat', en: 'Decision draft saved' },
  'decision.proposed': { sv: 'Beslutsförslag lagt', en: 'Decision proposed' },
  'decision.returned_to_assessment': { sv: 'Återfört till bedömning', en: 'Returned for assessment' },
  'decision.approved': { sv: 'Beslut fattat', en: 'Decision approved' },
  'decision.queued_for_delegation_report': { sv: 'Anmäls till nämnden', en: 'Queued for the committee report' },
  'document.decision_letter': { sv: 'Beslutsbrev', en: 'Decision letter' },
};
/** What an audit action means to a person; unknown actions show as they are. */
export const actionLabel = (action: string, lang: Lang): string => ACTIONS[action]?.[lang] ?? action;
