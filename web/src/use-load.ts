import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { ApiProblem } from './api.js';

export interface Loaded<T> {
  /** What was loaded; null until it arrives (and after an error). */
  data: T | null;
  /** Why loading failed; null while loading and after success. */
  error: unknown;
  /** Loads again (after a change elsewhere on the page), keeping what is shown until the answer comes. */
  reload: () => void;
  /** Replaces what is shown with what a change answered, without asking the server again. */
  setData: (data: T) => void;
}

/**
 * The web app's one way to load what a page shows: runs `load` when the page opens and whenever `deps`
 * change, cancels the request when they change again or the page closes (no answer for an old id lands on
 * a new page), and keeps the data, the error and a way to load again.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setData(value);
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      },
    );
    return () => controller.abort();
    // `load` is a new function on every render; what it depends on is listed by the caller in `deps`.
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, error, reload, setData };
}

/** The text a page shows when loading failed: its own sentence, and the server's reason when it gave one. */
export function loadErrorText(error: unknown, sentence: string): string {
  return error instanceof ApiProblem ? `${sentence} ${error.detail}` : sentence;
}
