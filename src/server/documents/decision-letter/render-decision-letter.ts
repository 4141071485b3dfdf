// The decision letter's layout: A4, Swedish, one column of prose with a fact box at the top, the
// activity plan as a table, and a running header with the diary number and "Sida 1 (3)".
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatSek } from '../../../domain/index.js';
import { letterheadLine } from '../letterhead.js';
import { LETTER_FONT, pdfParagraphs, pdfText, renderPdf } from '../pdf.js';
import type { DecisionLetterData } from './letter-data.js';

const INK = '#1b1b1b';
const MUTED = '#5a5f66';
const RULE = '#c8ccd1';
const SHADE = '#eef1f4';
const MARGIN_X = 56;
const A4_WIDTH = 595.28; // pt

const paragraphs = (text: string): Content[] => pdfParagraphs(text, 'body');

const HEADING = 1;
const TABLE_HEADING = 2;

/** A heading and its body; `keep` says how the heading is kept with what follows (see pageBreakBefore). */
function section(title: string, body: Content[], keep: number | 'unbreakable' = HEADING): Content[] {
  if (body.length === 0) return [];
  if (keep === 'unbreakable') return [{ stack: [{ text: title, style: 'h2' }, ...body], unbreakable: true }];
  return [{ text: title, style: 'h2', headlineLevel: keep }, ...body];
}

function factBox(d: DecisionLetterData): Content {
  const facts: [string, string | null][] = [
    [d.partyLabel, d.beneficiary.name],
    ['Org. nr', d.beneficiary.orgNumber],
    ['Projektnamn', d.project.name],
    ['Diarienummer', d.diaryNumber],
    ['Ärendets diarienummer', d.caseDiaryNumber],
    ['Ärendeid', d.externalCaseIds.map((x) => `${x.system} ${x.id}`).join(', ') || null],
    ['Beslutsdatum', d.decisionDate],
    ['Projektperiod', d.periodText],
  ];
  return {
    table: {
      widths: [118, '*'],
      body: facts
        .filter((f): f is [string, string] => f[1] !== null)
        .map(([label, value]) => [
          { text: label, style: 'label' },
          { text: pdfText(value), style: 'fact' },
        ]),
    },
    layout: {
      fillColor: () => SHADE,
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (i) => (i === 0 ? 10 : 4),
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 4, 0, 6],
  };
}

/** A column of a table: its heading, width and alignment, and each row's cell. */
interface Column<R> {
  head: string;
  width: number | '*';
  right?: boolean;
  cell: (row: R) => TableCell;
  /** Whether the row has anything in this column: a column no row has data for is left out. */
  has: (row: R) => boolean;
}

/** A table of rows with a total line; columns without data in any row are left out (never an empty column). */
function dataTable<R>(
  rows: readonly R[],
  columns: readonly Column<R>[],
  total: { label: string; cells: Partial<Record<string, string>> } | null,
): ContentTable {
  const shown = columns.filter((c, i) => i === 0 || rows.some(c.has));
  // A '*' column takes the room of the ones left out; without one, the first column stretches.
  const widths = shown.some((c) => c.width === '*')
    ? shown.map((c) => c.width)
    : shown.map((c, i) => (i === 0 ? '*' : c.width));
  const head = shown.map((c): TableCell => ({ text: c.head, style: 'th', alignment: c.right ? 'right' : 'left' }));
  const body: TableCell[][] = [head, ...rows.map((r) => shown.map((c) => c.cell(r)))];
  if (total) {
    // The label spans the columns up to the first that carries a total.
    const firstTotal = shown.findIndex((c) => total.cells[c.head] !== undefined);
    const span = firstTotal < 0 ? shown.length : firstTotal;
    const line: TableCell[] = [{ text: total.label, style: 'tdStrong', colSpan: span }];
    for (let i = 1; i < span; i++) line.push({});
    for (const c of shown.slice(span)) {
      line.push({ text: pdfText(total.cells[c.head] ?? ''), style: 'tdStrong', alignment: c.right ? 'right' : 'left' });
    }
    body.push(line);
  }
  return {
    table: {
      headerRows: 1, // repeated at the top of every page the table runs onto
      keepWithHeaderRows: 3, // no header with a lone row at the foot of a page
      dontBreakRows: true,
      widths,
      body,
    },
    layout: {
      fillColor: (row) => (row === 0 ? SHADE : null),
      hLineWidth: (i, node) =>
        i === 0 || i === 1 || (total !== null && i === node.table.body.length - 1) || i === node.table.body.length
          ? 0.8
          : 0.4,
      hLineColor: () => RULE,
      vLineWidth: () => 0,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 4, 0, 4],
  };
}

type ActivityRow = NonNullable<DecisionLetterData['activityPlan']>['rows'][number];

