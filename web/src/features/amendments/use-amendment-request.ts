import { useEffect, useMemo, useState } from 'react';
import { addMonths, type LocalDate } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { useSession } from '../../session.js';
import { getRequest, saveRequest, submitRequest, type RequestView } from './amendment-api.js';
import { contentOf, formOf, type RequestForm } from './amendment-request-form.js';
import { noticeOfError, type Notice } from './AmendmentNotice.js';
import { useAmendmentTexts } from './texts.js';

/**
 * An amendment request and the beneficiary's changes to it as typed: loaded, converted to what the API takes (with
 * what cannot be read), saved and submitted.
 */
export function useAmendmentRequest(caseId: string) {
  const t = useAmendmentTexts();
  const { opts } = useSession();
  const [view, setView] = useState<RequestView | null>(null);
  const [form, setForm] = useState<RequestForm | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getRequest(caseId, { ...opts, signal: controller.signal })
      .then((v) => {
        setView(v);
        setForm(formOf(v));
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
    if (notice?.kind === 'ok') setNotice(null);
  };
  const fail = (e: unknown) => setNotice(noticeOfError(e, t));
  const save = async (): Promise<RequestView | null> => {
    if (!view || !converted) return null;
    if (Object.keys(converted.errors).length > 0) {
      setNotice({ kind: 'error', text: Object.values(converted.errors).join(' ') });
      return null;
    }
    setBusy(true);
    try {
      const saved = await saveRequest(caseId, view.version, converted.content, opts);
      setView(saved);
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

  return { view, form, converted, newEnd, notice, busy, reload, update, save, submit };
}
