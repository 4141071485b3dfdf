import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localDateInStockholm, today, type Clock, type LocalDate } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import type { DocumentStore } from '../../documents/document-store.js';
import { renderPressReleasePdf } from '../../documents/press-release/render-press-release.js';
import { letterheadLine, loadLetterhead } from '../../documents/letterhead.js';
import { requirePrincipal } from '../auth/policy.js';
import {
  meetingListItem,
  meetingPageView,
  meetingParams,
  meetingView,
  planMeetingInput,
  pressReleaseView,
  recordMinutesInput,
  savePressReleaseInput,
  toDecisionAtMeeting,
  toMeetingView,
  toPressReleaseView,
  toReportedDecision,
} from './meeting-schema.js';
import { findDocumentById } from './meetings.repository.js';
import { sendPdf, sendStored } from './pdf-reply.js';
import { loadVisibleMeeting } from './meetings.policy.js';
import { holdMeeting } from './use-cases/hold-meeting.js';
import { meetingPage, meetingsOfPrincipal } from './use-cases/meeting-page.js';
import { decisionMinutesExtract, reportMinutesExtract } from './use-cases/minutes-extract.js';
import { planMeeting } from './use-cases/plan-meeting.js';
import { recordMinutes } from './use-cases/record-minutes.js';
import { pressReleaseState, publishPressRelease, savePressReleaseDraft } from './use-cases/press-release.js';

const tags = ['meetings'];

/**
 * Committee meetings, their delegated-decision reports, minutes extracts and press releases
 * (docs/domain/rules.md, "Delegated decisions and their report"; docs/domain/life-of-a-grant.md, "8. Publication").
 */
