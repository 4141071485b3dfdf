import type { PaymentIssue } from '../../../domain/index.js';
import { AppError } from '../../errors.js';

export const paymentRequestNotFound = (): AppError =>
  AppError.notFound({ sv: 'Begäran om utbetalning', en: 'The payment request' });

export const stalePaymentRequest = (current: number): AppError =>
  AppError.conflict(
    {
      sv: `Begäran om utbetalning har ändrats sedan du hämtade den (nu version ${current}). Hämta den igen och gör om ändringen.`,
      en: `The payment request was changed since you loaded it (now version ${current}). Reload it and make the change again.`,
    },
    { currentVersion: current },
  );

const STATUS_NAMES: Record<string, { sv: string; en: string }> = {
  draft: { sv: 'ett utkast', en: 'a draft' },
  submitted: { sv: 'inskickad', en: 'submitted' },
  approved: { sv: 'granskad och godkänd', en: 'checked and approved' },
  rejected: { sv: 'avslagen', en: 'rejected' },
  paid: { sv: 'utbetald', en: 'paid' },
};

/** The request is not in the status the action needs (e.g. approving a draft, paying twice). */
export const wrongStatus = (status: string, action: { sv: string; en: string }): AppError => {
  const name = STATUS_NAMES[status] ?? { sv: status, en: status };
  return new AppError(
    'payment.wrong_status',
    409,
    {
      sv: `Begäran om utbetalning är ${name.sv} och kan inte ${action.sv}.`,
      en: `The payment request is ${name.en} and cannot ${action.en}.`,
    },
    { status },
  );
};

/** One or more rules broken; each issue names the rule, the category and the amounts. */
export function paymentRuleBroken(
  issues:
    | PaymentIssue[]
    | { code: string; path?: string; message: { sv: string; en: string }; details?: Record<string, unknown> }[],
): AppError {
  const first = issues[0]!;
  if (issues.length === 1) {
    return new AppError(first.code, 422, first.message, { ...(first.details ?? {}), issues });
  }
  return new AppError(
    'payment.invalid',
    422,
    {
      sv: `${issues.length} uppgifter behöver rättas: ${issues.map((i) => i.message.sv).join(' ')}`,
      en: `${issues.length} items need fixing: ${issues.map((i) => i.message.en).join(' ')}`,
    },
    { issues },
  );
}
