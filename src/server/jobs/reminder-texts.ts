import { formatSek, type LocalDate, type Ore } from '../../domain/index.js';

/**
 * The reminder e-mails, in Swedish (the language of the people they go to, docs/domain/life-of-a-grant.md,
 * "The web app").
 */

export interface ReminderMail {
  subject: string;
  bodyText: string;
}

/** "om 14 dagar", "i morgon", "i dag", "sedan i går", "sedan 7 dagar". */
export function whenSwedish(daysLeft: number): string {
  if (daysLeft > 1) return `om ${daysLeft} dagar`;
  if (daysLeft === 1) return 'i morgon';
  if (daysLeft === 0) return 'i dag';
  if (daysLeft === -1) return 'sedan i går';
  return `sedan ${-daysLeft} dagar`;
}

const REPORTING_KIND: Record<string, string> = {
  progress_report: 'lägesrapport',
  final_report: 'slutrapport',
  payment_request: 'begäran om utbetalning',
};

export interface ReportingReminderFacts {
  kind: string;
  dueDate: LocalDate;
  daysLeft: number;
  periodStart: LocalDate | null;
  periodEnd: LocalDate | null;
  projectName: string;
  projectAcronym: string | null;
  ownerName: string;
  diaryNumber: string | null;
  funderName: string | null;
}

const projectLabel = (name: string, acronym: string | null) =>
  acronym && !name.includes(acronym) ? `${name} (${acronym})` : name;

export function reportingReminderMail(f: ReportingReminderFacts): ReminderMail {
  const what = REPORTING_KIND[f.kind] ?? f.kind;
  const project = projectLabel(f.projectName, f.projectAcronym);
  const overdue = f.daysLeft < 0;
  const subject = overdue
    ? `Försenad: ${what} för ${f.projectAcronym ?? f.projectName} skulle ha lämnats senast ${f.dueDate}`
    : `Påminnelse: ${what} för ${f.projectAcronym ?? f.projectName} ska lämnas senast ${f.dueDate}`;
  const period = f.periodStart && f.periodEnd ? ` för perioden ${f.periodStart} – ${f.periodEnd}` : '';
  const lines = [
    'Hej,',
    '',
    overdue
      ? `Enligt rapporteringsplanen för projektet ${project} skulle en ${what}${period} ha lämnats senast ${f.dueDate}, ${whenSwedish(f.daysLeft)}. Vi har ännu inte tagit emot den.`
      : `Enligt rapporteringsplanen för projektet ${project} ska en ${what}${period} lämnas senast ${f.dueDate}, ${whenSwedish(f.daysLeft)}.`,
    '',
    `Projekt: ${project}`,
    `Projektägare: ${f.ownerName}`,
    ...(f.diaryNumber ? [`Diarienummer: ${f.diaryNumber}`] : []),
    `Att lämna: ${what}${period}`,
    `Senast: ${f.dueDate}`,
    '',
    'Lämna in den i Bidra under Mina ärenden. Har ni redan lämnat in den kan ni bortse från det här meddelandet.',
    '',
    'Vänliga hälsningar',
    f.funderName ?? 'Bidra',
  ];
  return { subject, bodyText: lines.join('\n') };
}

export interface AllocationReminderFacts {
  kind: 'requisition' | 'account' | 'repayment';
  dueDate: LocalDate;
  daysLeft: number;
  year: number;
  reference: string;
  title: string;
  issuer: string;
  decidedOn: LocalDate;
  recipientName: string;
  offered: Ore;
  requisitionTo: string | null;
  /** The unused funds to repay, once the account gives them. */
  repayment: Ore | null;
}

function allocationTask(f: AllocationReminderFacts): { what: string; todo: string } {
  const to = f.requisitionTo ? ` hos ${f.requisitionTo}` : '';
  switch (f.kind) {
    case 'requisition':
      return {
        what: `rekvisition av medlen för ${f.year}`,
        todo: `rekvirera medlen för ${f.year} (högst ${formatSek(f.offered)})${to} med hänvisning till beslutets diarienummer ${f.reference}`,
      };
    case 'account':
      return {
        what: `redovisning av medlen för ${f.year}`,
        todo: `redovisa hur verksamheten som fick medel för ${f.year} har bedrivits${to}`,
      };
    case 'repayment':
      return {
        what: `återbetalning av outnyttjade medel för ${f.year}`,
        todo:
          f.repayment === null
            ? `återbetala eventuella outnyttjade medel för ${f.year}${to}`
            : `återbetala outnyttjade medel för ${f.year}, ${formatSek(f.repayment)}${to}`,
      };
  }
}

export function allocationReminderMail(f: AllocationReminderFacts): ReminderMail {
  const { what, todo } = allocationTask(f);
  const overdue = f.daysLeft < 0;
  const subject = overdue
    ? `Försenad: ${what} (${f.reference}) skulle ha gjorts senast ${f.dueDate}`
    : `Påminnelse: ${what} (${f.reference}) senast ${f.dueDate}`;
  const lines = [
    'Hej,',
    '',
    overdue
      ? `Sista dag för ${what} enligt ${f.issuer.toLowerCase() === 'regeringen' ? 'regeringens' : `${f.issuer}s`} beslut ${f.reference} var ${f.dueDate}, ${whenSwedish(f.daysLeft)}, och den är ännu inte registrerad i Bidra.`
      : `Sista dag för ${what} enligt ${f.issuer.toLowerCase() === 'regeringen' ? 'regeringens' : `${f.issuer}s`} beslut ${f.reference} är ${f.dueDate}, ${whenSwedish(f.daysLeft)}.`,
    '',
    `Beslut: ${f.reference}, ${f.title} (${f.decidedOn})`,
    `Mottagare: ${f.recipientName}`,
    `År: ${f.year}`,
    `Att göra: ${todo}`,
    `Senast: ${f.dueDate}`,
    '',
    'Registrera det i Bidra under Statliga medel när det är gjort.',
    '',
    'Vänliga hälsningar',
    'Bidra',
  ];
  return { subject, bodyText: lines.join('\n') };
}
