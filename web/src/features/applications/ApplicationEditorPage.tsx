import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { listAttachments } from '../attachments/attachments-api.js';
import type { ReadOnlyAttachment } from './ApplicationReadOnly.js';
import { EditorForm } from './EditorForm.js';
import { SubmittedApplication } from './SubmittedApplication.js';
import { useApplicationEditor } from './use-application-editor.js';
import './applications.css';

/**
 * The application editor (docs/domain/life-of-a-grant.md, "2. Application"): a draft that saves whatever can be
 * read, live totals and checks, and submit after a confirmation that shows what is sent; once submitted, the
 * application read-only with its diary number.
 */
export function ApplicationEditorPage() {
  const { caseId = '' } = useParams();
  const { t } = useI18n();
  const editor = useApplicationEditor(caseId);
  const { view, submitted, loadError } = editor;
  const readOnly = !!view && (!!submitted || view.status !== 'draft');
  const attachments = useAttachmentsWhen(caseId, editor.confirming || readOnly);

  useEffect(() => {
    document.title = `${submitted ? t.submittedTitle : t.editorTitle} – ${t.appName}`;
  }, [t, submitted]);

  if (loadError)
    return (
      <div role="alert" className="error-summary">
        {loadError}
      </div>
    );
  if (!view || !editor.form) return <p>{t.loadingPage}</p>;
  if (readOnly) return <SubmittedApplication view={view} justSubmitted={submitted} attachments={attachments} />;
  return <EditorForm editor={editor} caseId={caseId} attachments={attachments} />;
}

/** The application's files, fetched afresh whenever `wanted` turns true (the confirmation, the submitted view). */
function useAttachmentsWhen(caseId: string, wanted: boolean): ReadOnlyAttachment[] | undefined {
  const { opts } = useSession();
  const [items, setItems] = useState<ReadOnlyAttachment[] | undefined>(undefined);
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    listAttachments({ caseId }, { ...opts, signal: controller.signal })
      .then((list) => setItems(list.items))
      .catch(() => setItems(undefined));
    return () => controller.abort();
  }, [caseId, wanted, opts]);
  return items;
}
