import { AppError } from '../../errors.js';

export const reportNotFound = (): AppError => AppError.notFound({ sv: 'Rapporten', en: 'The report' });
export const recoveryNotFound = (): AppError => AppError.notFound({ sv: 'Återkravet', en: 'The recovery' });

export const staleReport = (current: number): AppError =>
  AppError.conflict(
    {
      sv: `Rapporten har ändrats sedan du hämtade den (nu version ${current}). Hämta den igen och gör om ändringen.`,
      en: `The report was changed since you loaded it (now version ${current}). Reload it and make the change again.`,
    },
    { currentVersion: current },
  );

export const staleRecovery = (current: number): AppError =>
  AppError.conflict(
    {
      sv: `Återkravet har ändrats sedan du hämtade det (nu version ${current}). Hämta det igen.`,
      en: `The recovery was changed since you loaded it (now version ${current}). Reload it.`,
    },
    { currentVersion: current },
  );

/** The report is not in the state the action needs. */
export const reportWrongState = (state: 'submitted' | 'draft' | 'approved', action: { sv: string; en: string }) => {
  const names = {
    draft: { sv: 'ett utkast', en: 'a draft' },
    submitted: { sv: 'inskickad', en: 'submitted' },
    approved: { sv: 'godkänd', en: 'approved' },
  }[state];
  return new AppError(
    'report.wrong_status',
    409,
    {
      sv: `Rapporten är ${names.sv} och kan inte ${action.sv}.`,
      en: `The report is ${names.en} and cannot ${action.en}.`,
    },
    { status: state },
  );
};

/** One or more rules broken; the first speaks for itself, several are listed. */
export function rulesBroken(
  issues: { code: string; message: { sv: string; en: string }; details?: Record<string, unknown> }[],
  fallbackCode: string,
): AppError {
  const first = issues[0]!;
  if (issues.length === 1) return new AppError(first.code, 422, first.message, { ...(first.details ?? {}), issues });
  return new AppError(
    fallbackCode,
    422,
    {
      sv: issues.map((i) => i.message.sv).join(' '),
      en: issues.map((i) => i.message.en).join(' '),
    },
    { issues },
  );
}
