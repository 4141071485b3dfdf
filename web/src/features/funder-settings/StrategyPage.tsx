import { useI18n } from '../../i18n.js';

/** Placeholder while the page is being built. */
export function StrategyPage() {
  const { lang } = useI18n();
  return <h1>{lang === 'sv' ? 'Strategi och bedömningsgrunder' : 'Strategy and assessment aspects'}</h1>;
}
