// A minutes extract (protokollsutdrag) as a PDF: A4, Swedish — the meeting, the paragraph (§) and its
// title, the committee's decision, and for the report of delegated decisions the table of decisions.
import { letterheadFooter } from '../letterhead.js';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatSek, type LocalDate, type Ore } from '../../../domain/index.js';
import { LETTER_FONT, pdfInline, pdfText, renderPdf } from '../pdf.js';

const INK = '#1b1b1b';
const MUTED = '#5a5f66';
const RULE = '#c8ccd1';
const SHADE = '#eef1f4';
const MARGIN_X = 56;

export interface ReportedDecisionRow {
  decisionDate: LocalDate;
  diaryNumber: string | null;
  title: string;
  decidedBy: string;
  delegationPoint: string;
  amount: Ore | null;
  /** Decided before the previous report, which missed it. */
  late: boolean;
}

export interface MinutesExtractData {
  funderName: string;
  committeeName: string;
  meetingDate: LocalDate;
  location: string | null;
  paragraph: number | null;
  itemTitle: string;
  diaryNumber: string | null;
  /** "Regionala utvecklingsnämnden beslutar" is printed before the clause. */
  clause: string;
  presentedBy: string | null;
  reasons: string | null;
  reported: ReportedDecisionRow[] | null;
  /** Who checked and signed the minutes (justerare) and the day; empty names and null: not yet checked. */
  adjusters: string[];
  adjustedOn: LocalDate | null;
  /** Who certifies the extract (utdragsbestyrkande); null when none is recorded. */
  certifier: { name: string; title: string } | null;
  /** "Utdrag till": who gets this extract. */
  extractTo: string[];
  note: string;
  /** The funder's letterhead line (letterhead.ts), printed at the foot of every page. */
  letterhead?: string;
}

function facts(d: MinutesExtractData): Content {
  const rows: [string, string | null][] = [
    ['Sammanträdesdatum', d.meetingDate],
    ['Plats', d.location],
    ['Diarienummer', d.diaryNumber],
  ];
  return {
    table: {
      widths: [118, '*'],
      body: rows
        .filter((r): r is [string, string] => r[1] !== null)
        .map(([label, value]) => [
          { text: label, style: 'label' },
          { text: pdfText(value), style: 'fact' },
        ]),
    },
    layout: {
      fillColor: () => SHADE,
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 4, 0, 10],
  };
}

function reportTable(rows: readonly ReportedDecisionRow[]): Content {
  const head = ['Beslutsdatum', 'Diarienummer', 'Ärende', 'Beslutsfattare', 'Punkt', 'Belopp'].map(
    (text, i): TableCell => ({ text, style: 'th', alignment: i === 5 ? 'right' : 'left' }),
  );
  const body = rows.map((r): TableCell[] => [
    { text: `${r.decisionDate}${r.late ? ' *' : ''}`, style: 'td' },
    { text: pdfText(r.diaryNumber ?? ''), style: 'td' },
    { text: pdfText(r.title), style: 'td' },
    { text: pdfText(r.decidedBy), style: 'td' },
    { text: r.delegationPoint, style: 'td' },
    { text: r.amount === null ? '' : pdfText(formatSek(r.amount)), style: 'td', alignment: 'right', noWrap: true },
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [58, 70, '*', 90, 34, 66], body: [head, ...body] },
    layout: {
      fillColor: (row) => (row === 0 ? SHADE : null),
      hLineWidth: () => 0.5,
      hLineColor: () => RULE,
      vLineWidth: () => 0,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 4, 0, 4],
  };
}

