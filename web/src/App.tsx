import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, NavLink, Route, Routes, useLocation, useNavigate } from 'react-router';
import { LangContext, messages, useI18n, type Lang } from './i18n.js';
import { ProjectBank } from './ProjectBank.js';
import { ProjectPage } from './features/projectbank/ProjectPage.js';
import { ApplicationEditorPage } from './features/applications/ApplicationEditorPage.js';
import { NewApplicationPage } from './routes/NewApplicationPage.js';
import { MyCasesPage } from './routes/MyCasesPage.js';
import { SignInPage } from './routes/SignInPage.js';
import { InboxPage } from './routes/InboxPage.js';
import { CasePage } from './routes/CasePage.js';
import { AssessmentPage } from './features/cases/AssessmentPage.js';
import { DecisionPage } from './features/cases/DecisionPage.js';
import { ImportPage } from './features/imports/ImportPage.js';
import { PortfolioPage } from './features/portfolio/PortfolioPage.js';
import { GanttPage } from './features/portfolio/GanttPage.js';
import { StateDecisionsPage } from './features/state-allocations/StateDecisionsPage.js';
import { StateDecisionPage } from './features/state-allocations/StateDecisionPage.js';
import { AllocationPage } from './features/state-allocations/AllocationPage.js';
import { DeadlineCalendarPage } from './features/state-allocations/DeadlineCalendarPage.js';
import { StateAllocationsNavLink } from './features/state-allocations/StateAllocationsNavLink.js';
import { MyProjectsPage } from './features/amendments/MyProjectsPage.js';
import { AmendmentRequestPage } from './features/amendments/AmendmentRequestPage.js';
import { AmendmentDecisionPage } from './features/amendments/AmendmentDecisionPage.js';
import { ProjectVersionsPage } from './features/amendments/ProjectVersionsPage.js';
import { MyProjectsNavLink } from './features/amendments/MyProjectsNavLink.js';
import { PaymentsPage } from './features/payments/PaymentsPage.js';
import { ProjectPaymentsPage } from './features/payments/ProjectPaymentsPage.js';
import { PaymentRequestPage } from './features/payments/PaymentRequestPage.js';
import { PaymentsNavLink } from './features/payments/PaymentsNavLink.js';
import { ClosurePage } from './features/closure/ClosurePage.js';
import { MeetingsPage } from './features/meetings/MeetingsPage.js';
import { MeetingPage } from './features/meetings/MeetingPage.js';
import { PublicPressReleasePage, PublicPressReleasesPage } from './features/meetings/PublicPressReleasePages.js';
import { MeetingsNavLink } from './features/meetings/MeetingsNavLink.js';
import { SessionProvider, useSession } from './session.js';
import { InvitationPage } from './features/users/InvitationPage.js';
import { ForgotPasswordPage } from './features/users/ForgotPasswordPage.js';
import { ResetPasswordPage } from './features/users/ResetPasswordPage.js';
import { UsersAdminPage } from './features/users/UsersAdminPage.js';
import { SignUpPage } from './features/organisations/SignUpPage.js';
import { VerifyEmailPage } from './features/organisations/VerifyEmailPage.js';
import { OrganisationPage } from './features/organisations/OrganisationPage.js';
import { OrganisationNavLink } from './features/organisations/OrganisationNavLink.js';
import { AdminHomePage } from './features/funder-settings/AdminHomePage.js';
import { FunderSettingsPage } from './features/funder-settings/FunderSettingsPage.js';
import { StrategyPage } from './features/funder-settings/StrategyPage.js';
import { AppropriationsPage } from './features/funder-settings/AppropriationsPage.js';
import { DelegationOrderPage } from './features/delegation/DelegationOrderPage.js';
import { CreateFunderPage } from './features/funder-settings/CreateFunderPage.js';
import { AdminNavLink } from './features/funder-settings/AdminNavLink.js';
import { PublicCallsPage } from './features/calls/PublicCallsPage.js';
import { PublicCallPage } from './features/calls/PublicCallPage.js';
import { CallsAdminPage } from './features/calls/CallsAdminPage.js';
import { CallEditPage } from './features/calls/CallEditPage.js';
import { CallsNavLink } from './features/calls/CallsNavLink.js';

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
              <Route path="/projekt/:id" element={<ProjectPage />} />
              <Route path="/logga-in" element={<SignInPage />} />
              <Route path="/mina-arenden" element={<RequireSession page={<MyCasesPage />} />} />
              <Route path="/ansokan/ny" element={<RequireSession page={<NewApplicationPage />} />} />
              <Route path="/ansokan/:caseId" element={<RequireSession page={<ApplicationEditorPage />} />} />
              <Route path="/inkorg" element={<RequireSession page={<InboxPage />} />} />
              <Route path="/arenden/:caseId" element={<RequireSession page={<CasePage />} />} />
              <Route path="/arenden/:caseId/bedomning" element={<RequireSession page={<AssessmentPage />} />} />
              <Route path="/arenden/:caseId/beslut" element={<RequireSession page={<DecisionPage />} />} />
              <Route path="/importera" element={<RequireSession page={<ImportPage />} />} />
              <Route path="/portfolj" element={<RequireSession page={<PortfolioPage />} />} />
              <Route path="/projekt/:projectId/tidplan" element={<RequireSession page={<GanttPage />} />} />
              <Route path="/statliga-medel" element={<RequireSession page={<StateDecisionsPage />} />} />
              <Route path="/statliga-medel/frister" element={<RequireSession page={<DeadlineCalendarPage />} />} />
              <Route path="/statliga-medel/tilldelning/:id" element={<RequireSession page={<AllocationPage />} />} />
              <Route path="/statliga-medel/:id" element={<RequireSession page={<StateDecisionPage />} />} />
              <Route path="/mina-projekt" element={<RequireSession page={<MyProjectsPage />} />} />
              <Route path="/andringar/:caseId" element={<RequireSession page={<AmendmentRequestPage />} />} />
              <Route
                path="/arenden/:caseId/andringsbeslut"
                element={<RequireSession page={<AmendmentDecisionPage />} />}
              />
              <Route path="/projekt/:projectId/versioner" element={<RequireSession page={<ProjectVersionsPage />} />} />
              <Route path="/utbetalningar" element={<RequireSession page={<PaymentsPage />} />} />
              <Route
                path="/utbetalningar/projekt/:projectId"
                element={<RequireSession page={<ProjectPaymentsPage />} />}
              />
              <Route path="/utbetalningar/:id" element={<RequireSession page={<PaymentRequestPage />} />} />
              <Route path="/projekt/:projectId/avslut" element={<RequireSession page={<ClosurePage />} />} />
              <Route path="/sammantraden" element={<RequireSession page={<MeetingsPage />} />} />
              <Route path="/sammantraden/:meetingId" element={<RequireSession page={<MeetingPage />} />} />
              <Route path="/pressmeddelanden" element={<PublicPressReleasesPage />} />
              <Route path="/pressmeddelanden/:id" element={<PublicPressReleasePage />} />
              {/* Accounts: links from e-mail (the token in the query string) and the public sign-up. */}
              <Route path="/inbjudan" element={<InvitationPage />} />
              <Route path="/glomt-losenord" element={<ForgotPasswordPage />} />
              <Route path="/nytt-losenord" element={<ResetPasswordPage />} />
              <Route path="/registrera" element={<SignUpPage />} />
              <Route path="/verifiera-epost" element={<VerifyEmailPage />} />
              <Route path="/organisation" element={<RequireSession page={<OrganisationPage />} />} />
              {/* Calls for proposals: public, and kept by the funder's administrators. */}
              <Route path="/utlysningar" element={<PublicCallsPage />} />
              <Route path="/utlysningar/:callId" element={<PublicCallPage />} />
              {/* Administration of a funder (its administrators) and of the installation. */}
              <Route path="/admin" element={<RequireSession page={<AdminHomePage />} />} />
              <Route path="/admin/anvandare" element={<RequireSession page={<UsersAdminPage />} />} />
              <Route path="/admin/installningar" element={<RequireSession page={<FunderSettingsPage />} />} />
              <Route path="/admin/strategi" element={<RequireSession page={<StrategyPage />} />} />
              <Route path="/admin/anslag" element={<RequireSession page={<AppropriationsPage />} />} />
              <Route path="/admin/delegationsordning" element={<RequireSession page={<DelegationOrderPage />} />} />
              <Route path="/admin/ny-stodgivare" element={<RequireSession page={<CreateFunderPage />} />} />
              <Route path="/admin/utlysningar" element={<RequireSession page={<CallsAdminPage />} />} />
              <Route path="/admin/utlysningar/:callId" element={<RequireSession page={<CallEditPage />} />} />
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
            {user?.can.apply && (
              <li>
                <NavLink to="/mina-arenden">{t.myCases}</NavLink>
              </li>
            )}
            {user?.can.inbox && (
              <li>
                <NavLink to="/inkorg">{t.inbox}</NavLink>
              </li>
            )}
            {user?.can.importDocuments && (
              <li>
                <NavLink to="/importera">{t.importDocuments}</NavLink>
              </li>
            )}
            {user?.can.portfolio && (
              <li>
                <NavLink to="/portfolj">{t.portfolio}</NavLink>
              </li>
            )}
            <MyProjectsNavLink />
            <StateAllocationsNavLink />
            <PaymentsNavLink />
            <MeetingsNavLink />
            <CallsNavLink />
            <OrganisationNavLink />
            <AdminNavLink />
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
              <span className="user">{t.signedInAs(user.displayName, user.organization?.name ?? null)}</span>
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
