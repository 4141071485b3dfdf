import { useRef } from 'react';
import { describedBy, FieldError } from '../../components/fields.js';

interface UploadControlProps {
  /** The file input's id: what error links and the editor's summary point at. */
  id: string;
  label: string;
  hint: string;
  button: string;
  error?: string | undefined;
  busy: boolean;
  /** Resolves true when the file was stored: the input is cleared then, and kept as chosen otherwise. */
  onUpload: (file: File | null) => Promise<boolean>;
}

/**
 * A labelled file input and its button (GOV.UK "upload a file"): the hint says the limit and the kinds, an
 * error sits above the input and is tied to it. No <form> of its own, so that it can live inside another
 * page's form; the button never submits that form.
 */
export function UploadControl(p: UploadControlProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={`field${p.error ? ' field-invalid' : ''}`}>
      <label htmlFor={p.id}>{p.label}</label>
      <p id={`${p.id}-hint`} className="hint">
        {p.hint}
      </p>
      <FieldError id={p.id} error={p.error} />
      <div className="inline-form">
        <input
          ref={input}
          id={p.id}
          name={p.id}
          type="file"
          aria-invalid={p.error ? true : undefined}
          aria-describedby={describedBy(p.id, p.hint, p.error)}
        />
        <button
          type="button"
          className="secondary"
          disabled={p.busy}
          onClick={() => {
            void p.onUpload(input.current?.files?.[0] ?? null).then((stored) => {
              if (stored && input.current) input.current.value = '';
            });
          }}
        >
          {p.button}
        </button>
      </div>
    </div>
  );
}
