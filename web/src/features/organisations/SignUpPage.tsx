import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function SignUpPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Skapa konto' : 'Create an account'}</h1>;
}
