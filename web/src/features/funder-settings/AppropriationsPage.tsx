import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function AppropriationsPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Anslag och program' : 'Appropriations and programmes'}</h1>;
}
