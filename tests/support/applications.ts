import type { FastifyInstance } from 'fastify';
import type { ApplicationContent } from '../../src/domain/index.js';

/** A funder's id as the applicant's picker shows it (`GET /api/v1/funders`). */
export async function funderIdByName(
  app: FastifyInstance,
  headers: Record<string, string>,
  name: string,
): Promise<string> {
  const res = await app.inject({ method: 'GET', url: '/api/v1/funders', headers });
  const funder = res.json<{ items: { id: string; name: string }[] }>().items.find((f) => f.name === name);
  if (!funder) throw new Error(`no funder named ${name}: ${res.body}`);
  return funder.id;
}

/** A complete, submittable application by Umeå universitet for one year; override what a test is about. */
export const completeApplication = (over: ApplicationContent = {}): ApplicationContent => ({
  projectName: 'Testprojektet',
  ownerOrgNumber: '202100-2874',
  description: 'Beskrivning.',
  purpose: 'Syfte.',
  goals: 'Mål.',
  periodStart: '2027-01-01',
  periodEnd: '2027-12-31',
  requestedOre: 100_000_00,
  activities: [{ number: '1', title: 'Förstudie', start: '2027-01-01', end: '2027-12-31', costOre: 200_000_00 }],
  budget: [{ category: 'staff', year: 2027, amountOre: 200_000_00 }],
  financing: [{ financierName: 'Region Västerbotten', amountOre: 200_000_00, isPublic: true, isInKind: false }],
  ...over,
});

/** Drafts and submits an application to Region Västerbotten through the API; fails loudly if either step does. */
export async function submitNewApplication(
  app: FastifyInstance,
  headers: Record<string, string>,
  content: ApplicationContent,
): Promise<{ caseId: string; diaryNumber: string }> {
  const funderId = await funderIdByName(app, headers, 'Region Västerbotten');
  const draft = await app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers,
    payload: { funderId, content },
  });
  if (draft.statusCode !== 201) throw new Error(`draft failed: ${draft.statusCode} ${draft.body}`);
  const { caseId } = draft.json<{ caseId: string }>();
  const submitted = await app.inject({
    method: 'POST',
    url: `/api/v1/applications/${caseId}/submit`,
    headers,
    payload: { version: 1 },
  });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.statusCode} ${submitted.body}`);
  return { caseId, diaryNumber: submitted.json<{ diaryNumber: string }>().diaryNumber };
}
