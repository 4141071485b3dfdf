import { checkSumOfParts, ore } from '../../domain/index.js';
import { emptyProject, type ExtractedProject, type GenreExtraction, type ImportWarning } from '../contract.js';
import { splitSentences } from '../extract/deadlines.js';
import { extractDecisionBlock } from '../extract/decision-block.js';
import { proposalWarning, showsDecisionTaken } from '../extract/decision-block-project.js';
import { acronymOf, findDistributionNames, findOrganisationNames, isOrganisationName } from '../extract/lists.js';
import { findAmounts, findOrgNumbers, findPeriods, wholeKronor } from '../extract/values.js';
import type { DocumentText } from '../text.js';
import { toWarning } from '../warnings.js';
import type { GenreExtractor } from './genre.js';
import { decidingBody } from './press-release.js';

/*
 * A closure: a case, project or commission is closed or withdrawn ("uppdraget återkallas", "ärendet avslutas"), often
 * with unused funds returned to the parties (docs/domain/rules.md, "Refunds split by largest remainder"). Example:
 * seeds/002, where a joint committee of seven municipalities withdraws its commission to write
 * "Projekt Digital transformation". The extraction has no field for a refund: a returned sum is not a project's amount,
 * so it is reported only where the document lists the parts of a refund, as the domain's sum-of-parts check.
 */

const SIGNALS: [RegExp, number][] = [
  [/(?<![\p{L}])(?:återkalla\p{L}*|återtas|återtar|återta|dras tillbaka|drar tillbaka)(?![\p{L}])/iu, 0.3],
  [
    /(?<![\p{L}])(?:ärendet|projektet|uppdraget|samarbetet|ärende) (?:avslutas|avslutades|ska avslutas)|(?<![\p{L}])avslut av(?![\p{L}])|avslutas och/iu,
    0.3,
  ],
  [/(?<![\p{L}])(?:avslut|avslutas|avslutning|avsluta)(?![\p{L}])/iu, 0.15],
  [
    /(?<![\p{L}])(?:återbetalas|återbetalning\p{L}*|överskott\p{L}*|återstående medel\p{L}*|kvarvarande medel|outnyttjade medel)(?![\p{L}])/iu,
    0.15,
  ],
  [/(?<![\p{L}])(?:uppdrog|uppdraget|uppdrag till)(?![\p{L}])/iu, 0.1],
];

const REFUND_WORDS =
  /återbetal|betalas tillbaka|återförs|återföras|överskott|återstående|outnyttjade|kvarvarande|återlämnas/i;
const PROJECT_AMOUNT =
  /(?:beviljades|beviljats|beviljat stöd|tilldelades|har tilldelats|budget(?:en)?(?: var| är| uppgick till| på| om)?|omslutning(?:en)?(?: var| på| om)?|uppgick till|kostnaden var)\s*(?:med|om|på|till)?\s*$/i;

/** The project the closure concerns: "Avslut av Projekt Digital transformation", "projektet "X"", "Projektnamn: X". */
function closedProjectName(doc: DocumentText): string | null {
  for (const line of doc.lines.slice(0, 15)) {
    const heading =
      /^(?:§\s*\d+\s+)?(?:avslut|avslutning|avslutande|återkallelse|återkallande)\s+(?:av|för)\s+(.{3,120})$/i.exec(
        line,
      );
    // "Avslut av Projekt X" keeps the capitalised "Projekt" the document writes as part of the name;
    // "Återkallelse av stöd till projektet X" names X. Other headings ("Avslut av ärende") name no project.
    const named = heading
      ? /^(?:(?:beviljat\s+)?(?:stöd|bidrag|medel)\s+(?:till|för)\s+)?(?:projektet\s+|(?=Projekt\s))(.+)$/.exec(
          heading[1]!,
        )
      : null;
    if (named) return named[1]!.replace(/[.:]$/, '').trim();
  }
  for (const line of doc.lines) {
    const labelled = /^(?:projektnamn|projekt|projektets namn)\s*:\s*(.{2,120})$/i.exec(line);
    if (labelled) return labelled[1]!.trim();
  }
  const quoted = /(?<![\p{L}])(?:projektet|Projekt)\s+["”“]([^"”“]{2,120})["”“]/u.exec(doc.flat);
  return quoted ? quoted[1]!.trim() : null;
}

