import type { Finding } from '../../../../src/domain/index.js';
import { request, type Page, type RequestOptions } from '../../api.js';

export interface MeetingSummary {
  id: string;
  funderId: string;
  committeeName: string;
  heldOn: string;
  location: string | null;
  status: 'planned' | 'held';
  adjusters: string[];
  adjustedOn: string | null;
  certifierName: string | null;
  certifierTitle: string | null;
  version: number;
  agendaItems: number;
  decisions: number;
}

export interface ReportedDecision {
  decisionId: string;
  caseId: string;
  diaryNumber: string | null;
  title: string;
  ownerName: string;
  decisionDate: string;
  decidedBy: string | null;
  capacity: string | null;
  delegationPoint: string;
  amountOre: number | null;
  missedEarlierReport: boolean;
  pending: boolean;
}

export interface MeetingPageData {
  meeting: Omit<MeetingSummary, 'agendaItems' | 'decisions'> & { funderName: string };
  agenda: {
    id: string;
    position: number;
    paragraph: number | null;
    title: string;
    caseId: string | null;
    diaryNumber: string | null;
    decisionId: string | null;
    extractTo: string[];
  }[];
  decisions: {
    id: string;
    kind: string;
    status: string;
    caseId: string;
    diaryNumber: string | null;
    title: string;
    ownerName: string;
    amountOre: number | null;
    periodStart: string | null;
    periodEnd: string | null;
    decisionDate: string | null;
    paragraph: number | null;
  }[];
  delegationReport: { fixed: boolean; items: ReportedDecision[] };
  can: { hold: boolean; editPressRelease: boolean; recordMinutes: boolean };
}

export interface PressReleaseItem {
  position: number;
  projectName: string;
  ownerName: string;
  amountOre: number;
  amountText: string;
  periodStart: string | null;
  periodEnd: string | null;
  periodText: string | null;
  description: string | null;
}

export interface PressReleaseData {
  id: string | null;
  meetingId: string;
  version: number | null;
  status: 'draft' | 'published';
  publishedAt: string | null;
  title: string;
  headlineTotal: string;
  totalOre: number;
  paragraphs: string[];
  listHeading: string;
  items: PressReleaseItem[];
  contacts: string | null;
  contactPersons: ContactPerson[];
  intro: string;
  text: string;
  findings: Finding[];
}

export interface ContactPerson {
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
}

export interface PublicPressReleaseSummary {
  id: string;
  title: string;
  publishedAt: string;
  meetingDate: string | null;
  committeeName: string | null;
  funderName: string | null;
  totalSek: number;
  headlineTotal: string;
  projectCount: number;
}

export interface PublicPressRelease extends PublicPressReleaseSummary {
  paragraphs: string[];
  listHeading: string;
  items: {
    position: number;
    projectName: string;
    owner: string;
    amountSek: number;
    amountText: string;
    periodText: string | null;
    periodStart: string | null;
    periodEnd: string | null;
    description: string | null;
  }[];
  contacts: string | null;
  text: string;
  pdfUrl: string | null;
}

const m = (id: string) => `/api/v1/meetings/${encodeURIComponent(id)}`;

export const listMeetings = (o: RequestOptions) =>
  request<Page<MeetingSummary>>('GET', '/api/v1/meetings?pageSize=100', o);
export const planMeeting = (
  body: { heldOn: string; committeeName?: string; location?: string; agenda: { title: string }[] },
  o: RequestOptions,
) => request<MeetingSummary>('POST', '/api/v1/meetings', o, body);
export const getMeeting = (id: string, o: RequestOptions) => request<MeetingPageData>('GET', m(id), o);
export const holdMeeting = (id: string, version: number, o: RequestOptions) =>
  request<MeetingSummary>('POST', `${m(id)}/hold`, o, { version });
export interface MinutesRecordBody {
  version: number;
  adjusters: string[];
  adjustedOn: string | null;
  certifierName: string | null;
  certifierTitle: string | null;
  extractTo: { agendaItemId: string; recipients: string[] }[];
}
export const recordMinutes = (id: string, body: MinutesRecordBody, o: RequestOptions) =>
  request<MeetingSummary>('PUT', `${m(id)}/minutes`, o, body);
export const getPressRelease = (id: string, o: RequestOptions) =>
  request<PressReleaseData>('GET', `${m(id)}/press-release`, o);
export const savePressRelease = (
  id: string,
  body: { version: number | null; intro: string; contacts: string | null; contactPersons: ContactPerson[] },
  o: RequestOptions,
) => request<PressReleaseData>('PUT', `${m(id)}/press-release`, o, body);
export const publishPressRelease = (id: string, version: number | null, o: RequestOptions) =>
  request<PressReleaseData>('POST', `${m(id)}/press-release/publish`, o, { version });

export const pressReleasePdfUrl = (id: string) => `${m(id)}/press-release.pdf`;
export const decisionExtractUrl = (decisionId: string) =>
  `/api/v1/decisions/${encodeURIComponent(decisionId)}/minutes-extract.pdf`;
export const reportExtractUrl = (id: string) => `${m(id)}/delegation-report/minutes-extract.pdf`;

export const listPublicPressReleases = (o: RequestOptions) =>
  request<Page<PublicPressReleaseSummary>>('GET', '/api/v1/public/press-releases?pageSize=100', o);
export const getPublicPressRelease = (id: string, o: RequestOptions) =>
  request<PublicPressRelease>('GET', `/api/v1/public/press-releases/${encodeURIComponent(id)}`, o);
