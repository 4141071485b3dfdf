// The press release as a PDF: A4, Swedish, the layout of seed 004 — "Pressmeddelande", the headline, the
// lead and intro, then the numbered projects.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { LocalDate } from '../../../domain/index.js';
import { letterheadFooter } from '../letterhead.js';
import { LETTER_FONT, pdfInline, pdfParagraphs, pdfText, renderPdf } from '../pdf.js';
import type { ComposedPressRelease } from './press-release-text.js';

const INK = '#1b1b1b';
const MUTED = '#5a5f66';
const MARGIN_X = 56;

export interface PressReleaseRenderInput {
  release: ComposedPressRelease;
  funderName: string;
  /** The day printed at the top and fixed in the PDF's metadata: the same release, the same bytes. */
  date: LocalDate;
  /** A draft's preview: marked UTKAST on every page. */
  preview?: boolean;
  /** The funder's letterhead line (letterhead.ts), printed at the foot of every page. */
  letterhead?: string;
}

function items(r: ComposedPressRelease): Content[] {
  return r.items.map((it): Content => ({
    stack: [
      { text: pdfText(`${it.position}. ${it.projectName}`), style: 'item' },
      { text: pdfInline(`Projektägare ${it.ownerName} beviljas ${it.amountText}`), style: 'owner' },
      {
        text: pdfInline(
          [it.description?.trim(), it.periodText ? `Projektperiod: ${it.periodText}` : null].filter(Boolean).join(' '),
        ),
        style: 'body',
      },
    ],
    unbreakable: true,
  }));
}

export function pressReleaseDefinition(i: PressReleaseRenderInput): TDocumentDefinitions {
  const r = i.release;
  return {
    pageSize: 'A4',
    ...(i.preview ? { watermark: { text: 'UTKAST', color: '#b00020', opacity: 0.12, bold: true } } : {}),
    pageMargins: [MARGIN_X, 72, MARGIN_X, 64],
    ...(i.letterhead ? { footer: letterheadFooter(i.letterhead, MARGIN_X, { rule: '#c8ccd1', color: MUTED }) } : {}),
    language: 'sv-SE',
    info: {
      title: r.title,
      author: i.funderName,
      subject: 'Pressmeddelande',
      creationDate: new Date(`${i.date}T00:00:00Z`),
    },
    header: (currentPage, pageCount): Content => ({
      margin: [MARGIN_X, 32, MARGIN_X, 0],
      columns: [
        { text: pdfText(i.funderName), style: 'org' },
        { text: `${i.date}   Sida ${currentPage} (${pageCount})`, style: 'small', alignment: 'right' },
      ],
    }),
    content: [
      { text: 'Pressmeddelande', style: 'kicker' },
      { text: pdfText(r.title), style: 'title' },
      ...r.paragraphs.flatMap((p) => pdfParagraphs(p, 'lead')),
      { text: r.listHeading, style: 'h2' },
      ...items(r),
      ...(r.contacts ? pdfParagraphs(r.contacts, 'small') : []),
    ],
    defaultStyle: { font: LETTER_FONT, fontSize: 10, lineHeight: 1.25, color: INK },
    styles: {
      org: { fontSize: 12, bold: true },
      kicker: { fontSize: 10, color: MUTED, margin: [0, 0, 0, 2] },
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      lead: { margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 6] },
      item: { fontSize: 11, bold: true, margin: [0, 6, 0, 1] },
      owner: { bold: true, margin: [0, 0, 0, 2] },
      body: { margin: [0, 0, 0, 6] },
      small: { fontSize: 9, color: MUTED, margin: [0, 10, 0, 0] },
    },
  };
}

export const renderPressReleasePdf = (i: PressReleaseRenderInput): Promise<Buffer> =>
  renderPdf(pressReleaseDefinition(i));
