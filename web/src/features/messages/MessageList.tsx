import { useI18n } from '../../i18n.js';
import type { MessageItem } from './messages-api.js';
import { useMessageTexts } from './texts.js';

const timeFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });

/** The conversation on a case, oldest first: what kind each message is, who wrote it and when. */
export function MessageList({ items }: { items: MessageItem[] }) {
  const mt = useMessageTexts();
  const { lang } = useI18n();
  if (items.length === 0) return <p>{mt.noMessages}</p>;
  return (
    <ol className="plain-list">
      {items.map((m) => (
        <li key={m.id} className="box">
          <p>
            <strong>{mt.kind(m.kind)}</strong>
            <span className="muted">
              {' · '}
              {mt.from(m.author, m.fromFunder)}
              {' · '}
              <time dateTime={m.createdAt}>{timeFormat(lang).format(new Date(m.createdAt))}</time>
            </span>
          </p>
          <p className="prewrap">{m.body}</p>
          {m.kind === 'completion_request' && m.dueDate && <p>{mt.dueBy(m.dueDate)}</p>}
          {m.kind === 'completion_request' && m.answeredAt && <p className="notice-ok">{mt.answered}</p>}
        </li>
      ))}
    </ol>
  );
}
