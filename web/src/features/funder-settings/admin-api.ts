import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

// The administration API of a funder, typed from the OpenAPI document (web/src/api/schema.d.ts): the shapes
// below are the contract's (src/server/modules/funders/funder-schemas.ts). Amounts are öre.
type Settings = paths['/api/v1/funders/{funderId}/settings'];
type Strategies = paths['/api/v1/funders/{funderId}/strategies'];
type Aspects = paths['/api/v1/funders/{funderId}/aspects'];
type Appropriations = paths['/api/v1/funders/{funderId}/appropriations'];
type Programmes = paths['/api/v1/funders/{funderId}/programmes'];

export type SettingsView = Settings['get']['responses'][200]['content']['application/json'];
/** What the settings form sends, with the version it was read at. */
export type FunderSettingsInput = Settings['put']['requestBody']['content']['application/json'];
export type SettingsVersion =
  paths['/api/v1/funders/{funderId}/settings/versions']['get']['responses'][200]['content']['application/json']['items'][number];
export type NewFunder = paths['/api/v1/funders']['post']['requestBody']['content']['application/json'];
export type OrganizationType = NonNullable<NewFunder['organizationType']>;

/** The appeal notice per decision kind; null = the letter's default. */
export type AppealNotices = SettingsView['appealNotices'];
export type AppealKind = keyof AppealNotices;
/** The decision kinds with an appeal notice each, in the order the settings page shows them. */
export const APPEAL_KINDS = [
  'grant',
  'reject',
  'amend',
  'withdraw',
  'recover',
  'close',
] as const satisfies readonly AppealKind[];
// Every kind the contract knows is listed above.
const _allKinds: AppealKind extends (typeof APPEAL_KINDS)[number] ? true : never = true;

export type StrategyView = Strategies['get']['responses'][200]['content']['application/json']['items'][number];
export type PriorityView = StrategyView['priorities'][number];
export type StrategyInput = Strategies['post']['requestBody']['content']['application/json'];
export type AspectView = Aspects['get']['responses'][200]['content']['application/json']['items'][number];
export type AspectInput = Aspects['post']['requestBody']['content']['application/json'];
export type AppropriationView = Appropriations['get']['responses'][200]['content']['application/json']['items'][number];
export type AppropriationInput = Appropriations['post']['requestBody']['content']['application/json'];
export type ProgrammeView = Programmes['get']['responses'][200]['content']['application/json']['items'][number];
export type ProgrammeInput = Programmes['post']['requestBody']['content']['application/json'];

/** A thing already saved: its id, and the version the change was made from (409 when stale). */
type Saved<V> = { id: string; version: V } | null;

export const createFunder = (body: NewFunder, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/funders', { body, ...callOptions(o) }));
export const getSettings = (funderId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/funders/{funderId}/settings', { params: { path: { funderId } }, ...callOptions(o) }));
export const saveSettings = (funderId: string, body: FunderSettingsInput, o: RequestOptions) =>
  dataOf(api.PUT('/api/v1/funders/{funderId}/settings', { params: { path: { funderId } }, body, ...callOptions(o) }));
export const getSettingsVersions = (funderId: string, o: RequestOptions) =>
  dataOf(
    api.GET('/api/v1/funders/{funderId}/settings/versions', { params: { path: { funderId } }, ...callOptions(o) }),
  ).then((r) => r.items);

export const getStrategies = (funderId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/funders/{funderId}/strategies', { params: { path: { funderId } }, ...callOptions(o) })).then(
    (r) => r.items,
  );
export const saveStrategy = (funderId: string, saved: Saved<number>, body: StrategyInput, o: RequestOptions) =>
  dataOf(
    saved
      ? api.PUT('/api/v1/funders/{funderId}/strategies/{strategyId}', {
          params: { path: { funderId, strategyId: saved.id } },
          body: { ...body, version: saved.version },
          ...callOptions(o),
        })
      : api.POST('/api/v1/funders/{funderId}/strategies', { params: { path: { funderId } }, body, ...callOptions(o) }),
  );
export const getAspects = (funderId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/funders/{funderId}/aspects', { params: { path: { funderId } }, ...callOptions(o) })).then(
    (r) => r.items,
  );
export const saveAspect = (funderId: string, saved: Saved<string>, body: AspectInput, o: RequestOptions) =>
  dataOf(
    saved
      ? api.PUT('/api/v1/funders/{funderId}/aspects/{aspectId}', {
          params: { path: { funderId, aspectId: saved.id } },
          body: { ...body, version: saved.version },
          ...callOptions(o),
        })
      : api.POST('/api/v1/funders/{funderId}/aspects', { params: { path: { funderId } }, body, ...callOptions(o) }),
  );

export const getAppropriations = (funderId: string, o: RequestOptions) =>
  dataOf(
    api.GET('/api/v1/funders/{funderId}/appropriations', { params: { path: { funderId } }, ...callOptions(o) }),
  ).then((r) => r.items);
export const saveAppropriation = (
  funderId: string,
  saved: Saved<number>,
  body: AppropriationInput,
  o: RequestOptions,
) =>
  dataOf(
    saved
      ? api.PUT('/api/v1/funders/{funderId}/appropriations/{appropriationId}', {
          params: { path: { funderId, appropriationId: saved.id } },
          body: { ...body, version: saved.version },
          ...callOptions(o),
        })
      : api.POST('/api/v1/funders/{funderId}/appropriations', {
          params: { path: { funderId } },
          body,
          ...callOptions(o),
        }),
  );
export const getProgrammes = (funderId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/funders/{funderId}/programmes', { params: { path: { funderId } }, ...callOptions(o) })).then(
    (r) => r.items,
  );
export const saveProgramme = (funderId: string, saved: Saved<string>, body: ProgrammeInput, o: RequestOptions) =>
  dataOf(
    saved
      ? api.PUT('/api/v1/funders/{funderId}/programmes/{programmeId}', {
          params: { path: { funderId, programmeId: saved.id } },
          body: { ...body, version: saved.version },
          ...callOptions(o),
        })
      : api.POST('/api/v1/funders/{funderId}/programmes', { params: { path: { funderId } }, body, ...callOptions(o) }),
  );
