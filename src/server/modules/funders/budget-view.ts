import type { Executor } from '../../db/client.js';
import { appropriationYears } from '../portfolio/appropriations.repository.js';
import { appropriationsOf, programmesOf } from './budget.repository.js';
import { programmeVersion } from './use-cases/save-programme.js';

/**
 * The funder's appropriations with every year that has a budget or grants drawn on it: budget, what is
 * committed (the sum the decision checks use) and what remains, from the portfolio's own query.
 */
export async function appropriationsView(db: Executor, funderId: string) {
  const list = await appropriationsOf(db, funderId);
  const years = await appropriationYears(db, { funderIds: [funderId] });
  return {
    items: list.map((a) => ({
      id: a.id,
      code: a.code,
      name: a.name,
      expenditureArea: a.expenditureArea,
      item: a.item,
      version: a.version,
      years: years
        .filter((y) => y.appropriationId === a.id)
        .map((y) => ({
          year: y.year,
          budgetOre: y.budgetOre,
          committedOre: y.committedOre,
          remainingOre: y.remainingOre,
        })),
    })),
  };
}

export async function programmesView(db: Executor, funderId: string) {
  const rows = await programmesOf(db, funderId);
  return {
    items: rows.map(({ programme: p, mainFunderName, mainFunderOrgNumber }) => ({
      id: p.id,
      name: p.name,
      shortName: p.shortName,
      fund: p.fund,
      mainFunder: mainFunderName !== null ? { name: mainFunderName, orgNumber: mainFunderOrgNumber } : null,
      yearFrom: p.yearFrom,
      yearTo: p.yearTo,
      cci: p.cci,
      version: programmeVersion(p),
    })),
  };
}
