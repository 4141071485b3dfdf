import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { useI18n } from '../../i18n.js';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.js';
import { CallBanner } from '../calls/CallBanner.js';
import { CompletionAnswerPanel } from '../messages/CompletionAnswerPanel.js';
import type { ReadOnlyAttachment } from './ApplicationReadOnly.js';
import { ActivitiesSection } from './ActivitiesSection.js';
import { BudgetSection } from './BudgetSection.js';
import { FinancingSection } from './FinancingSection.js';
import { fieldId } from './form-model.js';
import { ProjectSection } from './ProjectSection.js';
import { SubmitDialog } from './SubmitDialog.js';
import { useApplicationTexts } from './texts.js';
import { TotalsBox } from './TotalsBox.js';
import type { ApplicationEditor } from './use-application-editor.js';

// Enter in a one-line field would submit a form implicitly; here only "Skicka in" (then the confirmation) does.
const NO_IMPLICIT_SUBMIT = new Set(['button', 'submit', 'reset', 'image', 'file']);
function keepEnterFromSubmitting(e: KeyboardEvent<HTMLFormElement>) {
  const target = e.target as HTMLElement;
  if (e.key === 'Enter' && target instanceof HTMLInputElement && !NO_IMPLICIT_SUBMIT.has(target.type))
    e.preventDefault();
}

/** The draft being edited: the sections, the totals and what remains, the actions and the confirmation. */
export function EditorForm({
  editor: e,
  caseId,
  attachments,
}: {
  editor: ApplicationEditor;
  caseId: string;
  attachments: readonly ReadOnlyAttachment[] | undefined;
}) {
  const { t } = useI18n();
  const at = useApplicationTexts();
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const { view, form, converted, issues, summary, feedback } = e;
  useEffect(() => {
    if (summary) summaryRef.current?.focus();
  }, [summary]);
  useEffect(() => {
    if (feedback.kind === 'conflict' || feedback.kind === 'failed') alertRef.current?.focus();
  }, [feedback]);
  if (!view || !form || !converted) return null;

  const errorOf = (path: string) =>
    issues
      .filter((i) => i.path === path && (i.live || e.attempted))
      .map((i) => i.message)
      .join(' ') || undefined;
  const listed =
    summary?.kind === 'notSaved' ? issues.filter((i) => converted.inputErrors[i.path] === i.message) : issues;
  const warnings = e.checks.filter((i) => i.severity !== 'error');
  const sections = { form, update: e.update, errorOf };
  const status = e.busy
    ? t.saving
    : feedback.kind === 'saved'
      ? t.saved
      : feedback.kind === 'savedExcept'
        ? at.savedExcept(feedback.count)
        : '';

  return (
    <div className="application-page">
      <ErrorSummary
        ref={summaryRef}
        items={summary ? listed.map((i) => ({ fieldId: fieldId(i.path), message: i.message })) : []}
        {...(summary?.kind === 'notSaved' ? { title: at.notSavedTitle } : {})}
      />
      {(feedback.kind === 'conflict' || feedback.kind === 'failed') && (
        <div role="alert" className="error-summary" tabIndex={-1} ref={alertRef}>
          <p>{feedback.message}</p>
          {feedback.kind === 'conflict' && (
            <button type="button" onClick={() => void e.load()}>
              {t.reload}
            </button>
          )}
        </div>
      )}
      <h1>{form.projectName || t.editorTitle}</h1>
      <p className="lead">{t.editorIntro}</p>
      <CallBanner application={view} />
      <div className="editor">
        {/* "Skicka igen" of a completion submits the form (CompletionAnswerPanel): that too asks to confirm. */}
        <form
          noValidate
          className="editor-form"
          onKeyDown={keepEnterFromSubmitting}
          onSubmit={(ev) => {
            ev.preventDefault();
            if (!e.busy) void e.onSubmit();
          }}
        >
          <CompletionAnswerPanel caseId={caseId} />
          <ProjectSection {...sections} applicant={view.applicant} />
          <ActivitiesSection {...sections} />
          <BudgetSection {...sections} />
          <FinancingSection {...sections} />
          <AttachmentsPanel caseId={caseId} />
          <div className="actions">
            <button type="button" className="secondary" disabled={e.busy} onClick={() => void e.onSave()}>
              {t.saveDraft}
            </button>
            <button type="button" ref={submitButton} disabled={e.busy} onClick={() => void e.onSubmit()}>
              {t.submit}
            </button>
            <p role="status" className="status">
              {status}
            </p>
          </div>
        </form>
        <TotalsBox content={converted.content} remaining={issues} warnings={warnings} />
      </div>
      {e.confirming && (
        <SubmitDialog
          content={view.draft}
          attachments={attachments}
          warnings={warnings}
          busy={e.busy}
          onConfirm={() => void e.onConfirm()}
          onCancel={e.cancel}
          returnFocus={submitButton}
        />
      )}
    </div>
  );
}
