import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function CreateFunderPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Ny stödgivare' : 'New funder'}</h1>;
}
