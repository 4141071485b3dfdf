import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function ResetPasswordPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Nytt lösenord' : 'New password'}</h1>;
}
