import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { saveAspect, type AspectView } from './admin-api.js';
import { useFormProblems } from './form-problems.js';
import { useAdminTexts } from './texts.js';

/**
 * One assessment aspect: its name, the policy it comes from and whether it is offered for new
 * assessments. Without `aspect` it adds a new one and empties itself for the next.
 */
export function AspectForm({
  funderId,
  aspect,
  prefix,
  onSaved,
}: {
  funderId: string;
  aspect: AspectView | null;
  prefix: string;
  onSaved: (a: AspectView) => void;
}) {
  const at = useAdminTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const problems = useFormProblems();
  const [name, setName] = useState(aspect?.name ?? '');
  const [policy, setPolicy] = useState(aspect?.policy ?? '');
  const [active, setActive] = useState(aspect?.active ?? true);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `${prefix}-${f}`;
  const heading = aspect ? aspect.name : at.newAspect;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved('');
    if (name.trim() === '') return problems.fail([{ fieldId: id('name'), message: at.required(at.aspectName) }]);
    problems.clear();
    setBusy(true);
    try {
      const result = await saveAspect(funderId, aspect ?? null, { name, policy: policy.trim() || null, active }, opts);
      setSaved(at.aspectSaved(result.name));
      if (!aspect) {
        setName('');
        setPolicy('');
        setActive(true);
      }
      onSaved(result);
    } catch (error) {
      problems.fail(problemItems(error, lang, at.error, { name: id('name'), policy: id('policy') }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="box" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={id('heading')}>
      <h3 id={id('heading')}>{heading}</h3>
      <ErrorSummary items={problems.items} ref={problems.ref} />
      <div className="field-row">
        <TextField
          id={id('name')}
          label={at.aspectName}
          value={name}
          onChange={setName}
          error={problems.inline(id('name'))}
          width="medium"
        />
        <TextField
          id={id('policy')}
          label={at.aspectPolicy}
          hint={at.aspectPolicyHint}
          value={policy}
          onChange={setPolicy}
          error={problems.inline(id('policy'))}
        />
      </div>
      <div className="checkbox">
        <input type="checkbox" id={id('active')} checked={active} onChange={(e) => setActive(e.target.checked)} />
        <label htmlFor={id('active')}>{at.active}</label>
      </div>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {aspect ? at.saveAspect(aspect.name) : at.addAspect}
        </button>
        <p role="status" className="notice-ok">
          {saved}
        </p>
      </div>
    </form>
  );
}
