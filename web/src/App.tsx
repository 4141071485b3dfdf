import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, NavLink, Route, Routes, useLocation, useNavigate } from 'react-router';
import { LangContext, messages, useI18n, type Lang } from './i18n.js';
import { ProjectBank } from './ProjectBank.js';
import { ApplicationEditorPage } from './features/applications/ApplicationEditorPage.js';
import { NewApplicationPage } from './routes/NewApplicationPage.js';
import { MyCasesPage } from './routes/MyCasesPage.js';
import { SignInPage } from './routes/SignInPage.js';
import { InboxPage } from './routes/InboxPage.js';
import { CasePage } from './routes/CasePage.js';
import { AssessmentPage } from './features/cases/AssessmentPage.js';
import { DecisionPage } from './features/cases/DecisionPage.js';
import { ImportPage } from './features/imports/ImportPage.js';
import { SessionProvider, useSession } from './session.js';

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
  return (
    <LangContext.Provider value={value}>
      <SessionProvider>
        <BrowserRouter>
          <Layout>
            <Routes>
              <Route path="/" element={<ProjectBank />} />
              <Route path="/projekt" element={<ProjectBank />} />
              <Route path="/logga-in" element={<SignInPage />} />
              <Route path="/mina-arenden" element={<RequireSession page={<MyCasesPage />} />} />
              <Route path="/ansokan/ny" element={<RequireSession page={<NewApplicationPage />} />} />
              <Route path="/ansokan/:caseId" element={<RequireSession page={<ApplicationEditorPage />} />} />
              <Route path="/inkorg" element={<RequireSession page={<InboxPage />} />} />
              <Route path="/arenden/:caseId" element={<RequireSession page={<CasePage />} />} />
              <Route path="/arenden/:caseId/bedomning" element={<RequireSession page={<AssessmentPage />} />} />
              <Route path="/arenden/:caseId/beslut" element={<RequireSession page={<DecisionPage />} />} />
              <Route path="/importera" element={<RequireSession page={<ImportPage />} />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Layout>
        </BrowserRouter>
      </SessionProvider>
    </LangContext.Provider>
  );
}

/** Pages for signed-in people: wait for /me, then either the page or the sign-in page (coming back after). */
function RequireSession({ page }: { page: ReactNode }) {
  const { session } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (session === undefined) return <p>{t.loadingPage}</p>;
  if (session === null) return <Navigate to={`/logga-in?next=${encodeURIComponent(location.pathname)}`} replace />;
  return page;
}

function NotFound() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${t.notFoundTitle} – ${t.appName}`;
  }, [t]);
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>
        {t.notFoundText} <Link to="/">{t.projectBank}</Link>
      </p>
    </>
  );
}

function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const user = session?.user;
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          {t.appName}
        </Link>
        <nav aria-label={t.mainNav} className="site-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t.projectBank}
              </NavLink>
            </li>
            {user && user.roles.some((r) => r.role === 'applicant') && (
              <li>
                <NavLink to="/mina-arenden">{t.myCases}</NavLink>
              </li>
            )}
            {user && user.roles.some((r) => r.role === 'case_officer' || r.role === 'decision_maker') && (
              <li>
                <NavLink to="/inkorg">{t.inbox}</NavLink>
              </li>
            )}
            {user && user.roles.some((r) => r.role === 'case_officer' || r.role === 'administrator') && (
              <li>
                <NavLink to="/importera">{t.importDocuments}</NavLink>
              </li>
            )}
            {session === null && (
              <li>
                <NavLink to="/logga-in">{t.signIn}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="header-end">
          {user && (
            <>
              <span className="user">{t.signedInAs(user.displayName, user.organization.name)}</span>
              <button type="button" className="header-button" onClick={() => void signOut().then(() => navigate('/'))}>
                {t.signOut}
              </button>
            </>
          )}
          <button
            type="button"
            className="header-button"
            lang={lang === 'sv' ? 'en' : 'sv'}
            onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}
          >
            {t.language}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
