import { CASE_KIND_LABELS, CASE_STATUS_LABELS, type CaseKind, type CaseStatus } from '../../src/domain/index.js';
import type { Lang } from './i18n.js';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Workflow labels come from the domain (src/domain/workflow.ts), so the UI says what the rules say. */
export const statusLabel = (status: string, lang: Lang): string =>
  capitalise(CASE_STATUS_LABELS[status as CaseStatus]?.[lang] ?? status);
export const kindLabel = (kind: string, lang: Lang): string =>
  capitalise(CASE_KIND_LABELS[kind as CaseKind]?.[lang] ?? kind);
