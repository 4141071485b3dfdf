import type { DomainError, FieldIssue } from '../../../domain/index.js';
import { AppError, type Localized } from '../../errors.js';

/**
 * Collects every problem of a form before answering, so that one 422 names all of them and the web
 * page can link each to its field: a person fixes the form once instead of meeting the errors one by one.
 */
export class Issues {
  readonly list: FieldIssue[] = [];

  add(path: string, code: string, message: Localized): this {
    this.list.push({ path, code, severity: 'error', message });
    return this;
  }

  /** A rule of the domain that failed for this field, in the domain's own words. */
  addDomain(path: string, error: DomainError): this {
    return this.add(path, error.code, error.message);
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  /** 422 naming every problem, with the first one's message as the summary. */
  throwIfAny(code = 'funder.invalid'): void {
    if (this.empty) return;
    throw invalid(this.list, code);
  }
}

export function invalid(issues: FieldIssue[], code = 'funder.invalid'): AppError {
  const first = issues[0]!;
  const message: Localized =
    issues.length === 1
      ? first.message
      : {
          sv: `${issues.length} uppgifter behöver rättas. ${first.message.sv}`,
          en: `${issues.length} entries need correcting. ${first.message.en}`,
        };
  return new AppError(code, 422, message, { issues });
}

/** One field's problem as its own error (for a status other than 422, e.g. 409 on a taken number). */
export function fieldProblem(code: string, status: number, path: string, message: Localized): AppError {
  return new AppError(code, status, message, { issues: [{ path, code, severity: 'error', message }] });
}

/** The answer to a save based on an older version than the one stored. */
export function staleVersion(what: Localized, current: number | string): AppError {
  return AppError.conflict(
    {
      sv: `${what.sv} har ändrats av någon annan sedan du hämtade den. Hämta den igen och gör om din ändring.`,
      en: `${what.en} was changed by someone else since you loaded it. Reload it and make your change again.`,
    },
    { currentVersion: current },
  );
}

/** Trimmed text, or null when nothing but spaces was given. */
export const blankToNull = (value: string | null | undefined): string | null => {
  const t = value?.trim() ?? '';
  return t === '' ? null : t;
};

/** Requires a non-blank text of at most `max` characters; returns it trimmed, or null after adding the problem. */
export function requiredText(
  issues: Issues,
  path: string,
  value: string | null | undefined,
  max: number,
  label: Localized,
): string | null {
  const t = blankToNull(value);
  if (t === null) {
    issues.add(path, 'required', { sv: `Ange ${label.sv}.`, en: `Enter ${label.en}.` });
    return null;
  }
  if (t.length > max) {
    issues.add(path, 'too_long', {
      sv: `${capitalise(label.sv)} får vara högst ${max} tecken.`,
      en: `${capitalise(label.en)} can be at most ${max} characters.`,
    });
    return null;
  }
  return t;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
