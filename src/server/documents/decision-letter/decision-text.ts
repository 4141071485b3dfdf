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

export type LetterKind = 'grant' | 'amend' | 'reject' | 'withdraw' | 'recover' | 'close';

/** The line that opens the reasons: "Region Västerbotten beviljar stöd av följande skäl:". */
export function reasonsIntro(kind: LetterKind, funderName: string): string {
  const verb = {
    grant: 'beviljar stöd',
    amend: 'beviljar ändring av beslutet',
    reject: 'avslår ansökan',
    withdraw: 'återtar uppdraget',
    recover: 'återkräver stöd',
    close: 'avslutar projektet',
  }[kind];
  return `${funderName} ${verb} av följande skäl:`;
}

/** How the letter's fact box names the party: an applicant whose application is rejected is no beneficiary. */
export const PARTY_LABELS: Readonly<Record<LetterKind, string>> = {
  grant: 'Stödmottagare',
  amend: 'Stödmottagare',
  reject: 'Sökande',
  withdraw: 'Uppdragsgivare',
  recover: 'Stödmottagare',
  close: 'Stödmottagare',
};

/**
 * The appeal notice a letter prints when neither the decision nor the funder's settings (appeal_notices,
 * by kind) give one. Decisions on project funds under förordning (2003:596) cannot be appealed; a
 * commission withdrawn by a municipal committee can be tried for legality under 13 kap. kommunallagen.
 */
export const DEFAULT_APPEAL_NOTICES: Readonly<Record<LetterKind, string>> = {
  grant:
    'Beslutet kan inte överklagas (förordning (2003:596) om bidrag för projektverksamhet inom den regionala tillväxtpolitiken).',
  amend:
    'Beslutet kan inte överklagas (förordning (2003:596) om bidrag för projektverksamhet inom den regionala tillväxtpolitiken).',
  reject:
    'Beslutet kan inte överklagas (förordning (2003:596) om bidrag för projektverksamhet inom den regionala tillväxtpolitiken).',
  recover:
    'Beslutet kan inte överklagas (förordning (2003:596) om bidrag för projektverksamhet inom den regionala tillväxtpolitiken).',
  close:
    'Beslutet kan inte överklagas (förordning (2003:596) om bidrag för projektverksamhet inom den regionala tillväxtpolitiken).',
  withdraw:
    'Beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen (2017:725). Överklagandet ska ha kommit in till förvaltningsrätten inom tre veckor från den dag då det tillkännagavs på anslagstavlan att protokollet har justerats.',
};

/** "Region Jämtland Härjedalen återtar uppdraget …": the operative text of a withdrawn commission. */
export function withdrawalDecisionText(i: { commissionTitle: string; remaining: Ore | null }): string {
  const refund =
    i.remaining === null
      ? ''
      : ` Återstående medel, ${formatSek(i.remaining)}, återbetalas parterna i proportion till deras insatser enligt tabellen nedan.`;
  return `Uppdraget i ärendet ”${i.commissionTitle}” återtas och ärendet avslutas.${refund}`;
}

/** The operative text of a recovery (återkrav) or a request for repayment. */
export function recoveryDecisionText(i: {
  beneficiaryName: string;
  projectName: string;
  amount: Ore;
  dueDate: LocalDate | null;
  funderName: string;
  repayment: boolean;
}): string {
  const due = i.dueDate ? ` Beloppet ska vara ${i.funderName} tillhanda senast den ${i.dueDate}.` : '';
  const what = i.repayment
    ? `${i.beneficiaryName} ska återbetala ${formatSek(i.amount)} av utbetalt stöd för projektet ${i.projectName}.`
    : `${i.funderName} återkräver ${formatSek(i.amount)} av det stöd som har betalats ut till ${i.beneficiaryName} ` +
      `för projektet ${i.projectName}.`;
  return `${what}${due}`;
}

/** The operative text of a project's closure: what was paid in the end and what goes back to the appropriation. */
export function closureDecisionText(i: {
  projectName: string;
  granted: Ore;
  paid: Ore;
  released: Ore;
  appropriation: string | null;
}): string {
  const to = i.appropriation ? `anslaget ${i.appropriation}` : 'anslaget';
  return (
    `Projektet ${i.projectName} avslutas. Slutligt utbetalt stöd är ${formatSek(i.paid)} av beviljade ` +
    `${formatSek(i.granted)}. ${formatSek(i.released)} som inte har betalats ut återförs till ${to}.`
  );
}

/** By what authority a decision was made (FL 31 §: who decided), as the letter states it. */
export type AuthorityText =
  | { kind: 'committee'; committee: string; meetingHeldOn: LocalDate | null; paragraph: number | null }
  | {
      kind: 'delegation';
      committee: string;
      pointNumber: string;
      pointText: string | null;
      reportedToMeetingOn: LocalDate | null;
    }
  | {
      kind: 'urgent';
      committee: string;
      ground: string | null;
      consulted: string | null;
      consultedOn: LocalDate | null;
      reportedToMeetingOn: LocalDate | null;
    };

export const AUTHORITY_HEADINGS: Readonly<Record<AuthorityText['kind'], string>> = {
  committee: 'Beslutande organ',
  delegation: 'Hänvisning till delegationspunkt',
  urgent: 'Brådskande beslut av ordföranden',
};

/** The paragraph on the decision's authority: the committee's §, the delegation point, or the chair's urgent decision. */
export function authoritySentences(a: AuthorityText): string[] {
  const reported = (on: LocalDate | null, what: string): string[] =>
    on ? [`${what} anmäls vid ${swedishGenitive(a.committee)} sammanträde den ${longDateInProse(on)}.`] : [];
  if (a.kind === 'committee') {
    const at = a.meetingHeldOn ? ` vid sammanträdet den ${longDateInProse(a.meetingHeldOn)}` : '';
    const paragraph = a.paragraph !== null ? `, § ${a.paragraph}` : '';
    return [`Beslutet är fattat av ${a.committee}${at}${paragraph}.`];
  }
  if (a.kind === 'delegation') {
    const text = a.pointText ? `: ${a.pointText.trim().replace(/\.$/, '')}` : '';
    return [
      `Beslutet är fattat på delegation enligt delegationsordningens ärendegrupp ${a.pointNumber}${text}.`,
      ...reported(a.reportedToMeetingOn, 'Delegationsbeslutet'),
    ];
  }
  const ground = a.ground ? ` Skäl: ${a.ground.trim().replace(/\.$/, '')}.` : '';
  const consulted = a.consulted
    ? ` Ordföranden har samrått med ${a.consulted.trim()}${a.consultedOn ? ` den ${longDateInProse(a.consultedOn)}` : ''}.`
    : '';
  return [
    `Beslutet är fattat av ${swedishGenitive(a.committee)} ordförande med stöd av 6 kap. 39 § kommunallagen ` +
      `(2017:725), i ett ärende som är så brådskande att nämndens avgörande inte kan avvaktas.${ground}${consulted}`,
    ...reported(a.reportedToMeetingOn, 'Beslutet'),
  ];
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