function closedProject(doc: DocumentText): ExtractedProject | null {
  const name = closedProjectName(doc);
  if (!name) return null;
  const p = emptyProject(name);
  p.acronym = acronymOf(name);
  const labelled = doc.lines.map((l) => /^(?:projektägare|stödmottagare)\s*:\s*(.{2,100})$/i.exec(l)).find((m) => m);
  const owner = labelled ?? /(?<![\p{L}])projektägare(?:n)? (?:var|är)\s+([^,.;]{2,80})/iu.exec(doc.flat);
  p.owner = owner ? owner[1]!.trim() : null;
  const at = owner ? doc.flat.indexOf(owner[0]) : -1;
  p.ownerOrgNumber = at >= 0 ? (findOrgNumbers(doc.flat.slice(at, at + 160))[0]?.value ?? null) : null;
  // The project's amount only where the text says it is the project's (granted, budget), never a refund.
  for (const s of splitSentences(doc.flat)) {
    if (REFUND_WORDS.test(s.text) || !/projekt/i.test(s.text)) continue;
    const a = findAmounts(s.text).find((x) => PROJECT_AMOUNT.test(s.text.slice(Math.max(0, x.index - 40), x.index)));
    if (a) {
      p.amountSek = wholeKronor(a.value);
      break;
    }
  }
  const period = /(?<![\p{L}])(?:projektperiod(?:en)?|projekttid(?:en)?)(?:\s+(?:var|är|pågick))?\s*:?\s*/iu.exec(
    doc.flat,
  );
  const found = period
    ? findPeriods(doc.flat.slice(period.index + period[0].length, period.index + period[0].length + 80))[0]
    : undefined;
  if (found && found.index === 0) {
    p.periodStart = found.value.start;
    p.periodEnd = found.value.end;
  }
  return p;
}

/**
 * A refund split among the parties ("Bräcke kommun 120 000 kr" a line) against the stated total of the
 * sentence that introduces it: the domain's sum-of-parts check.
 */
function refundWarnings(doc: DocumentText): ImportWarning[] {
  const parts: number[] = [];
  for (const line of doc.lines) {
    const amounts = findAmounts(line);
    const a = amounts.at(-1);
    if (!a || amounts.length !== 1 || a.index + a.length < line.trimEnd().length - 1) continue;
    const name = line
      .slice(0, a.index)
      .replace(/^(?:[-•*·]|\d{1,2}[.)])\s+/, '')
      .replace(/[\s:–-]+$/, '');
    if (isOrganisationName(name)) parts.push(a.value.ore);
  }
  if (parts.length < 2) return [];
  const totalSentence = splitSentences(doc.flat).find(
    (s) =>
      /återbetal|betalas tillbaka|återförs|fördelas/i.test(s.text) &&
      /totalt|sammanlagt|överskott|återstående|outnyttjade|kvarvarande/i.test(s.text),
  );
  const total = totalSentence ? findAmounts(totalSentence.text)[0] : undefined;
  if (!total) return [];
  return checkSumOfParts(
    ore(total.value.ore),
    parts.map((p) => ore(p)),
    { sv: 'Återbetalningen', en: 'The refund' },
  ).map(toWarning);
}

export const closure: GenreExtractor = {
  genre: 'closure',

  score(doc: DocumentText): number {
    return Math.min(
      1,
      SIGNALS.reduce((sum, [re, weight]) => sum + (re.test(doc.flat) ? weight : 0), 0),
    );
  },

  extract(doc: DocumentText): GenreExtraction {
    const decision = extractDecisionBlock(doc);
    // A proposal ("Regiondirektörens förslag", "Förslag till beslut") is signed by who proposes it, not by
    // who decides: without a phrase naming the decision maker, the signer is the presenter.
    const proposal = /(?<![\p{L}])(?:\p{L}+s förslag|förslag till beslut|föreslår)(?![\p{L}])/iu.test(doc.flat);
    const namedDecider =
      /beslut(?:et)? (?:fattas|fattades|har fattats|togs) av|beslutande\s*:|beslutat av|beslutad av/i.test(doc.flat);
    if (proposal && !namedDecider && decision.decidedBy !== null) {
      decision.presentedBy ??= decision.decidedBy;
      decision.decidedBy = null;
      decision.capacity = null;
    }
    // "Regionala utvecklingsnämnden beslutar att …": the body that decides.
    decision.decidedBy ??= decidingBody(doc).body;
    const recipients = [...findOrganisationNames(doc.flat)];
    for (const n of findDistributionNames(doc)) if (!recipients.includes(n)) recipients.push(n);
    const project = closedProject(doc);
    return {
      decision,
      projects: project ? [project] : [],
      recipients,
      allocation: null,
      headlineTotalSek: null,
      warnings: [...(proposal && !showsDecisionTaken(doc) ? [proposalWarning()] : []), ...refundWarnings(doc)],
    };
  },
};
