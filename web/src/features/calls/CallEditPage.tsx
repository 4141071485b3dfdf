import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function CallEditPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Utlysning' : 'Call for proposals'}</h1>;
}
