import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchMe, logout as apiLogout, type RequestOptions, type Session } from './api.js';
import { useI18n } from './i18n.js';

interface SessionState {
  /** `undefined` while /me is being asked on load, `null` when signed out. */
  session: Session | null | undefined;
  setSession: (s: Session | null) => void;
  signOut: () => Promise<void>;
  /** What every API call needs: the language and, for unsafe methods, the CSRF token (kept in memory only). */
  opts: RequestOptions;
}

const SessionContext = createContext<SessionState>({
  session: null,
  setSession: () => undefined,
  signOut: () => Promise.resolve(),
  opts: { lang: 'sv' },
});
export const useSession = () => useContext(SessionContext);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const [session, setSession] = useState<Session | null | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    fetchMe({ lang: 'sv', signal: controller.signal })
      .then(setSession)
      // 401 means signed out; any other failure also leaves the visitor signed out, able to sign in again.
      .catch(() => {
        if (!controller.signal.aborted) setSession(null);
      });
    return () => controller.abort();
  }, []);

  const opts = useMemo(() => ({ lang, csrfToken: session?.csrfToken ?? null }), [lang, session]);
  const signOut = useCallback(async () => {
    try {
      await apiLogout(opts);
    } finally {
      setSession(null);
    }
  }, [opts]);
  const value = useMemo(() => ({ session, setSession, signOut, opts }), [session, signOut, opts]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
