import { useEffect, useMemo, useState } from 'react';
import { addMonths, type LocalDate } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { useSession } from '../../session.js';
import { getRequest, saveRequest, submitRequest, type RequestView } from './amendment-api.js';
import { contentOf, formOf, isEmptyRequest, type RequestForm } from './amendment-request-form.js';
import { noticeOfError, type Notice } from './AmendmentNotice.js';
import { useAmendmentTexts } from './texts.js';

/**
 * An amendment request and the beneficiary's changes to it as typed: loaded, converted to what the API takes (with
 * what cannot be read), saved and submitted; and which checks to show: those of what is typed once the beneficiary
 * has typed, those of the saved version once it asks for something or a save has been tried, and whether what is
 * typed differs from what is saved.
 */
export function useAmendmentRequest(caseId: string) {
  const t = useAmendmentTexts();
  const { opts } = useSession();
  const [view, setView] = useState<RequestView | null>(null);
  const [form, setForm] = useState<RequestForm | null>(null);
  /** The form as last loaded or saved: what is typed is unsaved while it is another. */
  const [savedForm, setSavedForm] = useState<RequestForm | null>(null);
  const [typed, setTyped] = useState(false);
  const [tried, setTried] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getRequest(caseId, { ...opts, signal: controller.signal })
      .then((v) => {
        const loaded = formOf(v);
        setView(v);
        setForm(loaded);
        setSavedForm(loaded);
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted)
          setNotice({ kind: 'error', text: e instanceof ApiProblem ? e.detail : t.loadError });
      });
    return () => controller.abort();
  }, [caseId, opts.csrfToken, tick]);

  const converted = useMemo(() => (form && view ? contentOf(form, view, t) : null), [form, view, t]);
  const newEnd = useMemo(() => {
    if (!view || !converted) return null;
    const end = view.inForce.period?.end as LocalDate | undefined;
    if (converted.content.extendMonths !== null && end) return addMonths(end, converted.content.extendMonths);
    return converted.content.newPeriodEnd;
  }, [view, converted]);

  const reload = () => setTick((x) => x + 1);
  const update = (change: Partial<RequestForm>) => {
    if (!form) return;
    setForm({ ...form, ...change });
    setTyped(true);
    // What was said about the last save or attempt no longer holds; a conflict still needs its reload.
    if (notice && notice.kind !== 'conflict') setNotice(null);
  };
  const fail = (e: unknown) => setNotice(noticeOfError(e, t));
  const save = async (): Promise<RequestView | null> => {
    if (!view || !converted || !form) return null;
    setTried(true);
    if (Object.keys(converted.errors).length > 0) {
      setNotice({ kind: 'error', text: Object.values(converted.errors).join(' ') });
      return null;
    }
    setBusy(true);
    try {
      const saved = await saveRequest(caseId, view.version, converted.content, opts);
      setView(saved);
      setSavedForm(form);
      setNotice({ kind: 'ok', text: t.saved });
      return saved;
    } catch (e) {
      fail(e);
      return null;
    } finally {
      setBusy(false);
    }
  };
  const submit = async () => {
    const saved = await save();
    if (!saved) return;
    setBusy(true);
    submitRequest(caseId, saved.version, opts)
      .then((r) => {
        setNotice({ kind: 'ok', text: t.submitted(r.diaryNumber) });
        setTick((x) => x + 1);
      })
      .catch(fail)
      .finally(() => setBusy(false));
  };

  const checks = {
    /** The live checks of what is typed, once something is. */
    typed,
    /** The saved version's checks: once it asks for something, or once saving it has been tried. */
    saved: tried || (view !== null && !isEmptyRequest(view.content)),
    unsaved: form !== savedForm,
  };

  return { view, form, converted, newEnd, notice, busy, checks, reload, update, save, submit };
}
