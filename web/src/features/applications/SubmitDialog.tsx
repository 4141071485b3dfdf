import { useEffect, useRef, type RefObject } from 'react';
import type { ApplicationDraft, FieldIssue } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import { ApplicationReadOnly, type ReadOnlyAttachment } from './ApplicationReadOnly.js';
import { useApplicationTexts } from './texts.js';

interface Props {
  content: ApplicationDraft;
  attachments: readonly ReadOnlyAttachment[] | undefined;
  warnings: FieldIssue[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes back to when the dialog closes without submitting ("Skicka in"). */
  returnFocus: RefObject<HTMLButtonElement | null>;
}

/**
 * The confirmation before submit: the whole application as it will be sent, then "Bekräfta och skicka in" or
 * "Avbryt". A modal dialog: focus moves to its heading, the page behind is inert, Escape cancels, and focus
 * returns to "Skicka in" when it closes.
 */
export function SubmitDialog(p: Props) {
  const { t, lang } = useI18n();
  const at = useApplicationTexts();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const latest = useRef(p);
  latest.current = p;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    heading.current?.focus();
    // Escape, "Avbryt" and any other way of closing end here.
    const closed = () => {
      latest.current.onCancel();
      latest.current.returnFocus.current?.focus();
    };
    d.addEventListener('close', closed);
    return () => d.removeEventListener('close', closed);
  }, []);

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="confirm-title" aria-describedby="confirm-intro">
      <h2 id="confirm-title" ref={heading} tabIndex={-1}>
        {at.confirmTitle}
      </h2>
      <p id="confirm-intro">{at.confirmIntro}</p>
      {p.warnings.length > 0 && (
        <section aria-labelledby="confirm-warnings">
          <h3 id="confirm-warnings">{t.warnings}</h3>
          <ul>
            {p.warnings.map((w, i) => (
              <li key={i}>{w.message[lang]}</li>
            ))}
          </ul>
        </section>
      )}
      <ApplicationReadOnly content={p.content} level={3} {...(p.attachments ? { attachments: p.attachments } : {})} />
      <div className="actions">
        <button type="button" disabled={p.busy} onClick={p.onConfirm}>
          {at.confirm}
        </button>
        <button type="button" className="secondary" disabled={p.busy} onClick={() => dialog.current?.close()}>
          {at.cancel}
        </button>
      </div>
    </dialog>
  );
}
