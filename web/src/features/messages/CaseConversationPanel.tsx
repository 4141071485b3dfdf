import { useCallback, useEffect, useRef, useState } from 'react';
import { parseLocalDate } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { focusField } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { MessageList } from './MessageList.js';
import { getConversation, postMessage, requestCompletion, type Conversation } from './messages-api.js';
import { MESSAGE_MAX, useMessageTexts } from './texts.js';

type Problems = Record<string, string>;

/** An error summary of this panel's own (unique ids), linking each problem to its field. */
function PanelErrors({ id, problems, title }: { id: string; problems: Problems; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [problems]);
  const entries = Object.entries(problems);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby={`${id}-title`} tabIndex={-1} ref={ref}>
      <h3 id={`${id}-title`}>{title}</h3>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            {field === '*' ? (
              message
            ) : (
              <a href={`#${field}`} onClick={(e) => focusField(field, e)}>
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

const FIELDS = { message: 'completion-message', dueDate: 'completion-due-date', write: 'case-message' } as const;

/**
 * On the officer's case page: the conversation with the applicant, asking for completion of a submitted
 * application (what is missing and by when) and plain messages. Nothing typed is lost on an error.
 */
export function CaseConversationPanel({
  caseId,
  onChanged,
  caseState,
}: {
  caseId: string;
  onChanged?: () => void;
  /**
   * Changes whenever the page has reloaded the case (e.g. after the officer took it): the conversation
   * is read again, so that a completion request carries the case's current version, not a stale one.
   */
  caseState?: unknown;
}) {
  const mt = useMessageTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const [conversation, setConversation] = useState<Conversation | null>(null);
  const [message, setMessage] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [text, setText] = useState('');
  const [askProblems, setAskProblems] = useState<Problems>({});
  const [writeProblems, setWriteProblems] = useState<Problems>({});
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    (signal?: AbortSignal) =>
      getConversation(caseId, { ...opts, signal })
        .then((c) => {
          setConversation(c);
          setStale(false);
        })
        // A caller who may not see the conversation sees no panel.
        .catch(() => undefined),
    [caseId, opts],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, caseState]);
  if (!conversation) return null;

  const ask = async () => {
    const problems: Problems = {};
    const m = message.trim();
    if (!m) problems[FIELDS.message] = mt.askMessageRequired;
    else if (m.length > MESSAGE_MAX) problems[FIELDS.message] = mt.tooLong(MESSAGE_MAX);
    if (!dueDate.trim()) problems[FIELDS.dueDate] = mt.askDueDateRequired;
    else if (!parseLocalDate(dueDate.trim()).ok) problems[FIELDS.dueDate] = mt.askDueDateInvalid;
    setAskProblems(problems);
    setNotice('');
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const next = await requestCompletion(
        caseId,
        { message: m, dueDate: dueDate.trim(), version: conversation.caseVersion },
        opts,
      );
      setConversation(next);
      setMessage('');
      setDueDate('');
      setNotice(mt.asked);
      onChanged?.();
    } catch (e) {
      if (e instanceof ApiProblem && e.status === 409) setStale(true);
      const issues = e instanceof ApiProblem ? e.issues : [];
      setAskProblems(
        issues.length > 0
          ? Object.fromEntries(
              issues.map((i) => [i.path === 'dueDate' ? FIELDS.dueDate : FIELDS.message, i.message[lang]]),
            )
          : { '*': e instanceof ApiProblem ? e.detail : mt.error },
      );
    } finally {
      setBusy(false);
    }
  };

  const write = async () => {
    const body = text.trim();
    const problem = !body ? mt.writeRequired : body.length > MESSAGE_MAX ? mt.tooLong(MESSAGE_MAX) : null;
    setWriteProblems(problem ? { [FIELDS.write]: problem } : {});
    setNotice('');
    if (problem) return;
    setBusy(true);
    try {
      await postMessage(caseId, { body }, opts);
      setText('');
      setNotice(mt.written);
      await load();
    } catch (e) {
      setWriteProblems({ '*': e instanceof ApiProblem ? e.detail : mt.error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="conversation-heading">
      <h2 id="conversation-heading">{mt.conversation}</h2>
      <MessageList items={conversation.items} />
      {conversation.actions.requestCompletion && (
        <form
          noValidate
          className="narrow"
          onSubmit={(e) => {
            e.preventDefault();
            void ask();
          }}
        >
          <h3>{mt.askTitle}</h3>
          <PanelErrors id="completion-errors" problems={askProblems} title={mt.errorTitle} />
          {stale && (
            <button type="button" className="secondary" onClick={() => void load()}>
              {mt.reload}
            </button>
          )}
          <p className="hint">{mt.askHint}</p>
          <TextField
            id={FIELDS.message}
            label={mt.askMessage}
            hint={mt.askMessageHint}
            value={message}
            onChange={setMessage}
            error={askProblems[FIELDS.message]}
            multiline
          />
          <TextField
            id={FIELDS.dueDate}
            label={mt.askDueDate}
            hint={mt.askDueDateHint}
            value={dueDate}
            onChange={setDueDate}
            error={askProblems[FIELDS.dueDate]}
            width="short"
          />
          <div className="actions">
            <button type="submit" disabled={busy}>
              {mt.askButton}
            </button>
          </div>
        </form>
      )}
      {conversation.actions.write && (
        <form
          noValidate
          className="narrow"
          onSubmit={(e) => {
            e.preventDefault();
            void write();
          }}
        >
          <h3>{mt.writeTitle}</h3>
          <PanelErrors id="message-errors" problems={writeProblems} title={mt.errorTitle} />
          <TextField
            id={FIELDS.write}
            label={mt.writeLabel}
            value={text}
            onChange={setText}
            error={writeProblems[FIELDS.write]}
            multiline
          />
          <div className="actions">
            <button type="submit" className="secondary" disabled={busy}>
              {mt.writeButton}
            </button>
          </div>
        </form>
      )}
      {/* Only while there is something to say: other panels of the page have their own status. */}
      {notice && (
        <p role="status" className="status">
          {notice}
        </p>
      )}
    </section>
  );
}
