import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function FunderSettingsPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Stödgivarens inställningar' : 'Funder settings'}</h1>;
}
