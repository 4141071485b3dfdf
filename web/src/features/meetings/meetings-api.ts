import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

// Typed from the OpenAPI document (web/src/api/schema.d.ts): the shapes below are the contract's.
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Meetings = paths['/api/v1/meetings'];
type Meeting = paths['/api/v1/meetings/{id}'];
type PressRelease = paths['/api/v1/meetings/{id}/press-release'];

export type MeetingList = Json<Meetings['get']['responses'][200]>;
export type MeetingSummary = MeetingList['items'][number];
export type PlanMeetingBody = Json<Meetings['post']['requestBody']>;
export type MeetingPageData = Json<Meeting['get']['responses'][200]>;
export type ReportedDecision = MeetingPageData['delegationReport']['items'][number];
export type MinutesRecordBody = Json<paths['/api/v1/meetings/{id}/minutes']['put']['requestBody']>;

export type PressReleaseData = Json<PressRelease['get']['responses'][200]>;
export type PressReleaseItem = PressReleaseData['items'][number];
export type ContactPerson = PressReleaseData['contactPersons'][number];
export type SavePressReleaseBody = Json<PressRelease['put']['requestBody']>;

export type PublicPressReleaseSummary = Json<
  paths['/api/v1/public/press-releases']['get']['responses'][200]
>['items'][number];
export type PublicPressRelease = Json<paths['/api/v1/public/press-releases/{id}']['get']['responses'][200]>;

const meeting = (id: string) => ({ path: { id } });

export const listMeetings = (o: RequestOptions) =>
  dataOf(api.GET('/api/v1/meetings', { params: { query: { pageSize: 100 } }, ...callOptions(o) }));
export const planMeeting = (body: PlanMeetingBody, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/meetings', { body, ...callOptions(o) }));
export const getMeeting = (id: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/meetings/{id}', { params: meeting(id), ...callOptions(o) }));
export const holdMeeting = (id: string, version: number, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/meetings/{id}/hold', { params: meeting(id), body: { version }, ...callOptions(o) }));
export const recordMinutes = (id: string, body: MinutesRecordBody, o: RequestOptions) =>
  dataOf(api.PUT('/api/v1/meetings/{id}/minutes', { params: meeting(id), body, ...callOptions(o) }));
export const getPressRelease = (id: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/meetings/{id}/press-release', { params: meeting(id), ...callOptions(o) }));
export const savePressRelease = (id: string, body: SavePressReleaseBody, o: RequestOptions) =>
  dataOf(api.PUT('/api/v1/meetings/{id}/press-release', { params: meeting(id), body, ...callOptions(o) }));
export const publishPressRelease = (id: string, version: number | null, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/meetings/{id}/press-release/publish', {
      params: meeting(id),
      body: { version },
      ...callOptions(o),
    }),
  );

// Downloads (PDF) are plain links.
const m = (id: string) => `/api/v1/meetings/${encodeURIComponent(id)}`;
export const pressReleasePdfUrl = (id: string) => `${m(id)}/press-release.pdf`;
export const decisionExtractUrl = (decisionId: string) =>
  `/api/v1/decisions/${encodeURIComponent(decisionId)}/minutes-extract.pdf`;
export const reportExtractUrl = (id: string) => `${m(id)}/delegation-report/minutes-extract.pdf`;

export const listPublicPressReleases = (o: RequestOptions) =>
  dataOf(api.GET('/api/v1/public/press-releases', { params: { query: { pageSize: 100 } }, ...callOptions(o) }));
export const getPublicPressRelease = (id: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/public/press-releases/{id}', { params: { path: { id } }, ...callOptions(o) }));
