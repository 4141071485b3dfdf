import { useEffect, useRef, type ReactNode } from 'react';
import { describedBy, FieldError } from '../../components/fields.js';
import { fieldId, type ApplicationForm } from './form-model.js';

export interface SectionProps {
  form: ApplicationForm;
  update: (change: Partial<ApplicationForm>) => void;
  /** The message to show beside the field with this API path, if any. */
  errorOf: (path: string) => string | undefined;
}

/** A labelled input inside a table cell: the column header is visible, the label names the row too. */
export function CellInput(p: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errorOf: (path: string) => string | undefined;
  type?: 'text' | 'date';
  className?: string;
  inputMode?: 'numeric' | 'decimal';
  maxLength?: number;
}) {
  const id = fieldId(p.path);
  const error = p.errorOf(p.path);
  return (
    <div className={error ? 'field-invalid' : undefined}>
      <label htmlFor={id} className="visually-hidden">
        {p.label}
      </label>
      <FieldError id={id} error={error} />
      <input
        id={id}
        type={p.type ?? 'text'}
        value={p.value}
        className={p.className}
        inputMode={p.inputMode}
        maxLength={p.maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </div>
  );
}

/**
 * A labelled field (GOV.UK pattern: label, hint, the inline error, then the input marked invalid) that carries
 * the limit the server applies as `maxlength`.
 */
export function FormField(p: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  maxLength?: number;
  type?: 'text' | 'date';
  multiline?: boolean;
  width?: 'short' | 'medium';
  inputMode?: 'decimal';
}) {
  const id = fieldId(p.path);
  const common = {
    id,
    name: id,
    value: p.value,
    maxLength: p.maxLength,
    'aria-invalid': p.error ? true : undefined,
    'aria-describedby': describedBy(id, p.hint, p.error),
  };
  return (
    <div className={`field${p.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{p.label}</label>
      {p.hint && (
        <p id={`${id}-hint`} className="hint">
          {p.hint}
        </p>
      )}
      <FieldError id={id} error={p.error} />
      {p.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => p.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={p.type ?? 'text'}
          inputMode={p.inputMode}
          className={p.width ? `w-${p.width}` : undefined}
          onChange={(e) => p.onChange(e.target.value)}
        />
      )}
    </div>
  );
}

/** A section whose own issues (e.g. `financing`) show at its top; the summary links to the heading. */
export function Section(p: { path: string; title: string; errorOf: SectionProps['errorOf']; children: ReactNode }) {
  const id = fieldId(p.path);
  const error = p.errorOf(p.path);
  return (
    <section aria-labelledby={`${id}-title`} className={`form-section${error ? ' field-invalid' : ''}`}>
      <h2 id={`${id}-title`}>
        <span id={id} tabIndex={-1}>
          {p.title}
        </span>
      </h2>
      <FieldError id={id} error={error} />
      {p.children}
    </section>
  );
}

export const replaceAt = <T,>(rows: T[], i: number, change: Partial<T>): T[] =>
  rows.map((r, j) => (j === i ? { ...r, ...change } : r));

/**
 * Focus for a row table: after "Lägg till" the new row's first input, after "Ta bort" the add button, so that
 * keyboard focus never stays on a button that did nothing visible or vanished.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id: string) => {
    pending.current = id;
  };
}
