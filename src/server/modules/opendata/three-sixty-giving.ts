import { oreToKronor, ore } from '../../../domain/index.js';
import { funderPrefix, grantIdentifier, organizationIdentifier } from './identifiers.js';
import type { PublishedGrant } from './opendata.repository.js';

/**
 * The 360Giving Data Standard (schema 1.4): one grant object per published grant, in a package
 * `{ grants: [...] }`. Only fields Bidra really holds are written; an absent value is left out, never
 * invented. The CSV (three-sixty-giving-csv.ts) is flattened from these same objects.
 */

export interface ThreeSixtyOrganization {
  id: string;
  name: string;
  department?: string;
  companyNumber?: string;
  addressCountry?: string;
  organisationType?: string;
}

export interface ThreeSixtyGrant {
  id: string;
  title: string;
  description: string;
  currency: 'SEK';
  amountAwarded: number;
  awardDate: string;
  url?: string;
  plannedDates?: { startDate: string; endDate: string }[];
  recipientOrganization: ThreeSixtyOrganization[];
  fundingOrganization: ThreeSixtyOrganization[];
  beneficiaryLocation?: { id: string; name: string; countryCode: 'SE'; geoCode: string; description: string }[];
  grantProgramme?: { code: string; title: string }[];
  classifications?: { vocabulary: string; code: string; title: string }[];
  dateModified: string;
  dataSource?: string;
}

export interface ThreeSixtyPackage {
  grants: ThreeSixtyGrant[];
  version: string;
  title: string;
  issued: string;
  publisher: { name: string; identifier?: string; website?: string };
  downloadURL?: string;
  accessURL?: string;
}

export interface ExportContext {
  /** The instant the export is made (the package's `issued`). */
  now: Date;
  /** Where Bidra is reached, e.g. "https://bidra.example.se"; links are left out without it. */
  baseUrl?: string | undefined;
}

/** Swedish municipality codes in a description that names the code list. */
const MUNICIPALITY_CODE = 'Kommunkod (SCB)';

const trimmed = (s: string | null | undefined): string | null => (s && s.trim() !== '' ? s.trim() : null);

/** What the grant is for: the published summary, else the description, else the purpose, else its name. */
export function grantDescription(g: PublishedGrant): string {
  return trimmed(g.summary) ?? trimmed(g.description) ?? trimmed(g.purpose) ?? g.name;
}

export function appropriationLabel(a: NonNullable<PublishedGrant['appropriation']>): string {
  return [a.expenditureArea, `anslag ${a.code}`].filter(Boolean).join(' ');
}

/** Grant identifiers, unique within the export even if two grants shared a diary number. */
export function grantIdentifiers(grants: readonly PublishedGrant[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const g of grants) {
    let id = grantIdentifier(g);
    if (used.has(id)) id = `${id}-${g.grantDecisionId}`;
    used.add(id);
    ids.set(g.projectId, id);
  }
  return ids;
}

export function toThreeSixtyGrant(g: PublishedGrant, id: string, ctx: ExportContext): ThreeSixtyGrant {
  const prefix = funderPrefix(g.funder);
  const base = ctx.baseUrl?.replace(/\/+$/, '');
  const grant: ThreeSixtyGrant = {
    id,
    title: g.acronym && !g.name.includes(g.acronym) ? `${g.name} (${g.acronym})` : g.name,
    description: grantDescription(g),
    currency: 'SEK',
    // The amount of the decision in force (after amendments), in kronor as the standard counts money.
    amountAwarded: oreToKronor(ore(g.grantedOre)),
    awardDate: g.awardDate,
    recipientOrganization: [
      {
        id: organizationIdentifier(g.owner, prefix),
        name: g.owner.name,
        ...(g.owner.orgNumber ? { companyNumber: g.owner.orgNumber } : {}),
        addressCountry: 'SE',
        organisationType: g.owner.type,
      },
    ],
    fundingOrganization: [
      { id: organizationIdentifier(g.funder, prefix), name: g.funder.name, department: g.funder.committeeName },
    ],
    dateModified: g.updatedAt.toISOString(),
  };
  if (base) grant.url = `${base}/projekt/${g.projectId}`;
  if (g.periodStart && g.periodEnd) grant.plannedDates = [{ startDate: g.periodStart, endDate: g.periodEnd }];
  if (g.municipalities.length > 0) {
    grant.beneficiaryLocation = g.municipalities.map((m) => ({
      id: `SE-KOMMUN-${m.code}`,
      name: m.name,
      countryCode: 'SE',
      geoCode: m.code,
      description: MUNICIPALITY_CODE,
    }));
  }
  if (g.appropriation) {
    grant.grantProgramme = [{ code: appropriationLabel(g.appropriation), title: g.appropriation.name }];
  }
  const classifications: NonNullable<ThreeSixtyGrant['classifications']> = [];
  if (g.priority) {
    classifications.push({ vocabulary: 'Regional utvecklingsstrategi (RUS)', ...g.priority });
  }
  if (g.programme) {
    classifications.push({
      vocabulary: 'EU-program som projektet medfinansierar',
      code: g.programme.cci ?? g.programme.fund ?? g.programme.name,
      title: g.programme.name,
    });
  }
  if (classifications.length > 0) grant.classifications = classifications;
  if (base) grant.dataSource = `${base}/api/v1/public/export/360giving.json`;
  return grant;
}

/** The whole package. The publisher is the funder when the export holds one funder's grants. */
export function toThreeSixtyPackage(grants: readonly PublishedGrant[], ctx: ExportContext): ThreeSixtyPackage {
  const ids = grantIdentifiers(grants);
  const funders = new Map(grants.map((g) => [g.funder.id, g.funder]));
  const only = funders.size === 1 ? [...funders.values()][0]! : null;
  const base = ctx.baseUrl?.replace(/\/+$/, '');
  return {
    grants: grants.map((g) => toThreeSixtyGrant(g, ids.get(g.projectId)!, ctx)),
    version: '1.4',
    title: only ? `Beviljade projektmedel – ${only.name}` : 'Beviljade projektmedel',
    issued: ctx.now.toISOString(),
    publisher: only
      ? { name: only.name, identifier: organizationIdentifier(only, funderPrefix(only)) }
      : { name: 'Bidra' },
    ...(base ? { downloadURL: `${base}/api/v1/public/export/360giving.json`, accessURL: `${base}/projektbanken` } : {}),
  };
}
