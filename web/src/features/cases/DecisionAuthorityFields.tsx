import { TextField } from '../../components/fields.js';
import type { FieldsProps } from './DecisionGrantFields.js';
import { useCaseTexts } from './texts.js';

/** How the decision is made in the editor: on delegation (its point), at a meeting, or as the chair's urgent decision. */
export function DecisionAuthorityFields({ form: f, update, workspace: w }: Omit<FieldsProps, 'errors'>) {
  const c = useCaseTexts();
  return (
    <>
      <fieldset>
        <legend>{c.howDecided}</legend>
        <div className="radios-inline">
          <span>
            <input
              type="radio"
              id="how-delegation"
              name="how"
              checked={f.how === 'delegation'}
              onChange={() => update({ how: 'delegation' })}
            />
            <label htmlFor="how-delegation">{c.onDelegation}</label>
          </span>
          <span>
            <input
              type="radio"
              id="how-meeting"
              name="how"
              checked={f.how === 'meeting'}
              onChange={() => update({ how: 'meeting' })}
            />
            <label htmlFor="how-meeting">{c.atMeeting}</label>
          </span>
          <span>
            <input
              type="radio"
              id="how-urgent"
              name="how"
              checked={f.how === 'urgent'}
              onChange={() => update({ how: 'urgent' })}
            />
            <label htmlFor="how-urgent">{c.urgent}</label>
          </span>
        </div>
      </fieldset>
      {f.how === 'urgent' ? (
        <>
          <TextField
            id="urgency-ground"
            label={c.urgencyGround}
            multiline
            value={f.urgencyGround}
            onChange={(v) => update({ urgencyGround: v })}
          />
          <TextField
            id="urgency-consulted"
            label={c.urgencyConsulted}
            hint={c.urgencyConsultedHint}
            value={f.urgencyConsulted}
            onChange={(v) => update({ urgencyConsulted: v })}
          />
          <TextField
            id="urgency-consulted-on"
            label={c.urgencyConsultedOn}
            width="short"
            value={f.urgencyConsultedOn}
            onChange={(v) => update({ urgencyConsultedOn: v })}
          />
        </>
      ) : f.how === 'delegation' ? (
        <TextField
          id="delegation-point"
          label={c.delegationPoint}
          hint={c.delegationHint}
          width="short"
          value={f.delegationPoint}
          onChange={(v) => update({ delegationPoint: v })}
        />
      ) : (
        <div className="field">
          <label htmlFor="meeting">{c.meeting}</label>
          <select id="meeting" value={f.meetingId} onChange={(e) => update({ meetingId: e.target.value })}>
            <option value="">{c.chooseMeeting}</option>
            {w.options.meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.heldOn} {m.committeeName}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
