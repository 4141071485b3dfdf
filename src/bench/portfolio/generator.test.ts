import { describe, expect, it } from 'vitest';
import { isValidOrgNumber } from '../../domain/index.js';
import { emptyBatch, type PortfolioBatch } from './batch.js';
import { PortfolioGenerator, type PortfolioSpec } from './generator.js';

function generate(spec: PortfolioSpec) {
  const generator = new PortfolioGenerator(spec);
  const all = emptyBatch();
  for (const batch of generator.batches(64)) {
    for (const key of Object.keys(all) as (keyof PortfolioBatch)[]) (all[key] as object[]).push(...batch[key]);
  }
  return { generator, reference: generator.reference.rows, rows: all, sequences: generator.diarySequences() };
}

const spec: PortfolioSpec = { projects: 400, organisations: 120, seed: 7 };
const portfolio = generate(spec);
const { rows, reference } = portfolio;

describe('the synthetic portfolio of the benchmark', () => {
  it('is the same for the same seed, ids included, and another for another seed', () => {
    const again = generate(spec);
    expect(JSON.stringify(again.rows)).toBe(JSON.stringify(rows));
    expect(JSON.stringify(again.reference)).toBe(JSON.stringify(reference));
    expect(again.sequences).toEqual(portfolio.sequences);
    const other = generate({ ...spec, seed: 8 });
    expect(other.rows.projects[0]!.id).not.toBe(rows.projects[0]!.id);
  });

  it('has as many projects and organisations as asked, about ten activities and three payment requests each', () => {
    expect(rows.projects).toHaveLength(400);
    expect(reference.organizations).toHaveLength(120);
    expect(rows.activities.length).toBeGreaterThan(400 * 9.3);
    expect(rows.activities.length).toBeLessThan(400 * 10.7);
    expect(rows.paymentRequests.length).toBeGreaterThan(400 * 2.5);
    expect(rows.paymentRequests.length).toBeLessThan(400 * 3.5);
    expect(new PortfolioGenerator({ projects: 3, organisations: 20, seed: 1 }).batches(2).next().value).toMatchObject({
      projectCount: 2,
    });
  });

  it('puts every activity inside its project period and every sub-activity inside its activity', () => {
    const periodOfPlan = new Map(
      rows.activityPlans.map((plan) => {
        const project = rows.projects.find((p) => p.id === plan.projectId)!;
        return [plan.id!, { start: project.periodStart!, end: project.periodEnd! }];
      }),
    );
    for (const a of rows.activities) {
      const period = periodOfPlan.get(a.activityPlanId)!;
      expect(a.startDate! >= period.start && a.endDate! <= period.end && a.startDate! <= a.endDate!, a.title).toBe(
        true,
      );
      if (a.parentNumber) {
        const parent = rows.activities.find(
          (p) => p.activityPlanId === a.activityPlanId && p.number === a.parentNumber,
        )!;
        expect(a.startDate! >= parent.startDate! && a.endDate! <= parent.endDate!).toBe(true);
      }
    }
  });

  it('lets the activity costs of a plan sum to the project’s approved costs', () => {
    for (const project of rows.projects.slice(0, 50)) {
      const plan = rows.activityPlans.find((p) => p.projectId === project.id)!;
      const sum = rows.activities.filter((a) => a.activityPlanId === plan.id).reduce((s, a) => s + (a.costOre ?? 0), 0);
      expect(sum).toBe(project.approvedCostsOre);
    }
  });

  it('keeps every amount in whole öre, within the grant', () => {
    const tables = { ...rows, ...reference } as Record<string, Record<string, unknown>[]>;
    for (const [table, list] of Object.entries(tables)) {
      for (const row of list) {
        for (const [key, value] of Object.entries(row)) {
          if (key.endsWith('Ore') && value !== null && value !== undefined) {
            expect(
              Number.isSafeInteger(value) && (value as number) >= 0,
              `${table}.${key} = ${JSON.stringify(value)}`,
            ).toBe(true);
          }
        }
      }
    }
    const paid = new Map<string, number>();
    for (const p of rows.payments) paid.set(p.projectId, (paid.get(p.projectId) ?? 0) + p.amountOre);
    for (const project of rows.projects) expect(paid.get(project.id!) ?? 0).toBeLessThanOrEqual(project.grantedOre!);
  });

  it('gives every registered case a diary number of its own within its funder, and records the series', () => {
    const numbered = rows.cases.filter((c) => c.diaryNumber);
    expect(numbered).toHaveLength(rows.cases.length);
    expect(new Set(numbered.map((c) => `${c.funderId} ${c.diaryNumber}`)).size).toBe(numbered.length);
    const perSeries = portfolio.sequences.reduce((n, s) => n + (s.lastSeq ?? 0), 0);
    expect(perSeries).toBe(numbered.length);
  });

  it('spans 2014 to 2027 with valid organisation numbers', () => {
    for (const p of rows.projects) {
      expect(p.periodStart! >= '2014-01-01' && p.periodEnd! <= '2027-12-31').toBe(true);
    }
    for (const d of rows.decisions) if (d.decisionDate) expect(d.decisionDate >= '2014-01-01').toBe(true);
    const numbers = reference.organizations.map((o) => o.orgNumber).filter((n): n is string => Boolean(n));
    expect(numbers.every(isValidOrgNumber)).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
