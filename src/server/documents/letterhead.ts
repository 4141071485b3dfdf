// The funder's letterhead as its administrator keeps it in the settings (the organisation's name,
// postal address, telephone, e-mail and web): printed at the foot of every document Bidra produces
// for the funder — decision letters, minutes extracts, press releases.
import { eq } from 'drizzle-orm';
import type { Content } from 'pdfmake/interfaces.js';
import type { Executor } from '../db/client.js';
import { funders, organizations } from '../db/schema/index.js';
import { pdfText } from './pdf.js';

export interface Letterhead {
  name: string;
  postalAddress: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

/** The letterhead of a funder, from its organisation row. */
export async function loadLetterhead(db: Executor, funderId: string): Promise<Letterhead> {
  const [row] = await db
    .select({
      name: organizations.name,
      postalAddress: organizations.postalAddress,
      phone: organizations.phone,
      email: organizations.email,
      website: organizations.website,
    })
    .from(funders)
    .innerJoin(organizations, eq(organizations.id, funders.organizationId))
    .where(eq(funders.id, funderId));
  if (!row) throw new Error(`no funder ${funderId}`);
  return row;
}

/** One line: name · address · telephone · e-mail · web (· whatever else the document adds), no repeats. */
export function letterheadLine(l: Letterhead, extra: readonly (string | null | undefined)[] = []): string {
  const parts = [
    l.name,
    l.postalAddress?.replace(/\s*\n\s*/g, ', '),
    l.phone ? `Telefon ${l.phone}` : null,
    l.email,
    l.website,
    ...extra,
  ];
  return [...new Set(parts.filter((x): x is string => !!x))].join('   ·   ');
}

const A4_WIDTH = 595.28; // pt

/** The page footer with the letterhead under a thin rule, for a page with `marginX` at each side. */
export function letterheadFooter(line: string, marginX: number, o: { rule: string; color: string }): () => Content {
  return () => ({
    margin: [marginX, 20, marginX, 0],
    stack: [
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: A4_WIDTH - 2 * marginX, y2: 0, lineWidth: 0.5, lineColor: o.rule }],
      },
      { text: pdfText(line), fontSize: 8, color: o.color, margin: [0, 6, 0, 0] },
    ],
  });
}
