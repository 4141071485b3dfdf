import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function ForgotPasswordPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Glömt lösenord' : 'Forgot password'}</h1>;
}
