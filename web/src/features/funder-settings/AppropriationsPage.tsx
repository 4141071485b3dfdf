import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../session.js';
import { getAppropriations, getProgrammes, type AppropriationView, type ProgrammeView } from './admin-api.js';
import { FunderPicker, useAdminFunders } from './admin-funder.js';
import { AppropriationEditor } from './AppropriationEditor.js';
import { ProgrammeEditor } from './ProgrammeEditor.js';
import { useAdminTexts } from './texts.js';
import './funder-settings.css';

/** A button that opens the form for a new item and moves focus into it. */
function AddButton({ label, focusId, onAdd }: { label: string; focusId: string; onAdd: () => void }) {
  return (
    <p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          onAdd();
          requestAnimationFrame(() => document.getElementById(focusId)?.focus());
        }}
      >
        {label}
      </button>
    </p>
  );
}

/** /admin/anslag: the funder's appropriations with their year budgets, and its programmes. */
export function AppropriationsPage() {
  const at = useAdminTexts();
  const { opts } = useSession();
  const admin = useAdminFunders();
  const funderId = admin.funder?.id;
  const [appropriations, setAppropriations] = useState<AppropriationView[] | null>(null);
  const [programmes, setProgrammes] = useState<ProgrammeView[]>([]);
  // Separate, so that opening one new form never closes the other and loses what was typed in it.
  const [addingAppropriation, setAddingAppropriation] = useState(false);
  const [addingProgramme, setAddingProgramme] = useState(false);
  const [loadError, setLoadError] = useState(false);
  // What a new-item form just created: its own form takes over and says it was saved.
  const [created, setCreated] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${at.budgetTitle} – Bidra`;
  }, [at]);
  useEffect(() => {
    if (!funderId) return;
    Promise.all([getAppropriations(funderId, opts), getProgrammes(funderId, opts)]).then(
      ([a, p]) => {
        setAppropriations(a);
        setProgrammes(p);
      },
      () => setLoadError(true),
    );
  }, [funderId, opts]);

  if (admin.funders !== undefined && !admin.funder) {
    return (
      <>
        <h1>{at.budgetTitle}</h1>
        <p>{at.notAdmin}</p>
      </>
    );
  }
  if (loadError) return <p>{at.loadError}</p>;
  if (!funderId || !appropriations) return <p>{at.loading}</p>;

  const upsert = <T extends { id: string }>(list: T[], item: T) =>
    list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];

  return (
    <>
      <h1>{at.budgetTitle}</h1>
      <FunderPicker admin={admin} />
      <section aria-labelledby="appropriations-heading">
        <h2 id="appropriations-heading">{at.appropriations}</h2>
        <p className="hint">{at.appropriationsHint}</p>
        {appropriations.length === 0 && !addingAppropriation && <p>{at.noAppropriations}</p>}
        {appropriations.map((a) => (
          <AppropriationEditor
            key={a.id}
            funderId={funderId}
            appropriation={a}
            prefix={`ap-${a.id}`}
            notice={a.id === created ? at.appropriationSaved : ''}
            onSaved={(saved) => setAppropriations((list) => upsert(list ?? [], saved))}
          />
        ))}
        {addingAppropriation ? (
          <AppropriationEditor
            funderId={funderId}
            appropriation={null}
            prefix="ap-new"
            onSaved={(saved) => {
              setAppropriations((list) => upsert(list ?? [], saved));
              setCreated(saved.id);
              setAddingAppropriation(false);
              requestAnimationFrame(() => document.getElementById(`ap-${saved.id}-heading`)?.focus());
            }}
          />
        ) : (
          <AddButton
            label={at.newAppropriation}
            focusId="ap-new-expenditureArea"
            onAdd={() => setAddingAppropriation(true)}
          />
        )}
      </section>
      <section aria-labelledby="programmes-heading">
        <h2 id="programmes-heading">{at.programmes}</h2>
        <p className="hint">{at.programmesHint}</p>
        {programmes.length === 0 && !addingProgramme && <p>{at.noProgrammes}</p>}
        {programmes.map((p) => (
          <ProgrammeEditor
            key={p.id}
            funderId={funderId}
            programme={p}
            prefix={`pr-${p.id}`}
            notice={p.id === created ? at.programmeSaved : ''}
            onSaved={(saved) => setProgrammes((list) => upsert(list, saved))}
          />
        ))}
        {addingProgramme ? (
          <ProgrammeEditor
            funderId={funderId}
            programme={null}
            prefix="pr-new"
            onSaved={(saved) => {
              setProgrammes((list) => upsert(list, saved));
              setCreated(saved.id);
              setAddingProgramme(false);
              requestAnimationFrame(() => document.getElementById(`pr-${saved.id}-heading`)?.focus());
            }}
          />
        ) : (
          <AddButton label={at.newProgramme} focusId="pr-new-name" onAdd={() => setAddingProgramme(true)} />
        )}
      </section>
      <p>
        <Link to="/admin">{at.toAdmin}</Link>
      </p>
    </>
  );
}