export function minutesExtractDefinition(d: MinutesExtractData): TDocumentDefinitions {
  const heading = `${d.paragraph === null ? '' : `§ ${d.paragraph} `}${d.itemTitle}`;
  const late = d.reported?.some((r) => r.late) ?? false;
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 96, MARGIN_X, 64],
    ...(d.letterhead ? { footer: letterheadFooter(d.letterhead, MARGIN_X, { rule: RULE, color: MUTED }) } : {}),
    language: 'sv-SE',
    info: {
      title: `Protokollsutdrag ${d.meetingDate} ${heading}`,
      author: d.funderName,
      subject: `Protokollsutdrag, ${d.committeeName} ${d.meetingDate}`,
      // From the meeting, not the clock: the same extract renders to the same bytes and sha256.
      creationDate: new Date(`${d.meetingDate}T00:00:00Z`),
    },
    header: (currentPage, pageCount): Content => ({
      margin: [MARGIN_X, 32, MARGIN_X, 0],
      columns: [
        {
          width: '*',
          stack: [
            { text: pdfText(d.funderName), style: 'org' },
            { text: pdfText(d.committeeName), style: 'small' },
          ],
        },
        {
          width: 'auto',
          stack: [
            { text: 'PROTOKOLLSUTDRAG', style: 'label' },
            { text: `Sammanträdesdatum ${d.meetingDate}`, style: 'small' },
            { text: `Sida ${currentPage} (${pageCount})`, style: 'small' },
          ],
        },
      ],
    }),
    content: [
      { text: pdfText(heading), style: 'title' },
      facts(d),
      { text: 'Beslut', style: 'h2' },
      { text: pdfText(`${d.committeeName} beslutar`), style: 'body' },
      { text: pdfInline(d.clause), style: 'body' },
      ...(d.reported
        ? [
            { text: 'Anmälda delegationsbeslut', style: 'h2' } as Content,
            d.reported.length > 0
              ? reportTable(d.reported)
              : ({ text: 'Inga delegationsbeslut har fattats sedan föregående anmälan.', style: 'body' } as Content),
            ...(late
              ? [
                  {
                    text: '* Beslutet anmäls i efterhand: det borde ha anmälts vid ett tidigare sammanträde.',
                    style: 'small',
                  } as Content,
                ]
              : []),
          ]
        : []),
      ...(d.reasons
        ? [{ text: 'Ärendet', style: 'h2' } as Content, { text: pdfInline(d.reasons), style: 'body' } as Content]
        : []),
      ...(d.presentedBy
        ? [{ text: pdfText(`Föredragande: ${d.presentedBy}`), style: 'body', margin: [0, 6, 0, 0] } as Content]
        : []),
      { text: 'Justerandes signatur', style: 'h2' },
      ...(d.adjustedOn && d.adjusters.length > 0
        ? [
            { text: pdfText(d.adjusters.join(', ')), style: 'body' } as Content,
            { text: `Justerat ${d.adjustedOn}`, style: 'body' } as Content,
          ]
        : [
            {
              text: pdfText(
                d.adjusters.length > 0
                  ? `Protokollet är ännu inte justerat. Justerare: ${d.adjusters.join(', ')}.`
                  : 'Protokollet är ännu inte justerat.',
              ),
              style: 'body',
            } as Content,
          ]),
      { text: 'Utdragsbestyrkande', style: 'h2' },
      { text: pdfText(d.note), style: 'body' },
      ...(d.certifier
        ? [{ text: pdfText(`${d.certifier.name}, ${d.certifier.title}`), style: 'body' } as Content]
        : [{ text: 'Utdraget är inte bestyrkt.', style: 'body' } as Content]),
      ...(d.extractTo.length > 0
        ? [
            { text: 'Utdrag till', style: 'h2' } as Content,
            { ul: d.extractTo.map((x) => pdfText(x)), style: 'body' } as Content,
          ]
        : []),
    ],
    defaultStyle: { font: LETTER_FONT, fontSize: 10, lineHeight: 1.25, color: INK },
    styles: {
      org: { fontSize: 13, bold: true },
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      body: { margin: [0, 0, 0, 4] },
      label: { fontSize: 8.5, color: MUTED },
      fact: { fontSize: 10 },
      small: { fontSize: 8.5, color: MUTED },
      th: { fontSize: 8.5, bold: true },
      td: { fontSize: 8.5, lineHeight: 1.15 },
    },
  };
}

export const renderMinutesExtractPdf = (d: MinutesExtractData): Promise<Buffer> =>
  renderPdf(minutesExtractDefinition(d));
