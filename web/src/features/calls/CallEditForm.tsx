import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { useI18n } from '../../i18n.js';
import { CallFormFields } from './CallFormFields.js';
import { useCallTexts } from './texts.js';
import type { CallEdit } from './use-call-edit.js';

/** The call's form as its editor sees it: what is wrong, its state, the fields, saving and publishing. */
export function CallEditForm({
  edit,
  heading,
  back,
  alert,
}: {
  edit: CallEdit;
  heading: string;
  back: ReactNode;
  alert: ReactNode;
}) {
  const { t } = useI18n();
  const x = useCallTexts();
  const { call, options, form, problems, feedback, confirming, busy } = edit;
  return (
    <>
      {back}
      <ErrorSummary items={problems.summary} ref={problems.summaryRef} />
      {alert}
      <h1>{heading}</h1>
      {call && <p className="lead">{x.status(call.status, call.phase)}</p>}
      {call?.status === 'published' && (
        <p>
          {x.publishedNote} <Link to={`/utlysningar/${call.id}`}>{x.viewPublic}</Link>
        </p>
      )}
      <p role="status" className="notice-ok">
        {busy ? x.saving : feedback === 'saved' ? x.saved : feedback === 'published' ? x.published : ''}
      </p>
      {!options && <p>{t.loadingPage}</p>}
      {options && (
        <form onSubmit={(e) => void edit.onSave(e)} noValidate className="narrow">
          <CallFormFields
            form={form}
            update={edit.update}
            errorOf={(id) => problems.fieldErrors[id]}
            options={options}
            chosenBefore={call?.priorities.map((p) => p.id) ?? []}
          />
          <div className="actions">
            <button type="submit" disabled={busy}>
              {x.save}
            </button>
            {call?.status === 'draft' && !confirming && (
              <button type="button" className="secondary" disabled={busy} onClick={edit.askPublish}>
                {x.publish}
              </button>
            )}
          </div>
        </form>
      )}
      {confirming && <PublishConfirm edit={edit} />}
    </>
  );
}

/** "Publish the call?": focused when it opens, so a screen reader reads it at once. */
function PublishConfirm({ edit }: { edit: CallEdit }) {
  const x = useCallTexts();
  const confirmRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    confirmRef.current?.focus();
  }, []);
  return (
    <section className="box" aria-labelledby="publish-confirm">
      <h2 id="publish-confirm" tabIndex={-1} ref={confirmRef}>
        {x.publishConfirmTitle}
      </h2>
      <p>{x.publishConfirmText}</p>
      <div className="actions">
        <button type="button" disabled={edit.busy} onClick={() => void edit.onPublish()}>
          {x.confirmPublish}
        </button>
        <button type="button" className="secondary" onClick={() => edit.setConfirming(false)}>
          {x.cancel}
        </button>
      </div>
    </section>
  );
}