export const meetingRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock; store: DocumentStore }> = (app, deps) => {
  app.get(
    '/meetings',
    {
      schema: {
        tags,
        summary: 'Sammanträden / committee meetings',
        description:
          'The meetings of every funder the caller is a case officer, decision maker or communications officer of; newest first.',
        querystring: z.object({
          status: z.enum(['planned', 'held']).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(25),
        }),
        response: {
          200: z.object({
            items: z.array(meetingListItem),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
            actions: z.object({
              /** Plan a meeting (POST /meetings): a case officer or decision maker of a funder. */
              planMeeting: z.boolean(),
            }),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { page, pageSize } = request.query;
      const { rows, total, actions } = await meetingsOfPrincipal(deps.db, p, request.query);
      return {
        items: rows.map((r) => ({ ...toMeetingView(r.meeting), agendaItems: r.agendaItems, decisions: r.decisions })),
        total,
        page,
        pageSize,
        actions,
      };
    },
  );

  app.post(
    '/meetings',
    {
      schema: {
        tags,
        summary: 'Planera sammanträde / plan a meeting',
        description:
          'Case officers and decision makers. "Anmälan av delegationsbeslut" is added to the agenda when it is not on it.',
        body: planMeetingInput,
        response: { 201: meetingView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const meeting = await planMeeting(deps, p, { ...request.body, heldOn: request.body.heldOn as LocalDate });
      return reply.status(201).send(toMeetingView(meeting));
    },
  );

  app.get(
    '/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Sammanträdet / a meeting: agenda, decisions, report of delegated decisions',
        params: meetingParams,
        response: { 200: meetingPageView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const page = await meetingPage(deps.db, p, request.params.id);
      return {
        meeting: { ...toMeetingView(page.scope.meeting), funderName: page.scope.funderName },
        agenda: page.agenda,
        decisions: page.decisions.map((d) => toDecisionAtMeeting(d.row, d.paragraph)),
        delegationReport: {
          fixed: page.scope.meeting.status === 'held',
          items: page.report.map(toReportedDecision),
        },
        can: page.can,
      };
    },
  );

  app.post(
    '/meetings/:id/hold',
    {
      schema: {
        tags,
        summary: 'Markera sammanträdet som hållet / mark the meeting held',
        description:
          'Fixes the report of delegated decisions and numbers the agenda items as paragraphs (§) of the minutes. 409 before the meeting day, when already held, or on a stale version.',
        params: meetingParams,
        body: z.object({ version: z.number().int() }),
        response: { 200: meetingView.extend({ reportedDecisionIds: z.array(z.uuid()) }) },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { meeting, reported } = await holdMeeting(deps, p, request.params.id, request.body.version);
      return { ...toMeetingView(meeting), reportedDecisionIds: reported };
    },
  );

  app.put(
    '/meetings/:id/minutes',
    {
      schema: {
        tags,
        summary: 'Justering och utdrag / the minutes record: justerare, justering day, certifier, "Utdrag till"',
        description:
          'Case officers and decision makers of the funder. The justering day only once the meeting is held, on or after it and not in the future, with the justerare named; the certifier with name and title. 422 with the rule named; 409 on a stale version.',
        params: meetingParams,
        body: recordMinutesInput,
        response: { 200: meetingView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      return toMeetingView(await recordMinutes(deps, p, request.params.id, request.body));
    },
  );

  app.get(
    '/decisions/:id/minutes-extract.pdf',
    {
      schema: {
        tags,
        summary: 'Protokollsutdrag för ett beslut / minutes extract of a decision taken at a meeting',
        description:
          'For a decision the committee took at a held meeting. Produced once and stored with its sha256 (header x-content-sha256).',
        params: meetingParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const { document, bytes } = await decisionMinutesExtract(deps, p, request.params.id);
      return sendPdf(reply, bytes, document.filename, document.sha256);
    },
  );

  app.get(
    '/meetings/:id/delegation-report/minutes-extract.pdf',
    {
      schema: {
        tags,
        summary: 'Protokollsutdrag, anmälan av delegationsbeslut / minutes extract of the delegated-decision report',
        params: meetingParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const { document, bytes } = await reportMinutesExtract(deps, p, request.params.id);
      return sendPdf(reply, bytes, document.filename, document.sha256);
    },
  );

  app.get(
    '/meetings/:id/press-release',
    {
      schema: {
        tags,
        summary: 'Pressmeddelandet / the press release of a meeting',
        description: 'The draft generated from the meeting’s approved grants, or the published release as published.',
        params: meetingParams,
        response: { 200: pressReleaseView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleMeeting(deps.db, p, request.params.id);
      return toPressReleaseView(scope.meeting.id, await pressReleaseState(deps.db, scope));
    },
  );

  app.put(
    '/meetings/:id/press-release',
    {
      schema: {
        tags,
        summary: 'Ändra pressmeddelandets ingress / edit the intro of the press release',
        description: 'Communications only. `version` is null while no draft is stored. 409 once published.',
        params: meetingParams,
        body: savePressReleaseInput,
        response: { 200: pressReleaseView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const state = await savePressReleaseDraft(deps, p, request.params.id, request.body);
      return toPressReleaseView(request.params.id, state);
    },
  );

  app.post(
    '/meetings/:id/press-release/publish',
    {
      schema: {
        tags,
        summary: 'Publicera pressmeddelandet / publish the press release',
        description:
          'Communications only; the meeting must be held. Refused (422) when a figure in the text disagrees with the granted amounts. Immutable afterwards.',
        params: meetingParams,
        body: z.object({ version: z.number().int().nullable() }),
        response: { 200: pressReleaseView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const state = await publishPressRelease(deps, p, request.params.id, request.body.version);
      return toPressReleaseView(request.params.id, state);
    },
  );

  app.get(
    '/meetings/:id/press-release.pdf',
    {
      schema: {
        tags,
        summary: 'Pressmeddelandet som PDF / the press release as PDF',
        description: 'The published PDF as stored, or a preview of the draft marked UTKAST.',
        params: meetingParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleMeeting(deps.db, p, request.params.id);
      const state = await pressReleaseState(deps.db, scope);
      const stored =
        state.row?.publishedAt && state.row.documentId ? await findDocumentById(deps.db, state.row.documentId) : null;
      if (stored) return sendStored(reply, deps.store, stored);
      const publishedAt = state.row?.publishedAt ?? null;
      const bytes = await renderPressReleasePdf({
        release: state.release,
        funderName: scope.funderName,
        // A release published without a stored file (the demo's) is rendered from its fixed record, dated
        // as published; a draft is a preview marked UTKAST.
        date: publishedAt ? localDateInStockholm(publishedAt) : today(deps.clock),
        preview: publishedAt === null,
        letterhead: letterheadLine(await loadLetterhead(deps.db, scope.funder.id)),
      });
      reply.header('cache-control', 'no-store');
      const name = `Pressmeddelande ${scope.meeting.committeeName} ${scope.meeting.heldOn}.pdf`;
      return sendPdf(reply, bytes, publishedAt ? name : `UTKAST ${name}`);
    },
  );
  return Promise.resolve();
};
