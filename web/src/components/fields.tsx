import type { ReactNode } from 'react';

/** The ids that tie a field to its hint and its error, for aria-describedby. */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: ReactNode;
  error?: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'tel';
  autoComplete?: string;
  multiline?: boolean;
  width?: 'short' | 'medium' | 'full';
  disabled?: boolean;
}

/** A labelled input (GOV.UK pattern): label, hint, the inline error, then the input marked invalid. */
export function TextField(p: FieldProps) {
  const common = {
    id: p.id,
    name: p.id,
    value: p.value,
    disabled: p.disabled,
    'aria-invalid': p.error ? true : undefined,
    'aria-describedby': describedBy(p.id, p.hint, p.error),
  };
  return (
    <div className={`field${p.error ? ' field-invalid' : ''}`}>
      <label htmlFor={p.id}>{p.label}</label>
      {p.hint && (
        <p id={`${p.id}-hint`} className="hint">
          {p.hint}
        </p>
      )}
      <FieldError id={p.id} error={p.error} />
      {p.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => p.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={p.type ?? 'text'}
          autoComplete={p.autoComplete}
          className={p.width ? `w-${p.width}` : undefined}
          onChange={(e) => p.onChange(e.target.value)}
        />
      )}
    </div>
  );
}
