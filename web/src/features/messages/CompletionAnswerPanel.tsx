import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { TextField } from '../../components/fields.js';
import { useSession } from '../../session.js';
import { getConversation, postMessage, type Conversation } from './messages-api.js';
import { MESSAGE_MAX, useMessageTexts } from './texts.js';

const ANSWER_FIELD = 'completion-answer';

/**
 * In the application editor, while the officer's completion request is open: what is missing and by when,
 * the applicant's answer, and "Skicka in igen". It sits inside the editor's form and has no form of its
 * own: the button stores the answer, then submits the editor's form, which saves the edited application
 * and submits it (with its own error summary when something is still wrong).
 */
export function CompletionAnswerPanel({ caseId }: { caseId: string }) {
  const mt = useMessageTexts();
  const { opts } = useSession();
  const [conversation, setConversation] = useState<Conversation | null>(null);
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const load = useCallback(
    (signal?: AbortSignal) =>
      getConversation(caseId, { ...opts, signal })
        .then(setConversation)
        .catch(() => undefined),
    [caseId, opts],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const request = conversation?.openRequest;
  if (!conversation || !request || !conversation.actions.answer) return null;
  const answers = conversation.items.filter((m) => m.kind === 'completion_answer' && m.replyToId === request.id);

  const resubmit = async () => {
    setFailure(null);
    if (answers.length === 0) {
      const body = answer.trim();
      const problem = !body ? mt.answerRequired : body.length > MESSAGE_MAX ? mt.tooLong(MESSAGE_MAX) : undefined;
      setError(problem);
      if (problem) {
        document.getElementById(ANSWER_FIELD)?.focus();
        return;
      }
      setBusy(true);
      try {
        await postMessage(caseId, { body, replyToId: request.id }, opts);
        setAnswer('');
        await load();
      } catch (e) {
        setFailure(e instanceof ApiProblem ? e.detail : mt.error);
        setBusy(false);
        return;
      }
      setBusy(false);
    }
    button.current?.form?.requestSubmit();
  };

  return (
    <section aria-labelledby="completion-request-heading" className="box">
      <h2 id="completion-request-heading">{mt.requestTitle}</h2>
      <p className="prewrap">{request.body}</p>
      {request.dueDate && (
        <p>
          <strong>{mt.dueBy(request.dueDate)}</strong>
        </p>
      )}
      <p>{mt.requestIntro}</p>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      {answers.length > 0 ? (
        <>
          <h3>{mt.yourAnswer}</h3>
          {answers.map((a) => (
            <p key={a.id} className="prewrap">
              {a.body}
            </p>
          ))}
        </>
      ) : (
        <TextField
          id={ANSWER_FIELD}
          label={mt.answerLabel}
          hint={mt.answerHint}
          value={answer}
          onChange={setAnswer}
          error={error}
          multiline
        />
      )}
      <div className="actions">
        <button ref={button} type="button" disabled={busy} onClick={() => void resubmit()}>
          {mt.resubmit}
        </button>
      </div>
    </section>
  );
}
