import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function UsersAdminPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Användare och roller' : 'Users and roles'}</h1>;
}
