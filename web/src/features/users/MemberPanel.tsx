import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isTelephoneNumber } from '../../../../src/domain/index.js';
import type { SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { roleFieldMap, RoleFields, roleProblems, type RoleDraft } from './RoleFields.js';
import { useUserTexts } from './texts.js';
import type { StaffMember } from './users-api.js';

export type PanelKind = 'roles' | 'contact' | 'disable' | 'enable';

const PREFIX = 'edit';
export const editFieldMap = { ...roleFieldMap(PREFIX), title: `${PREFIX}-title`, phone: `${PREFIX}-phone` };

/**
 * What an administrator does to one person, opened from the table: change their roles, their title and
 * telephone (printed where they are a letter's contact), or confirm disabling or enabling the account. The heading takes focus when it opens, so keyboard and screen
 * reader users land on it.
 */
export function MemberPanel(p: {
  kind: PanelKind;
  member: StaffMember;
  busy: boolean;
  onSaveRoles: (d: RoleDraft) => void;
  onSaveContact: (c: { title: string | null; phone: string | null }) => void;
  onConfirm: () => void;
  onCancel: () => void;
  setErrors: (items: SummaryItem[]) => void;
  errorOf: (fieldId: string) => string | undefined;
}) {
  const ut = useUserTexts();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<RoleDraft>(() => ({
    roles: p.member.roles.map((r) => r.role),
    capacity: p.member.roles.find((r) => r.role === 'decision_maker')?.capacity ?? '',
  }));
  const [title, setTitle] = useState(p.member.title ?? '');
  const [phone, setPhone] = useState(p.member.phone ?? '');
  useEffect(() => heading.current?.focus(), [p.kind, p.member.id]);

  const name = p.member.displayName;
  if (p.kind === 'contact') {
    const save = (e: FormEvent) => {
      e.preventDefault();
      if (phone.trim() && !isTelephoneNumber(phone)) {
        return p.setErrors([{ fieldId: `${PREFIX}-phone`, message: ut.phoneInvalid }]);
      }
      p.onSaveContact({ title: title.trim() || null, phone: phone.trim() || null });
    };
    return (
      <section className="box" aria-labelledby="member-panel-heading">
        <h2 id="member-panel-heading" ref={heading} tabIndex={-1}>
          {ut.contactHeading(name)}
        </h2>
        <p>{ut.contactIntro}</p>
        <form className="narrow" onSubmit={save} noValidate>
          <TextField
            id={`${PREFIX}-title`}
            label={ut.inviteTitle}
            hint={ut.inviteTitleHint}
            value={title}
            onChange={setTitle}
            error={p.errorOf(`${PREFIX}-title`)}
          />
          <TextField
            id={`${PREFIX}-phone`}
            label={ut.invitePhone}
            hint={ut.invitePhoneHint}
            type="tel"
            autoComplete="off"
            value={phone}
            onChange={setPhone}
            error={p.errorOf(`${PREFIX}-phone`)}
          />
          <div className="actions">
            <button type="submit" disabled={p.busy}>
              {ut.contactSave}
            </button>
            <button type="button" className="secondary" onClick={p.onCancel}>
              {ut.cancel}
            </button>
          </div>
        </form>
      </section>
    );
  }
  if (p.kind !== 'roles') {
    const disable = p.kind === 'disable';
    return (
      <section className="box" aria-labelledby="member-panel-heading">
        <h2 id="member-panel-heading" ref={heading} tabIndex={-1}>
          {disable ? ut.disableHeading(name) : ut.enableHeading(name)}
        </h2>
        <p>{disable ? ut.disableText : ut.enableText}</p>
        <div className="actions">
          <button type="button" onClick={p.onConfirm} disabled={p.busy}>
            {disable ? ut.disableConfirm : ut.enableConfirm}
          </button>
          <button type="button" className="secondary" onClick={p.onCancel}>
            {ut.cancel}
          </button>
        </div>
      </section>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems = roleProblems(draft, PREFIX, ut);
    if (problems.length) return p.setErrors(problems);
    p.onSaveRoles(draft);
  };
  return (
    <section className="box" aria-labelledby="member-panel-heading">
      <h2 id="member-panel-heading" ref={heading} tabIndex={-1}>
        {ut.rolesHeading(name)}
      </h2>
      <form onSubmit={submit} noValidate>
        <RoleFields prefix={PREFIX} value={draft} onChange={setDraft} errorOf={p.errorOf} />
        <div className="actions">
          <button type="submit" disabled={p.busy}>
            {ut.rolesSave}
          </button>
          <button type="button" className="secondary" onClick={p.onCancel}>
            {ut.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
