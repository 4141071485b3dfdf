import { emptyProject, type ExtractedProject, type GenreExtraction } from '../contract.js';
import { extractActivityTable } from '../extract/activity-table.js';
import { extractDecisionBlock } from '../extract/decision-block.js';
import {
  approvedCosts,
  beneficiary,
  beneficiaryOrgNumber,
  grantCount,
  grantedAmount,
  isProposal,
  labelledPeriods,
  maxSharePercent,
  projectName,
  proposalWarning,
} from '../extract/decision-block-project.js';
import { findPersonNames } from '../extract/names.js';
import type { DocumentText } from '../text.js';
import { projectWarnings } from '../warnings.js';
import type { GenreExtractor } from './genre.js';

/*
 * A grant decision ("beslut om stöd"): a funder grants a beneficiary an amount, at most a share of the
 * approved costs, for a project and a period, on a legal basis, often on delegation. One project.
 */

const AMENDMENT =
  /(?<!\p{L})(?:ändring av (?:tidigare |det tidigare )?beslut|beslut om ändring|ändra (?:tidigare |det tidigare )?beslut|ändringsbeslut)/iu;

export function scoreGrantDecision(doc: DocumentText): number {
  const { flat } = doc;
  let score = 0;
  if (/\bbevilja(?:s|r|des)\b(?:[^.]|\.(?=\S)){0,160}?\d[\d ,]*\s?(?:kr\b|kronor|tkr|mkr|miljon|sek\b)/i.test(flat))
    score += 0.45;
  else if (/\bbevilja(?:s|r|des)\b/i.test(flat)) score += 0.15;
  if (/\b(?:godkända|stödberättigande) (?:projekt)?kostnade(?:r|rna)\b/i.test(flat)) score += 0.2;
  if (/\bprojektperiod|\b(?:under|för) perioden\b/i.test(flat)) score += 0.15;
  if (/\bbeslut\b|\bbeslutar\b|\bbeslutat\b/i.test(flat)) score += 0.1;
  if (/\bförordning(?:en)? \(?(?:sfs )?\d{4}:\d+/i.test(flat) || /\bmed stöd av\b/i.test(flat)) score += 0.1;
  if (AMENDMENT.test(flat)) score -= 0.35;
  if (/\bpressmeddelande\b/i.test(flat) || grantCount(flat) > 2) score *= 0.4;
  if (/\bregeringens beslut\b|\bbeviljar regeringen\b|\bregeringen beviljar\b/i.test(flat)) score *= 0.5;
  // A revocation or closure recalls the grant it ends ("beviljades 400 000 kr"): not a grant decision.
  if (/(?<!\p{L})(?:återkall\p{L}*|återkrav\p{L}*|ärendet avslutas|uppdraget återtas)/iu.test(flat)) score *= 0.6;
  if (isProposal(doc)) score *= 0.7;
  return Math.max(0, Math.min(1, score));
}

/** The one project of a decision and the values every decision genre reads the same way. */
export function decisionProject(doc: DocumentText): ExtractedProject {
  const named = projectName(doc);
  const owner = beneficiary(doc);
  const project = emptyProject(named?.name ?? '');
  project.acronym = named?.acronym ?? null;
  project.owner = owner?.name ?? null;
  project.ownerOrgNumber = beneficiaryOrgNumber(doc, owner);
  project.amountSek = grantedAmount(doc.flat);
  project.maxSharePercent = maxSharePercent(doc.flat);
  project.approvedCostsSek = approvedCosts(doc.flat);
  return project;
}

/**
 * A decision document's extraction once its genre has chosen the period: the decision block, the one
 * project with its activity plan, and the warnings (a proposal, the domain's consistency checks).
 */
export function decisionExtraction(
  doc: DocumentText,
  period: { start: string | null; end: string | null },
): GenreExtraction {
  const decision = extractDecisionBlock(doc);
  const project = decisionProject(doc);
  project.periodStart = period.start;
  project.periodEnd = period.end;
  const table = extractActivityTable(doc);
  project.activities = table.activities;
  const names = findPersonNames(doc, [decision.decidedBy, decision.presentedBy]);
  const warnings = [
    ...(isProposal(doc) ? [proposalWarning()] : []),
    ...projectWarnings(project, { names, activitiesTotalSek: table.statedTotalSek }),
  ];
  return {
    decision,
    projects: [project],
    recipients: [],
    allocation: null,
    headlineTotalSek: null,
    warnings,
  };
}

export function extractGrantDecision(doc: DocumentText): GenreExtraction {
  const period = labelledPeriods(doc.flat)[0];
  return decisionExtraction(doc, { start: period?.start ?? null, end: period?.end ?? null });
}

export const grantDecision: GenreExtractor = {
  genre: 'grant_decision',
  score: scoreGrantDecision,
  extract: extractGrantDecision,
};
