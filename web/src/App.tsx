import { useMemo, useState } from 'react';
import { LangContext, messages, type Lang } from './i18n.js';
import { ProjectBank } from './ProjectBank.js';

const initialLang = (): Lang => (localStorage.getItem('bidra.lang') === 'en' ? 'en' : 'sv');

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const value = useMemo(
    () => ({
      lang,
      t: messages[lang],
      setLang: (l: Lang) => {
        localStorage.setItem('bidra.lang', l);
        document.documentElement.lang = l;
        setLangState(l);
      },
    }),
    [lang],
  );
  const t = value.t;
  return (
    <LangContext.Provider value={value}>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <span className="brand">{t.appName}</span>
        <span className="section">· {t.projectBank}</span>
        <button
          type="button"
          className="lang"
          lang={lang === 'sv' ? 'en' : 'sv'}
          onClick={() => value.setLang(lang === 'sv' ? 'en' : 'sv')}
        >
          {t.language}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <ProjectBank />
      </main>
    </LangContext.Provider>
  );
}
