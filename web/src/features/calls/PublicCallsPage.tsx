import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function PublicCallsPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Utlysningar' : 'Calls for proposals'}</h1>;
}
