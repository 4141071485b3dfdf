import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { requirePrincipal } from '../auth/policy.js';
import { loadVisibleCase, requireFunderStaff } from '../cases/cases.policy.js';
import { assessmentInput, assessmentView, toAssessmentView } from './assessment-schema.js';
import { findAssessmentOfCase, gradesOf } from './assessments.repository.js';
import { saveAssessment } from './use-cases/save-assessment.js';

const params = z.object({ caseId: z.uuid() });
const tags = ['assessments'];

/** docs/domain/life-of-a-grant.md, "3. Assessment": the case officer's assessment of a case. */
export const assessmentRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = (app, deps) => {
  app.get(
    '/cases/:caseId/assessment',
    { schema: { tags, summary: 'Bedömning / the assessment', params, response: { 200: assessmentView } } },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleCase(deps.db, p, request.params.caseId);
      requireFunderStaff(p, scope);
      const a = await findAssessmentOfCase(deps.db, scope.kase.id);
      if (!a) throw AppError.notFound({ sv: 'Bedömningen', en: 'The assessment' });
      return toAssessmentView(a, await gradesOf(deps.db, a.id), scope.kase.status);
    },
  );

  app.put(
    '/cases/:caseId/assessment',
    {
      schema: {
        tags,
        summary: 'Spara bedömning / save the assessment',
        params,
        body: assessmentInput,
        response: { 200: assessmentView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const saved = await saveAssessment(deps, p, request.params.caseId, request.body);
      return toAssessmentView(saved.assessment, saved.grades, saved.caseStatus);
    },
  );
  return Promise.resolve();
};
