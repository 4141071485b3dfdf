import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function VerifyEmailPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Verifiera e-postadress' : 'Verify e-mail address'}</h1>;
}
