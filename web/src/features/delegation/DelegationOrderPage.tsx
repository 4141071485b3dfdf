import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatSek, ore } from '../../../../src/domain/index.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { FieldError, TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { useLoad } from '../../use-load.js';
import { FunderPicker, useAdminFunders } from '../funder-settings/admin-funder.js';
import { kronorToOre, useFormProblems } from '../funder-settings/form-problems.js';
import '../funder-settings/funder-settings.css';
import {
  createDelegationOrder,
  DECISION_KINDS,
  getDelegationOrders,
  type DecisionKind,
  type DelegationOrderView,
} from './delegation-api.js';
import { useDelegationTexts } from './texts.js';

interface PointRow {
  key: string;
  number: string;
  text: string;
  kinds: DecisionKind[];
  capacity: string;
  limit: string;
  report: boolean;
}

let nextKey = 0;
const emptyPoint = (): PointRow => ({
  key: `p-${nextKey++}`,
  number: '',
  text: '',
  kinds: [],
  capacity: '',
  limit: '',
  report: true,
});
/** A new version starts from the points in force, to be changed where the committee changed them. */
const rowsOf = (o: DelegationOrderView | undefined): PointRow[] =>
  o
    ? o.points.map((p) => ({
        key: `p-${nextKey++}`,
        number: p.number,
        text: p.text,
        kinds: p.decisionKinds.filter((k): k is DecisionKind => (DECISION_KINDS as readonly string[]).includes(k)),
        capacity: p.deciderCapacity ?? '',
        limit: p.amountLimitOre === null ? '' : formatSek(ore(p.amountLimitOre)),
        report: p.reportToCommittee,
      }))
    : [emptyPoint()];

