// The sentences of a decision letter, in the wording of the seed letters, built from typed values only.
// Pure: amounts through the domain's formatters, so "5 505 389 kr" is written one way everywhere.
import {
  formatPercent,
  formatSek,
  type BasisPoints,
  type LocalDate,
  type Ore,
  type Period,
} from '../../../domain/index.js';
import { formatPeriod, joinSwedishList, longDateInProse, swedishGenitive } from './swedish-text.js';

/** Titles of the ordinances decisions rest on, by SFS number. */
export const ORDINANCE_TITLES: Readonly<Record<string, string>> = {
  '2003:596': 'om bidrag för projektverksamhet inom den regionala tillväxtpolitiken',
  '2015:210': 'om statligt stöd för att regionalt främja små och medelstora företag',
};
// The state-aid ordinance applies only when the beneficiary runs an economic activity; the letters
// therefore cite it "i förekommande fall".
const CITED_WHERE_APPLICABLE = new Set(['2015:210']);

/** "förordning (2003:596) om bidrag för …"; an ordinance Bidra has no title for: "förordning (2099:123)". */
export function ordinanceTitle(sfs: string): string {
  const title = ORDINANCE_TITLES[sfs];
  return title ? `förordning (${sfs}) ${title}` : `förordning (${sfs})`;
}

/** "Beslutet har fattats med stöd av förordning (2003:596) … och i förekommande fall förordning (2015:210) …." */
export function legalBasisSentence(sfsNumbers: readonly string[]): string | null {
  if (sfsNumbers.length === 0) return null;
  const cited = sfsNumbers.map((sfs, i) =>
    i > 0 && CITED_WHERE_APPLICABLE.has(sfs) ? `i förekommande fall ${ordinanceTitle(sfs)}` : ordinanceTitle(sfs),
  );
  return `Beslutet har fattats med stöd av ${joinSwedishList(cited)}.`;
}

export interface GrantTextInput {
  beneficiaryName: string;
  amount: Ore;
  maxShare: BasisPoints | null;
  approvedCosts: Ore | null;
  projectName: string;
  period: Period | null;
}

/**
 * "Region Västerbotten beviljas 5 505 389 kr, dock högst 50,00 % av godkända kostnader uppgående till
 * 11 010 777 kr för projektet … för projektperioden 2024-02-01 - 2027-01-31."
 */
export function grantDecisionText(i: GrantTextInput): string {
  let cap = '';
  if (i.maxShare !== null) {
    const costs = i.approvedCosts === null ? '' : ` uppgående till ${formatSek(i.approvedCosts)}`;
    cap = `, dock högst ${formatPercent(i.maxShare)} av godkända kostnader${costs}`;
  }
  const period = i.period ? ` för projektperioden ${formatPeriod(i.period)}` : '';
  return `${i.beneficiaryName} beviljas ${formatSek(i.amount)}${cap} för projektet ${i.projectName}${period}.`;
}

export interface AmendmentTextInput {
  funderName: string;
  /** Sentences of `describeAmendmentChanges`, e.g. "Att förlänga projektperioden …". */
  changes: readonly string[];
  /** The date of the decision this one amends. */
  amendedDecisionDate: LocalDate | null;
}

/** Paragraphs (separated by a blank line) of an amendment: what changes, and that the rest still holds. */
export function amendmentDecisionText(i: AmendmentTextInput): string {
  const paragraphs = [`${i.funderName} beslutar att ändra tidigare beslut om stöd till ovan angivet projekt.`];
  if (i.changes.length > 0) paragraphs[0] += ` Beslutet avser följande ändringar: ${i.changes.join(' ')}`;
  paragraphs.push(
    i.amendedDecisionDate
      ? `I övrigt gäller tidigare beslut från den ${i.amendedDecisionDate}.`
      : 'I övrigt gäller tidigare beslut.',
  );
  return paragraphs.join('\n\n');
}

export function rejectionDecisionText(i: { beneficiaryName: string; projectName: string }): string {
  return `Ansökan från ${i.beneficiaryName} om stöd till projektet ${i.projectName} avslås.`;
}

export type LetterKind = 'grant' | 'amend' | 'reject';

/** The line that opens the reasons: "Region Västerbotten beviljar stöd av följande skäl:". */
export function reasonsIntro(kind: LetterKind, funderName: string): string {
  const verb = {
    grant: 'beviljar stöd',
    amend: 'beviljar ändring av beslutet',
    reject: 'avslår ansökan',
  }[kind];
  return `${funderName} ${verb} av följande skäl:`;
}

/** "Medel disponeras ur anslaget 1:1 Regionala tillväxtåtgärder." */
export function appropriationSentence(a: { code: string; name: string | null }): string {
  return `Medel disponeras ur anslaget ${a.code}${a.name ? ` ${a.name}` : ''}.`;
}

export const electronicApprovalNote = (organizationName: string): string =>
  `Denna handling är beslutad och godkänd i ${swedishGenitive(organizationName)} ärendehanteringssystem ` +
  'och saknar därför namnunderskrift.';

export interface NamedRole {
  name: string;
  capacity: string | null;
}

/**
 * "Beslut i ärendet har fattats av Lars Exempelsson (S) i egenskap av Regionala utvecklingsnämndens
 * ordförande efter föredragning av Tove Testsson." At a meeting the committee decides, on that day.
 */
export function decidedBySentence(i: {
  decidedBy: NamedRole;
  presentedBy: NamedRole | null;
  meetingHeldOn: LocalDate | null;
}): string {
  const who = i.meetingHeldOn
    ? `${i.decidedBy.name} vid sammanträdet den ${longDateInProse(i.meetingHeldOn)}`
    : i.decidedBy.capacity
      ? `${i.decidedBy.name} i egenskap av ${i.decidedBy.capacity}`
      : i.decidedBy.name;
  const presenter = i.presentedBy
    ? ` efter föredragning av ${i.presentedBy.name}${i.presentedBy.capacity ? `, ${i.presentedBy.capacity}` : ''}`
    : '';
  return `Beslut i ärendet har fattats av ${who}${presenter}.`;
}

/** The delegation paragraph of a delegated decision: the point it rests on and where it is reported. */
export function delegationSentences(i: {
  delegationPoint: string;
  committee: string;
  reportedToMeetingOn: LocalDate | null;
}): string[] {
  const out = [`Beslutet är fattat på delegation enligt delegationsordningens ärendegrupp ${i.delegationPoint}.`];
  if (i.reportedToMeetingOn) {
    out.push(
      `Delegationsbeslutet anmäls och redovisas vid ${swedishGenitive(i.committee)} sammanträde den ` +
        `${longDateInProse(i.reportedToMeetingOn)}.`,
    );
  }
  return out;
}
