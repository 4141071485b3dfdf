import { AppError } from '../../errors.js';

/**
 * Any attempt to change or re-approve a decision once it is approved (docs/domain/rules.md, "Decisions never change").
 */
export const decisionAlreadyApproved = (): AppError =>
  new AppError('decision.already_approved', 409, {
    sv: 'Beslutet är fattat och kan inte ändras. En ändring görs genom ett nytt beslut.',
    en: 'The decision has been made and cannot be changed. A change is made by a new decision.',
  });

export const staleDecisionVersion = (current: number): AppError =>
  AppError.conflict(
    {
      sv: `Beslutet har ändrats av någon annan sedan du hämtade det (nu version ${current}). Hämta det igen och gör om ändringen.`,
      en: `The decision was changed by someone else since you loaded it (now version ${current}). Reload it and make the change again.`,
    },
    { currentVersion: current },
  );

export const invalidReference = (field: string, localized: { sv: string; en: string }): AppError =>
  new AppError('decision.invalid_reference', 422, localized, { field });