/** The time and activity plan; a column no activity has data for (e.g. descriptions) is left out. */
function activityTable(plan: NonNullable<DecisionLetterData['activityPlan']>): ContentTable {
  const columns: Column<ActivityRow>[] = [
    {
      head: 'Aktivitet',
      width: 150,
      cell: (a) => ({
        text: pdfText(`${a.number} ${a.title}`),
        style: a.isSubActivity ? 'td' : 'tdStrong',
        margin: [a.isSubActivity ? 8 : 0, 0, 0, 0],
      }),
      has: () => true,
    },
    {
      head: 'Beskrivning',
      width: '*',
      cell: (a) => ({ text: pdfText(a.description ?? ''), style: 'td' }),
      has: (a) => a.description !== null,
    },
    {
      head: 'Startdatum - Slutdatum',
      width: 66,
      cell: (a) => ({ text: a.start || a.end ? `${a.start ?? ''} -\n${a.end ?? ''}` : '', style: 'td' }),
      has: (a) => a.start !== null || a.end !== null,
    },
    {
      head: 'Kostnad',
      width: 68,
      right: true,
      cell: (a) => ({ text: a.cost === null ? '' : pdfText(formatSek(a.cost)), style: 'td', alignment: 'right' }),
      has: (a) => a.cost !== null,
    },
  ];
  const hasCosts = plan.rows.some((a) => a.cost !== null);
  return dataTable(plan.rows, columns, hasCosts ? { label: 'Summa', cells: { Kostnad: formatSek(plan.total) } } : null);
}

type RefundRow = NonNullable<DecisionLetterData['refunds']>['rows'][number];

/** A withdrawn commission's refunds: party, contribution, refunded amount, and the sums. */
function refundTable(refunds: NonNullable<DecisionLetterData['refunds']>): ContentTable {
  const columns: Column<RefundRow>[] = [
    { head: 'Part', width: '*', cell: (r) => ({ text: pdfText(r.party), style: 'td' }), has: () => true },
    {
      head: 'Insats',
      width: 90,
      right: true,
      cell: (r) => ({
        text: r.contributed === null ? '' : pdfText(formatSek(r.contributed)),
        style: 'td',
        alignment: 'right',
      }),
      has: (r) => r.contributed !== null,
    },
    {
      head: 'Återbetalas',
      width: 90,
      right: true,
      cell: (r) => ({ text: pdfText(formatSek(r.refunded)), style: 'td', alignment: 'right' }),
      has: () => true,
    },
  ];
  return dataTable(refunds.rows, columns, {
    label: 'Summa',
    cells: {
      ...(refunds.totalContributed !== null ? { Insats: formatSek(refunds.totalContributed) } : {}),
      Återbetalas: formatSek(refunds.totalRefunded),
    },
  });
}

/** Key figures (a recovery's amount and due date, a closure's paid and released amounts) as a fact box. */
function figureBox(figures: DecisionLetterData['figures']): Content {
  return {
    table: {
      widths: [180, '*'],
      body: figures.map((f) => [
        { text: pdfText(f.label), style: 'label' },
        { text: pdfText(f.value), style: 'fact' },
      ]),
    },
    layout: {
      fillColor: () => SHADE,
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (i) => (i === 0 ? 10 : 4),
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 4, 0, 6],
  };
}

function signatureBlock(d: DecisionLetterData): Content {
  const person = (label: string, p: { name: string; capacity: string | null }): Content => ({
    stack: [
      { text: label, style: 'label' },
      { text: pdfText(p.name), style: 'fact' },
      ...(p.capacity ? [{ text: pdfText(p.capacity), style: 'small' }] : []),
    ],
  });
  return {
    columns: [
      person('Beslutsfattare', d.decidedBy),
      d.presentedBy ? person('Föredragande', d.presentedBy) : { text: '' },
    ],
    columnGap: 24,
    margin: [0, 8, 0, 0],
    unbreakable: true,
  };
}