/** /admin/delegationsordning: the versions of the funder's delegation order, its points, and a new version. */
export function DelegationOrderPage() {
  const dt = useDelegationTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const admin = useAdminFunders();
  const funderId = admin.funder?.id;
  const {
    data: orders,
    error: loadError,
    reload,
  } = useLoad(
    (signal) => (funderId ? getDelegationOrders(funderId, { ...opts, signal }) : Promise.resolve(null)),
    [funderId, opts],
  );
  // Kept here, not in the form: saving makes a new version in force, and the form is remade from it.
  const [savedNotice, setSavedNotice] = useState('');

  useEffect(() => {
    document.title = `${dt.title} – Bidra`;
  }, [dt]);

  if (admin.funders !== undefined && !admin.funder) {
    return (
      <>
        <h1>{dt.title}</h1>
        <p>{dt.notAdmin}</p>
      </>
    );
  }
  if (loadError) return <p role="alert">{dt.loadError}</p>;
  if (!funderId || !orders) return <p>{dt.loading}</p>;
  const current = orders.find((o) => o.inForce);
  const kindsText = (kinds: string[]) => kinds.map((k) => dt.kind[k as DecisionKind] ?? k).join(', ');

  return (
    <>
      <h1>{dt.title}</h1>
      <FunderPicker admin={admin} />
      <p className="lead">{dt.intro}</p>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{dt.versions}</h2>
        {orders.length === 0 ? (
          <p>{dt.noVersions}</p>
        ) : (
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{dt.validFrom}</th>
                <th scope="col">{dt.adoptedBy}</th>
                <th scope="col">{dt.chair}</th>
                <th scope="col">{dt.status}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id}>
                  <td>{o.validFrom}</td>
                  <td>{o.adoptedBy ?? ''}</td>
                  <td>{o.chairCapacity ?? ''}</td>
                  <td>
                    {o.inForce ? <strong>{dt.inForce}</strong> : dt.notInForce}
                    {o.decisionsRelyingOn > 0 && <>, {dt.relying(o.decisionsRelyingOn)}</>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {current && (
        <section aria-labelledby="points-heading">
          <h2 id="points-heading">{dt.pointsInForce}</h2>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{dt.number}</th>
                <th scope="col">{dt.text}</th>
                <th scope="col">{dt.kinds}</th>
                <th scope="col">{dt.decider}</th>
                <th scope="col" className="num">
                  {dt.limit}
                </th>
                <th scope="col">{dt.report}</th>
              </tr>
            </thead>
            <tbody>
              {current.points.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.number}</th>
                  <td>{p.text}</td>
                  <td>{kindsText(p.decisionKinds)}</td>
                  <td>{p.deciderCapacity ?? dt.anyDecider}</td>
                  <td className="num">{p.amountLimitOre === null ? dt.noLimit : formatSek(ore(p.amountLimitOre))}</td>
                  <td>{p.reportToCommittee ? dt.yes : dt.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <NewVersionForm
        key={current?.id ?? 'none'}
        funderId={funderId}
        from={current}
        lang={lang}
        onEdit={() => setSavedNotice('')}
        onSaved={() => {
          setSavedNotice(dt.saved);
          // Which version is in force is the server's to say: the list is read again.
          reload();
        }}
      />
      <p role="status" className="notice-ok">
        {savedNotice}
      </p>
      <p>
        <Link to="/admin">{dt.toAdmin}</Link>
      </p>
    </>
  );
}

function NewVersionForm({
  funderId,
  from,
  lang,
  onEdit,
  onSaved,
}: {
  funderId: string;
  from: DelegationOrderView | undefined;
  lang: 'sv' | 'en';
  onEdit: () => void;
  onSaved: (o: DelegationOrderView) => void;
}) {
  const dt = useDelegationTexts();
  const { opts } = useSession();
  const problems = useFormProblems();
  const [validFrom, setValidFrom] = useState('');
  const [adoptedBy, setAdoptedBy] = useState('');
  const [chair, setChair] = useState(from?.chairCapacity ?? '');
  const [points, setPoints] = useState<PointRow[]>(() => rowsOf(from));
  const [busy, setBusy] = useState(false);
  const pid = (p: PointRow, f: string) => `dp-${p.key}-${f}`;
  const update = (key: string, patch: Partial<PointRow>) => {
    onEdit();
    setPoints((ps) => ps.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: SummaryItem[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validFrom.trim())) found.push({ fieldId: 'dp-validFrom', message: dt.dateInvalid });
    const body = points.map((p, i) => {
      const limit = kronorToOre(p.limit);
      if (p.number.trim() === '')
        found.push({
          fieldId: pid(p, 'number'),
          message: `${dt.pointHeading(i + 1)}: ${dt.required(dt.number.toLowerCase())}`,
        });
      if (p.text.trim() === '')
        found.push({
          fieldId: pid(p, 'text'),
          message: `${dt.pointHeading(i + 1)}: ${dt.required(dt.text.toLowerCase())}`,
        });
      if (p.kinds.length === 0)
        found.push({ fieldId: pid(p, 'kinds'), message: `${dt.pointHeading(i + 1)}: ${dt.kindsRequired}` });
      if (limit === undefined)
        found.push({ fieldId: pid(p, 'limit'), message: `${dt.pointHeading(i + 1)}: ${dt.amountInvalid}` });
      return {
        number: p.number.trim(),
        text: p.text.trim(),
        decisionKinds: p.kinds,
        deciderCapacity: p.capacity.trim() || null,
        amountLimitOre: limit ?? null,
        reportToCommittee: p.report,
      };
    });
    if (found.length > 0) return problems.fail(found);
    problems.clear();
    const fields: Record<string, string> = {
      validFrom: 'dp-validFrom',
      adoptedBy: 'dp-adoptedBy',
      chairCapacity: 'dp-chair',
      points: 'dp-add',
    };
    points.forEach((p, i) => {
      for (const f of ['number', 'text', 'decisionKinds', 'deciderCapacity', 'amountLimitOre', 'deciderRole']) {
        const id = {
          decisionKinds: 'kinds',
          deciderCapacity: 'capacity',
          amountLimitOre: 'limit',
          deciderRole: 'capacity',
        }[f as 'decisionKinds'];
        fields[`points.${i}.${f}`] = pid(p, id ?? f);
      }
    });
    setBusy(true);
    try {
      const result = await createDelegationOrder(
        funderId,
        {
          validFrom: validFrom.trim(),
          adoptedBy: adoptedBy.trim() || null,
          chairCapacity: chair.trim() || null,
          points: body,
        },
        opts,
      );
      onSaved(result);
    } catch (error) {
      problems.fail(problemItems(error, lang, dt.error, fields));
    } finally {
      setBusy(false);
    }
  };

  const inline = problems.inline;
  return (
    <form className="box" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="dp-heading">
      <h2 id="dp-heading">{dt.newVersion}</h2>
      <p className="hint">{dt.newVersionHint}</p>
      <ErrorSummary items={problems.items} ref={problems.ref} />
      <div className="field-row">
        <TextField
          id="dp-validFrom"
          label={dt.validFrom}
          hint={dt.validFromHint}
          value={validFrom}
          onChange={setValidFrom}
          width="short"
          error={inline('dp-validFrom')}
        />
        <TextField
          id="dp-adoptedBy"
          label={dt.adoptedBy}
          hint={dt.adoptedByHint}
          value={adoptedBy}
          onChange={setAdoptedBy}
          error={inline('dp-adoptedBy')}
        />
      </div>
      <TextField
        id="dp-chair"
        label={dt.chair}
        hint={dt.chairHint}
        value={chair}
        onChange={setChair}
        error={inline('dp-chair')}
      />
      {points.map((p, i) => (
        <fieldset key={p.key} className="box">
          <legend>{dt.pointHeading(i + 1)}</legend>
          <div className="field-row">
            <TextField
              id={pid(p, 'number')}
              label={dt.number}
              value={p.number}
              onChange={(v) => update(p.key, { number: v })}
              width="short"
              error={inline(pid(p, 'number'))}
            />
            <TextField
              id={pid(p, 'capacity')}
              label={dt.decider}
              hint={dt.capacityHint}
              value={p.capacity}
              onChange={(v) => update(p.key, { capacity: v })}
              error={inline(pid(p, 'capacity'))}
            />
            <TextField
              id={pid(p, 'limit')}
              label={dt.limit}
              hint={dt.limitHint}
              value={p.limit}
              onChange={(v) => update(p.key, { limit: v })}
              width="short"
              error={inline(pid(p, 'limit'))}
            />
          </div>
          <TextField
            id={pid(p, 'text')}
            label={dt.text}
            value={p.text}
            onChange={(v) => update(p.key, { text: v })}
            multiline
            error={inline(pid(p, 'text'))}
          />
          <fieldset
            id={pid(p, 'kinds')}
            tabIndex={-1}
            aria-describedby={inline(pid(p, 'kinds')) ? `${pid(p, 'kinds')}-error` : undefined}
          >
            <legend>{dt.kinds}</legend>
            <FieldError id={pid(p, 'kinds')} error={inline(pid(p, 'kinds'))} />
            {DECISION_KINDS.map((k) => (
              <label key={k} className="checkbox">
                <input
                  type="checkbox"
                  checked={p.kinds.includes(k)}
                  onChange={(e) =>
                    update(p.key, { kinds: e.target.checked ? [...p.kinds, k] : p.kinds.filter((x) => x !== k) })
                  }
                />{' '}
                {dt.kind[k]}
              </label>
            ))}
          </fieldset>
          <label className="checkbox">
            <input type="checkbox" checked={p.report} onChange={(e) => update(p.key, { report: e.target.checked })} />{' '}
            {dt.report}
          </label>
          {points.length > 1 && (
            <p>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setPoints((ps) => ps.filter((x) => x.key !== p.key));
                  requestAnimationFrame(() => document.getElementById('dp-add')?.focus());
                }}
              >
                {dt.removePoint(i + 1)}
              </button>
            </p>
          )}
        </fieldset>
      ))}
      <div className="actions">
        <button
          type="button"
          id="dp-add"
          className="secondary"
          onClick={() => {
            const row = emptyPoint();
            setPoints((ps) => [...ps, row]);
            requestAnimationFrame(() => document.getElementById(pid(row, 'number'))?.focus());
          }}
        >
          {dt.addPoint}
        </button>
        <button type="submit" disabled={busy}>
          {dt.save}
        </button>
      </div>
    </form>
  );
}
