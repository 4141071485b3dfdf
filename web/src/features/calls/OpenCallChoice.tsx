import { useEffect, useState } from 'react';
import { FieldError } from '../../components/fields.js';
import { useSession } from '../../session.js';
import { useSwedishTime } from './CallFacts.js';
import { listPublicCalls, type PublicCall } from './calls-api.js';
import { useCallTexts } from './texts.js';

/** The field id of a call's radio button (and of "no call" for ''), for the error summary's links. */
export const callChoiceId = (callId: string) => `call-choice-${callId || 'none'}`;

/** The calls open now, of every funder (empty while loading or when none is open). */
function useOpenCalls(): PublicCall[] {
  const { opts } = useSession();
  const [calls, setCalls] = useState<PublicCall[]>([]);
  useEffect(() => {
    const abort = new AbortController();
    listPublicCalls('current', { lang: opts.lang, signal: abort.signal }).then(
      (r) => setCalls(r.items.filter((c) => c.phase === 'open')),
      () => undefined,
    );
    return () => abort.abort();
  }, [opts.lang]);
  return calls;
}

/**
 * On the new application page: which of the funder's open calls the application is made to, or none.
 * Shows nothing when the funder has no open call.
 */
export function OpenCallChoice(p: {
  funderId: string;
  value: string;
  onChange: (callId: string) => void;
  error?: string | undefined;
}) {
  const x = useCallTexts();
  const when = useSwedishTime();
  const calls = useOpenCalls().filter((c) => c.funder.id === p.funderId);
  if (!p.funderId || calls.length === 0) return null;
  const choices = [
    { id: '', label: x.noCall },
    ...calls.map((c) => ({ id: c.id, label: c.title, closes: c.closesAt })),
  ];
  return (
    <fieldset aria-describedby={['call-choice-hint', p.error ? 'call-choice-error' : ''].filter(Boolean).join(' ')}>
      <legend>{x.chooseCallLegend}</legend>
      <p id="call-choice-hint" className="hint">
        {x.chooseCallHint}
      </p>
      <FieldError id="call-choice" error={p.error} />
      {choices.map((c) => (
        <div className="radio" key={c.id || 'none'}>
          <input
            type="radio"
            id={callChoiceId(c.id)}
            name="call"
            value={c.id}
            checked={p.value === c.id}
            onChange={() => p.onChange(c.id)}
          />
          <label htmlFor={callChoiceId(c.id)}>
            {c.label}
            {'closes' in c && c.closes && (
              <span className="muted">
                {' '}
                ({x.closes.toLowerCase()} {when(c.closes)})
              </span>
            )}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
