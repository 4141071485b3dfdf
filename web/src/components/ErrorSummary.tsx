import { forwardRef, type MouseEvent } from 'react';
import { useI18n } from '../i18n.js';

export interface SummaryItem {
  /** The id of the field the message is about, without '#'. */
  fieldId?: string;
  message: string;
}

/** Moves focus to a field and shows its label, as GOV.UK's error summary does for its links. */
export function focusField(id: string, e?: MouseEvent) {
  const el = document.getElementById(id);
  if (!el) return;
  e?.preventDefault();
  el.focus();
  (el.closest('.field, section') ?? el).scrollIntoView({ block: 'start' });
}

/**
 * The error summary at the top of a page (GOV.UK pattern): a heading, then every problem as a link to
 * its field. The caller moves focus here after a failed submit.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[]; title?: string }>(function ErrorSummary(
  { items, title },
  ref,
) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{title ?? t.errorSummaryTitle}</h2>
      <ul>
        {items.map((item, i) =>
          item.fieldId ? (
            <li key={i}>
              <a href={`#${item.fieldId}`} onClick={(e) => focusField(item.fieldId!, e)}>
                {item.message}
              </a>
            </li>
          ) : (
            <li key={i}>{item.message}</li>
          ),
        )}
      </ul>
    </div>
  );
});
