import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../session.js';
import { getAspects, getStrategies, type AspectView, type StrategyView } from './admin-api.js';
import { FunderPicker, useAdminFunders } from './admin-funder.js';
import { AspectForm } from './AspectForm.js';
import { StrategyEditor } from './StrategyEditor.js';
import { useAdminTexts } from './texts.js';
import './funder-settings.css';

/** /admin/strategi: the funder's strategies with their priorities, and its assessment aspects. */
export function StrategyPage() {
  const at = useAdminTexts();
  const { opts } = useSession();
  const admin = useAdminFunders();
  const funderId = admin.funder?.id;
  const [strategies, setStrategies] = useState<StrategyView[] | null>(null);
  const [aspects, setAspects] = useState<AspectView[]>([]);
  const [adding, setAdding] = useState(false);
  // The strategy the new-strategy form just created: its own form takes over and says it was saved.
  const [created, setCreated] = useState<string | null>(null);
  const [loadError, setLoadError] = useState(false);

  useEffect(() => {
    document.title = `${at.strategyTitle} – Bidra`;
  }, [at]);
  useEffect(() => {
    if (!funderId) return;
    Promise.all([getStrategies(funderId, opts), getAspects(funderId, opts)]).then(
      ([s, a]) => {
        setStrategies(s);
        setAspects(a);
      },
      () => setLoadError(true),
    );
  }, [funderId, opts]);

  if (admin.funders !== undefined && !admin.funder) {
    return (
      <>
        <h1>{at.strategyTitle}</h1>
        <p>{at.notAdmin}</p>
      </>
    );
  }
  if (loadError) return <p>{at.loadError}</p>;
  if (!funderId || !strategies) return <p>{at.loading}</p>;

  const replaceStrategy = (s: StrategyView) =>
    setStrategies((list) => (list ?? []).map((x) => (x.id === s.id ? s : x)));
  const replaceAspect = (a: AspectView) => setAspects((list) => list.map((x) => (x.id === a.id ? a : x)));

  return (
    <>
      <h1>{at.strategyTitle}</h1>
      <FunderPicker admin={admin} />
      <section aria-labelledby="strategies-heading">
        <h2 id="strategies-heading">{at.strategies}</h2>
        {strategies.length === 0 && !adding && <p>{at.noStrategies}</p>}
        {strategies.map((s) => (
          <StrategyEditor
            key={s.id}
            funderId={funderId}
            strategy={s}
            prefix={`s-${s.id}`}
            notice={s.id === created ? at.strategySaved : ''}
            onSaved={replaceStrategy}
          />
        ))}
        {adding ? (
          <StrategyEditor
            funderId={funderId}
            strategy={null}
            prefix="s-new"
            onSaved={(s) => {
              setStrategies((list) => [...(list ?? []), s]);
              setCreated(s.id);
              setAdding(false);
              requestAnimationFrame(() => document.getElementById(`s-${s.id}-heading`)?.focus());
            }}
          />
        ) : (
          <p>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setAdding(true);
                requestAnimationFrame(() => document.getElementById('s-new-name')?.focus());
              }}
            >
              {at.newStrategy}
            </button>
          </p>
        )}
      </section>
      <section aria-labelledby="aspects-heading">
        <h2 id="aspects-heading">{at.aspects}</h2>
        <p className="hint">{at.aspectsHint}</p>
        {aspects.length === 0 && <p>{at.noAspects}</p>}
        {aspects.map((a) => (
          <AspectForm key={a.id} funderId={funderId} aspect={a} prefix={`a-${a.id}`} onSaved={replaceAspect} />
        ))}
        <AspectForm
          funderId={funderId}
          aspect={null}
          prefix="a-new"
          onSaved={(a) => setAspects((list) => [...list, a])}
        />
      </section>
      <p>
        <Link to="/admin">{at.toAdmin}</Link>
      </p>
    </>
  );
}