function body(d: DecisionLetterData): Content[] {
  const decision = [
    ...paragraphs(d.decisionText),
    ...(d.legalBasisText ? paragraphs(d.legalBasisText) : []),
    ...(d.appropriation ? paragraphs(d.appropriation.text) : []),
    ...(d.figures.length > 0 ? [figureBox(d.figures)] : []),
  ];
  return [
    { text: d.heading.title, style: 'title' },
    factBox(d),
    ...section('Beslut', decision),
    ...section('Återbetalning till parterna', d.refunds ? [refundTable(d.refunds)] : [], TABLE_HEADING),
    ...section('Betalning', d.payment ? paragraphs(d.payment) : []),
    ...section('Motivering till beslut', d.reasons ? [...paragraphs(d.reasonsIntro), ...paragraphs(d.reasons)] : []),
    ...section('Bakgrund', d.background ? paragraphs(d.background) : []),
    ...section('Ärendebeskrivning', d.caseDescription ? paragraphs(d.caseDescription) : []),
    ...section('Villkor', d.conditions ? paragraphs(d.conditions) : []),
    ...section('Allmänna villkor', d.standardConditions ? paragraphs(d.standardConditions) : []),
    ...section('Rapportering och begäran om utbetalning', d.reportingPlan ? paragraphs(d.reportingPlan) : []),
    ...section(d.activityPlan?.heading ?? '', d.activityPlan ? [activityTable(d.activityPlan)] : [], TABLE_HEADING),
    ...section('Beslutsunderlag', d.basis.length ? [{ ul: d.basis.map(pdfText), style: 'body' }] : []),
    ...section(
      d.authority?.heading ?? '',
      d.authority ? [...paragraphs(d.authority.note ?? ''), ...d.authority.text.flatMap(paragraphs)] : [],
    ),
    ...section('Överklagande', d.appealNotice ? paragraphs(d.appealNotice) : []),
    // The approval note, who decided and the signature block read as one: never split across pages.
    ...section(
      'Beslutets giltighet',
      [...paragraphs(d.approvalNote), ...paragraphs(d.decidedBySentence), signatureBlock(d)],
      'unbreakable',
    ),
    ...section('Beslutet skickas till', d.recipients.length ? [{ ul: d.recipients.map(pdfText), style: 'body' }] : []),
    ...section('Vid frågor kontakta', d.contact.length ? [{ stack: d.contact.map(pdfText), style: 'body' }] : []),
  ];
}

/** The pdfmake document definition of a decision letter: pure, so layout can be tested without a PDF. */
export function decisionLetterDefinition(d: DecisionLetterData, o: LetterRenderOptions = {}): TDocumentDefinitions {
  // The letterhead: who the funder is and how to reach it, on every page.
  const footerLine = letterheadLine(d.funder, [d.funder.contact]);
  return {
    pageSize: 'A4',
    ...(o.preview ? { watermark: { text: 'UTKAST', color: '#b00020', opacity: 0.12, bold: true } } : {}),
    pageMargins: [MARGIN_X, 104, MARGIN_X, 64],
    language: 'sv-SE',
    info: {
      title: `${d.heading.title} – ${d.project.name}`,
      author: d.heading.funderName,
      subject: `Diarienummer ${d.diaryNumber}`,
      // From the decision, not the clock: the same decision renders to the same bytes and sha256.
      creationDate: new Date(`${d.decisionDate}T00:00:00Z`),
    },
    header: (currentPage, pageCount): Content => ({
      margin: [MARGIN_X, 36, MARGIN_X, 0],
      columns: [
        {
          width: '*',
          stack: [
            { text: pdfText(d.heading.funderName), style: 'org' },
            { text: pdfText(d.heading.committee), style: 'small' },
          ],
        },
        {
          width: 'auto',
          table: {
            body: [
              [
                { text: 'Datum', style: 'label' },
                { text: d.decisionDate, style: 'small' },
              ],
              [
                { text: 'Diarienummer', style: 'label' },
                { text: pdfText(d.diaryNumber), style: 'small' },
              ],
              [{ text: `Sida ${currentPage} (${pageCount})`, style: 'small', colSpan: 2 }, {}],
            ],
          },
          layout: 'noBorders',
        },
      ],
    }),
    footer: (): Content => ({
      margin: [MARGIN_X, 20, MARGIN_X, 0],
      stack: [
        {
          canvas: [{ type: 'line', x1: 0, y1: 0, x2: A4_WIDTH - 2 * MARGIN_X, y2: 0, lineWidth: 0.5, lineColor: RULE }],
        },
        { text: pdfText(footerLine), style: 'footer', margin: [0, 6, 0, 0] },
      ],
    }),
    // Keep with next: a heading low on a page moves to the next one with what it introduces. A table's
    // heading needs more room, as the table itself will not start with fewer than three rows.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined &&
      (node.startPosition.verticalRatio > (node.headlineLevel === TABLE_HEADING ? 0.75 : 0.88) ||
        nodes.getFollowingNodesOnPage().length === 0),
    content: body(d),
    defaultStyle: { font: LETTER_FONT, fontSize: 10, lineHeight: 1.25, color: INK },
    styles: {
      org: { fontSize: 13, bold: true },
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 14, 0, 4] },
      body: { margin: [0, 0, 0, 6] },
      label: { fontSize: 8.5, color: MUTED },
      fact: { fontSize: 10 },
      small: { fontSize: 8.5, color: MUTED },
      th: { fontSize: 8.5, bold: true },
      td: { fontSize: 8.5, lineHeight: 1.15 },
      tdStrong: { fontSize: 8.5, bold: true, lineHeight: 1.15 },
      footer: { fontSize: 8, color: MUTED },
    },
  };
}

export interface LetterRenderOptions {
  /** A preview of a decision not yet made: marked "UTKAST" on every page, never stored or sent. */
  preview?: boolean;
}

export const renderDecisionLetterPdf = (data: DecisionLetterData, o: LetterRenderOptions = {}): Promise<Buffer> =>
  renderPdf(decisionLetterDefinition(data, o));
