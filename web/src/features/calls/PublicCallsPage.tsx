import { useEffect } from 'react';
import { Link } from 'react-router';
import { formatSek, ore } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { loadErrorText, useLoad } from '../../use-load.js';
import { CallFactsShort } from './CallSummary.js';
import { listPublicCalls, type PublicCall } from './calls-api.js';
import { useCallTexts } from './texts.js';
import './calls.css';

interface Lists {
  current: PublicCall[];
  currentTotal: number;
  closed: PublicCall[];
}

/** /utlysningar: the published calls, open now, coming and recently closed, for everyone. */
export function PublicCallsPage() {
  const { t } = useI18n();
  const x = useCallTexts();
  const { opts } = useSession();

  useEffect(() => {
    document.title = `${x.calls} – ${t.appName}`;
  }, [x, t]);
  const loaded = useLoad(
    async (signal): Promise<Lists> => {
      const o = { lang: opts.lang, signal };
      const [current, closed] = await Promise.all([listPublicCalls('current', o), listPublicCalls('closed', o)]);
      return { current: current.items, currentTotal: current.total, closed: closed.items };
    },
    [opts.lang],
  );
  const lists = loaded.data;
  const error = loaded.error ? loadErrorText(loaded.error, x.loadError) : null;

  const open = lists?.current.filter((c) => c.phase === 'open') ?? [];
  const upcoming = lists?.current.filter((c) => c.phase === 'upcoming') ?? [];
  return (
    <>
      <h1>{x.calls}</h1>
      <p className="lead">{x.publicIntro}</p>
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {!lists && !error && <p>{x.loading}</p>}
      {lists && (
        <>
          {lists.currentTotal > lists.current.length && <p>{x.shown(lists.current.length, lists.currentTotal)}</p>}
          <CallSection id="oppna" heading={x.openNow} calls={open} empty={x.noneOpen} />
          <CallSection id="kommande" heading={x.upcoming} calls={upcoming} empty={x.noneUpcoming} />
          <CallSection id="stangda" heading={x.recentlyClosed} calls={lists.closed} empty={x.noneClosed} />
        </>
      )}
    </>
  );
}

function CallSection(p: { id: string; heading: string; calls: PublicCall[]; empty: string }) {
  const x = useCallTexts();
  return (
    <section aria-labelledby={`calls-${p.id}`}>
      <h2 id={`calls-${p.id}`}>{p.heading}</h2>
      {p.calls.length === 0 ? (
        <p>{p.empty}</p>
      ) : (
        <ul className="call-list">
          {p.calls.map((c) => (
            <li key={c.id}>
              <h3>
                <Link to={`/utlysningar/${c.id}`}>{c.title}</Link>
              </h3>
              <p className="muted">{c.funder.name}</p>
              <CallFactsShort call={c} />
              {c.budgetOre !== null && (
                <p>
                  {x.budget}: {formatSek(ore(c.budgetOre))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
