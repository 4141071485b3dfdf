import { useState } from 'react';
import { useMyFunders, type MyFunder } from './my-funders.js';
import { useAdminTexts } from './texts.js';

const CHOSEN = 'bidra.adminFunder';

/** Remembers which funder the administration pages work on, for the rest of the browser session. */
export function rememberAdminFunder(funderId: string): void {
  try {
    sessionStorage.setItem(CHOSEN, funderId);
  } catch {
    // Storage may be unavailable (private mode); the first funder is then used.
  }
}

function remembered(): string | null {
  try {
    return sessionStorage.getItem(CHOSEN);
  } catch {
    return null;
  }
}

export interface AdminFunders {
  /** Undefined while loading; the funders the person administers (possibly none). */
  funders: MyFunder[] | undefined;
  /** The one the pages work on: the one chosen, else the first. */
  funder: MyFunder | undefined;
  choose: (funderId: string) => void;
}

/** The funders whose administrator the signed-in person is, and the one the pages work on. */
export function useAdminFunders(): AdminFunders {
  const all = useMyFunders();
  const [chosen, setChosen] = useState<string | null>(remembered);
  const funders = all?.filter((f) => f.roles.includes('administrator'));
  const funder = funders?.find((f) => f.id === chosen) ?? funders?.[0];
  const choose = (id: string) => {
    rememberAdminFunder(id);
    setChosen(id);
  };
  return { funders, funder, choose };
}

/** A choice of funder, shown only to someone who administers more than one. */
export function FunderPicker({ admin }: { admin: AdminFunders }) {
  const at = useAdminTexts();
  if (!admin.funders || admin.funders.length < 2 || !admin.funder) return null;
  return (
    <div className="field">
      <label htmlFor="admin-funder">{at.funderPicker}</label>
      <select id="admin-funder" value={admin.funder.id} onChange={(e) => admin.choose(e.target.value)}>
        {admin.funders.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </select>
    </div>
  );
}
