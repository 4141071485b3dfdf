import { useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import type { SummaryItem } from '../../components/ErrorSummary.js';
import { useI18n } from '../../i18n.js';
import { fieldOfPath } from './call-form.js';
import { useCallTexts } from './texts.js';

/**
 * What the call edit page tells the person is wrong: errors by field and in the summary, or a problem the
 * server had (with a reload for a conflict); each is focused when it appears.
 */
export function useCallProblems() {
  const { lang } = useI18n();
  const x = useCallTexts();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (summary.length > 0) summaryRef.current?.focus();
  }, [summary]);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  const showProblems = (e: unknown) => {
    if (e instanceof ApiProblem && e.status === 422 && e.issues.length > 0) {
      const errs: Record<string, string> = {};
      const items: SummaryItem[] = [];
      for (const i of e.issues.filter((i) => i.severity === 'error')) {
        const fieldId = fieldOfPath(i.path);
        if (fieldId) errs[fieldId] = [errs[fieldId], i.message[lang]].filter(Boolean).join(' ');
        items.push({ fieldId, message: i.message[lang] });
      }
      setFieldErrors(errs);
      setSummary(items);
    } else {
      setProblem({
        message: e instanceof ApiProblem ? e.detail : x.error,
        conflict: e instanceof ApiProblem && e.status === 409,
      });
    }
  };

  return {
    fieldErrors,
    setFieldErrors,
    summary,
    setSummary,
    problem,
    setProblem,
    summaryRef,
    problemRef,
    showProblems,
  };
}
