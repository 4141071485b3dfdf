import type { SummaryItem } from '../../components/ErrorSummary.js';
import { describedBy, FieldError, TextField } from '../../components/fields.js';
import { useUserTexts } from './texts.js';
import { STAFF_ROLES, type RoleChoice } from './users-api.js';

/** The roles being chosen in a form, and the decision maker's capacity (kept even while unticked). */
export interface RoleDraft {
  roles: string[];
  capacity: string;
}

export const emptyRoles: RoleDraft = { roles: [], capacity: '' };

export const toRoleChoices = (d: RoleDraft): RoleChoice[] =>
  STAFF_ROLES.filter((r) => d.roles.includes(r)).map((role) => ({
    role,
    capacity: role === 'decision_maker' ? d.capacity.trim() : null,
  }));

/** The same checks the server makes, so most mistakes are shown before a round trip. */
export function roleProblems(d: RoleDraft, prefix: string, ut: ReturnType<typeof useUserTexts>): SummaryItem[] {
  if (d.roles.length === 0) return [{ fieldId: `${prefix}-role-${STAFF_ROLES[0]}`, message: ut.rolesMissing }];
  if (d.roles.includes('decision_maker') && !d.capacity.trim())
    return [{ fieldId: `${prefix}-capacity`, message: ut.capacityRequired }];
  return [];
}

/** Where the server's field paths land in a role form. */
export const roleFieldMap = (prefix: string): Record<string, string> => ({
  roles: `${prefix}-role-${STAFF_ROLES[0]}`,
  capacity: `${prefix}-capacity`,
});

/**
 * Role checkboxes (GOV.UK: a fieldset with a legend, a hint, the error above the options) and, when
 * decision maker is ticked, the capacity the person decides in.
 */
export function RoleFields(p: {
  prefix: string;
  value: RoleDraft;
  onChange: (d: RoleDraft) => void;
  errorOf: (fieldId: string) => string | undefined;
}) {
  const ut = useUserTexts();
  const legendId = `${p.prefix}-roles`;
  const rolesError = p.errorOf(`${p.prefix}-role-${STAFF_ROLES[0]}`);
  const toggle = (role: string, on: boolean) =>
    p.onChange({ ...p.value, roles: on ? [...p.value.roles, role] : p.value.roles.filter((r) => r !== role) });
  return (
    <>
      <fieldset
        className={rolesError ? 'field-invalid' : undefined}
        aria-describedby={describedBy(legendId, ut.rolesHint, rolesError)}
      >
        <legend>{ut.rolesLegend}</legend>
        <p id={`${legendId}-hint`} className="hint">
          {ut.rolesHint}
        </p>
        <FieldError id={legendId} error={rolesError} />
        {STAFF_ROLES.map((role) => {
          const id = `${p.prefix}-role-${role}`;
          return (
            <div className="checkbox" key={role}>
              <input
                type="checkbox"
                id={id}
                checked={p.value.roles.includes(role)}
                onChange={(e) => toggle(role, e.target.checked)}
                aria-describedby={`${id}-hint`}
              />
              <label htmlFor={id}>{ut.roleName(role)}</label>
              <span id={`${id}-hint`} className="hint">
                {' '}
                – {ut.roleHint(role)}
              </span>
            </div>
          );
        })}
      </fieldset>
      {p.value.roles.includes('decision_maker') && (
        <TextField
          id={`${p.prefix}-capacity`}
          label={ut.capacity}
          hint={ut.capacityHint}
          value={p.value.capacity}
          onChange={(capacity) => p.onChange({ ...p.value, capacity })}
          error={p.errorOf(`${p.prefix}-capacity`)}
        />
      )}
    </>
  );
}
