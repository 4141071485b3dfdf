import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DELEGABLE_KINDS, orderInForce, today, type LocalDate } from '../../../domain/index.js';
import type { ModuleDeps } from '../../app.js';
import { AppError } from '../../errors.js';
import { requirePrincipal } from '../auth/policy.js';
import { ROLES } from '../auth/principal.js';
import { funderParams, optionalText, ore, text } from '../funders/funder-schemas.js';
import { loadFunderFor } from '../funders/funders.policy.js';
import { decisionsRelyingOn, ordersOfFunder, type OrderWithPoints } from './delegation.repository.js';
import { createDelegationOrder } from './use-cases/create-delegation-order.js';

const tags = ['funders'];

const pointView = z.object({
  id: z.uuid(),
  number: z.string(),
  text: z.string(),
  decisionKinds: z.array(z.string()),
  deciderRole: z.enum(ROLES),
  deciderCapacity: z.string().nullable(),
  amountLimitOre: z.number().nullable(),
  reportToCommittee: z.boolean(),
});

export const delegationOrderView = z.object({
  id: z.uuid(),
  validFrom: z.string(),
  adoptedBy: z.string().nullable(),
  chairCapacity: z.string().nullable(),
  /** In force today. */
  inForce: z.boolean(),
  /** How many decisions name one of its points: such a version is never edited (a change is a new version). */
  decisionsRelyingOn: z.number(),
  createdAt: z.string(),
  points: z.array(pointView),
});

const orderBody = z.object({
  validFrom: z.iso.date(),
  adoptedBy: optionalText(400).default(null),
  chairCapacity: optionalText(200).default(null),
  points: z
    .array(
      z.object({
        number: text(40),
        text: text(2000),
        decisionKinds: z.array(z.enum(DELEGABLE_KINDS)).max(DELEGABLE_KINDS.length),
        deciderRole: z.enum(ROLES).default('decision_maker'),
        deciderCapacity: optionalText(200).default(null),
        amountLimitOre: ore.nullable().default(null),
        reportToCommittee: z.boolean().default(true),
      }),
    )
    .max(200),
});

const orderParams = funderParams.extend({ orderId: z.uuid() });

function toView(
  o: OrderWithPoints,
  inForceId: string | null,
  relying: Map<string, number>,
): z.infer<typeof delegationOrderView> {
  return {
    id: o.id,
    validFrom: o.validFrom,
    adoptedBy: o.adoptedBy,
    chairCapacity: o.chairCapacity,
    inForce: o.id === inForceId,
    decisionsRelyingOn: relying.get(o.id) ?? 0,
    createdAt: o.createdAt.toISOString(),
    points: o.points.map((p) => ({
      id: p.id,
      number: p.number,
      text: p.text,
      decisionKinds: p.decisionKinds,
      deciderRole: p.deciderRole,
      deciderCapacity: p.deciderCapacity,
      amountLimitOre: p.amountLimitOre,
      reportToCommittee: p.reportToCommittee,
    })),
  };
}

const orderNotFound = (): AppError => AppError.notFound({ sv: 'Delegationsordningen', en: 'The delegation order' });

/** A funder's delegation order, version by version (its administrators; 404 to everyone else). */
export const delegationRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  const viewsOf = async (funderId: string) => {
    const orders = await ordersOfFunder(deps.db, funderId);
    const current = orderInForce(
      orders.map((o) => ({ ...o, validFrom: o.validFrom as LocalDate })),
      today(deps.clock),
    );
    const relying = await decisionsRelyingOn(
      deps.db,
      orders.map((o) => o.id),
    );
    return orders.map((o) => toView(o, current?.id ?? null, relying));
  };

  app.get(
    '/funders/:funderId/delegation-orders',
    {
      schema: {
        tags,
        summary: 'Delegationsordningens versioner / the versions of the delegation order',
        description: 'Newest valid-from first, each with its points and whether it is in force today.',
        params: funderParams,
        response: { 200: z.object({ items: z.array(delegationOrderView) }) },
      },
    },
    async (request) => {
      const funder = await loadFunderFor(deps.db, requirePrincipal(request), request.params.funderId);
      return { items: await viewsOf(funder.id) };
    },
  );

  app.get(
    '/funders/:funderId/delegation-orders/:orderId',
    {
      schema: {
        tags,
        summary: 'En version av delegationsordningen / one version of the delegation order',
        params: orderParams,
        response: { 200: delegationOrderView },
      },
    },
    async (request) => {
      const funder = await loadFunderFor(deps.db, requirePrincipal(request), request.params.funderId);
      const found = (await viewsOf(funder.id)).find((o) => o.id === request.params.orderId);
      if (!found) throw orderNotFound();
      return found;
    },
  );

  app.post(
    '/funders/:funderId/delegation-orders',
    {
      schema: {
        tags,
        summary: 'Ny version av delegationsordningen / a new version of the delegation order',
        description:
          'The committee adopted a new delegation order (or a change of it): recorded as a new version with all its points, valid from a day after every decision already taken under the order. Versions are never edited. 422 with field-linked issues (points.N.field).',
        params: funderParams,
        body: orderBody,
        response: { 201: delegationOrderView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const saved = await createDelegationOrder(deps, p, request.params.funderId, request.body);
      const view = (await viewsOf(saved.funderId)).find((o) => o.id === saved.id)!;
      return reply.status(201).send(view);
    },
  );
  return Promise.resolve();
};
