import { useMyFunders } from '../funder-settings/my-funders.js';

/** The funders whose calls the person may see: administrators keep them, case officers read them. */
export function useCallFunders() {
  const funders = useMyFunders();
  return funders?.filter((f) => f.roles.includes('administrator') || f.roles.includes('case_officer'));
}
