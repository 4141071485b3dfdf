import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function OrganisationPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Min organisation' : 'My organisation'}</h1>;
}
