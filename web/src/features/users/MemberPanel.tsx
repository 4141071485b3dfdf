import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SummaryItem } from '../../components/ErrorSummary.js';
import { roleFieldMap, RoleFields, roleProblems, type RoleDraft } from './RoleFields.js';
import { useUserTexts } from './texts.js';
import type { StaffMember } from './users-api.js';

export type PanelKind = 'roles' | 'disable' | 'enable';

const PREFIX = 'edit';
export const editFieldMap = roleFieldMap(PREFIX);

/**
 * What an administrator does to one person, opened from the table: change their roles, or confirm
 * disabling or enabling the account. The heading takes focus when it opens, so keyboard and screen
 * reader users land on it.
 */
export function MemberPanel(p: {
  kind: PanelKind;
  member: StaffMember;
  busy: boolean;
  onSaveRoles: (d: RoleDraft) => void;
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
  useEffect(() => heading.current?.focus(), [p.kind, p.member.id]);

  const name = p.member.displayName;
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
