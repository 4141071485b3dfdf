import { useEffect } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n.js';
import { CallEditForm } from './CallEditForm.js';
import { CallFacts } from './CallFacts.js';
import { useCallTexts } from './texts.js';
import { useCallEdit } from './use-call-edit.js';
import './calls.css';

/** /admin/utlysningar/:callId (and /admin/utlysningar/ny): a call's form, saving and publishing. */
export function CallEditPage() {
  const { t } = useI18n();
  const x = useCallTexts();
  const edit = useCallEdit();
  const { isNew, funders, funderId, call, problems } = edit;
  const { problem } = problems;
  useEffect(() => {
    document.title = `${isNew ? x.newTitle : (call?.title ?? x.calls)} – ${t.appName}`;
  }, [isNew, call, x, t]);

  if (!funders || (!isNew && !call && !problem)) return <p>{t.loadingPage}</p>;
  if (isNew && !funderId) {
    return (
      <>
        <h1>{x.newTitle}</h1>
        <p>{x.noFunder}</p>
      </>
    );
  }
  const heading = isNew ? x.newTitle : (call?.title ?? x.calls);
  const back = (
    <p>
      <Link to={`/admin/utlysningar${funderId ? `?stodgivare=${funderId}` : ''}`}>{x.backToAdmin}</Link>
    </p>
  );
  const alert = problem && (
    <div role="alert" className="error-summary" tabIndex={-1} ref={problems.problemRef}>
      <p>{problem.message}</p>
      {problem.conflict && (
        <button type="button" onClick={() => void edit.load()}>
          {x.reload}
        </button>
      )}
    </div>
  );
  if (!isNew && !call) {
    return (
      <>
        {back}
        <h1>{heading}</h1>
        {alert}
      </>
    );
  }
  if (call && !call.canEdit) {
    return (
      <>
        {back}
        <h1>{heading}</h1>
        <p className="lead">{x.status(call.status, call.phase)}</p>
        <p>{x.readOnly}</p>
        <CallFacts {...call} />
        <h2>{x.aboutCall}</h2>
        <p className="prewrap">{call.description}</p>
      </>
    );
  }
  return <CallEditForm edit={edit} heading={heading} back={back} alert={alert} />;
}
