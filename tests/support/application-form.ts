// Filling the application editor's row tables in a browser test, the way an applicant does: add a row,
// then fill its labelled inputs ("Aktivitet, aktivitet 2").
import type { Page } from 'playwright-core';

/** [number, title, start, end, cost] per activity. */
export async function addActivities(page: Page, rows: readonly (readonly [string, string, string, string, string])[]) {
  for (const [i, [number, title, start, end, cost]] of rows.entries()) {
    await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    const n = `aktivitet ${i + 1}`;
    await page.getByLabel(`Nummer, ${n}`).fill(number);
    await page.getByLabel(`Aktivitet, ${n}`).fill(title);
    await page.getByLabel(`Start, ${n}`).fill(start);
    await page.getByLabel(`Slut, ${n}`).fill(end);
    await page.getByLabel(`Kostnad, ${n}`).fill(cost);
  }
}

/** [cost category, year, amount] per budget row. */
export async function addBudgetRows(page: Page, rows: readonly (readonly [string, string, string])[]) {
  for (const [i, [category, year, amount]] of rows.entries()) {
    await page.getByRole('button', { name: 'Lägg till budgetrad' }).click();
    const n = `budgetrad ${i + 1}`;
    await page.getByLabel(`Kostnadsslag, ${n}`).selectOption(category);
    await page.getByLabel(`År, ${n}`).fill(year);
    await page.getByLabel(`Belopp, ${n}`).fill(amount);
  }
}

/** [financier, amount] per financier, numbered after those already in the table. */
export async function addFinanciers(page: Page, rows: readonly (readonly [string, string])[], already = 0) {
  for (const [i, [name, amount]] of rows.entries()) {
    await page.getByRole('button', { name: 'Lägg till finansiär' }).click();
    await page.getByLabel(`Finansiär, finansiär ${already + i + 1}`).fill(name);
    await page.getByLabel(`Belopp, finansiär ${already + i + 1}`).fill(amount);
  }
}
