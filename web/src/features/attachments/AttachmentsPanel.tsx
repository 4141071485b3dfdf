import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { focusField } from '../../components/ErrorSummary.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import {
  downloadUrl,
  listAttachments,
  removeAttachment,
  uploadAttachment,
  type AttachmentList,
  type AttachmentOwner,
} from './attachments-api.js';
import { formatSize, useAttachmentTexts } from './texts.js';
import { UploadControl } from './UploadControl.js';

/** The id of a required attachment's file input: the field the application editor links a 422 to. */
export const requirementFieldId = (key: string) => `field-attachments-${key.replace(/\./g, '-')}`;

const timeFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });

interface Props {
  caseId?: string;
  paymentRequestId?: string;
  reportId?: string;
}

/**
 * The files of a case, payment request or report (bilagor): a list with download links, one row per
 * attachment a call requires (present or missing), and uploads while the caller may add. A failed upload
 * says why beside the file input it came from (size, kind), with a summary that links there.
 */
export function AttachmentsPanel({ caseId, paymentRequestId, reportId }: Props) {
  const at = useAttachmentTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const base = useId().replace(/:/g, '');
  const [list, setList] = useState<AttachmentList | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ fieldId: string; message: string } | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const owner: AttachmentOwner | null = paymentRequestId
    ? { paymentRequestId }
    : reportId
      ? { reportId }
      : caseId
        ? { caseId }
        : null;
  const ownerKey = JSON.stringify(owner);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      if (!owner) return;
      try {
        setList(await listAttachments(owner, { ...opts, signal }));
      } catch (e) {
        if (!signal?.aborted) setLoadError(e instanceof ApiProblem ? `${at.loadError} ${e.detail}` : at.loadError);
      }
    },
    // The owner is compared by value: a new object with the same ids is the same list.
    [ownerKey, opts, at],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);
  useEffect(() => {
    if (failure) summary.current?.focus();
  }, [failure]);

  if (loadError) return <p className="field-error">{loadError}</p>;
  if (!list) return null;
  const limit = formatSize(list.maxBytes, lang);
  const generalId = `${base}-file`;

  const upload = async (fieldId: string, file: File | null, requirementKey?: string): Promise<boolean> => {
    setFailure(null);
    setStatus('');
    if (!file) {
      setFailure({ fieldId, message: at.noFileChosen });
      return false;
    }
    if (file.size > list.maxBytes) {
      setFailure({ fieldId, message: at.tooLarge(limit) });
      return false;
    }
    setBusy(true);
    try {
      const query = {
        ...(requirementKey ? { requirementKey } : {}),
        ...(paymentRequestId ? { paymentRequestId } : {}),
        ...(reportId ? { reportId } : {}),
      };
      await uploadAttachment(list.caseId, file, query, opts, (percent) => setStatus(at.uploading(file.name, percent)));
      setStatus(at.uploaded(file.name));
      await load();
      return true;
    } catch (e) {
      setStatus('');
      setFailure({ fieldId, message: e instanceof ApiProblem ? e.detail : at.error });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string, name: string) => {
    setFailure(null);
    try {
      await removeAttachment(id, opts);
      setStatus(at.removedNotice(name));
      await load();
    } catch (e) {
      setStatus(e instanceof ApiProblem ? e.detail : at.error);
    }
  };

  const live = list.items.filter((i) => !i.removedAt);
  const errorOf = (fieldId: string) => (failure?.fieldId === fieldId ? failure.message : undefined);
  return (
    <section aria-labelledby={`${base}-title`} className="form-section">
      <h2 id={`${base}-title`}>{at.title}</h2>
      {failure && (
        <div className="error-summary" role="alert" aria-labelledby={`${base}-error-title`} tabIndex={-1} ref={summary}>
          <h3 id={`${base}-error-title`}>{at.errorTitle}</h3>
          <ul>
            <li>
              <a href={`#${failure.fieldId}`} onClick={(e) => focusField(failure.fieldId, e)}>
                {failure.message}
              </a>
            </li>
          </ul>
        </div>
      )}
      {list.requirements.length > 0 && (
        <>
          <h3>{at.required}</h3>
          <ul className="plain-list">
            {list.requirements.map((r) => {
              const files = live.filter((i) => i.requirementKey === r.key);
              const fieldId = requirementFieldId(r.key);
              return (
                <li key={r.key} className="box">
                  <p>
                    <strong>{r.title}</strong>
                    {' – '}
                    <span className={r.present ? 'notice-ok' : 'field-error'}>
                      {r.present ? `${at.present}: ${files.map((f) => f.filename).join(', ')}` : at.missing}
                    </span>
                  </p>
                  {r.description && <p className="hint">{r.description}</p>}
                  {list.canAdd && !r.present && (
                    <UploadControl
                      id={fieldId}
                      label={at.chooseFileFor(r.title)}
                      hint={at.hint(limit)}
                      button={at.uploadFor(r.title)}
                      error={errorOf(fieldId)}
                      busy={busy}
                      onUpload={(file) => upload(fieldId, file, r.key)}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>{at.files}</h3>
      {list.items.length === 0 ? (
        <p>{at.noFiles}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{at.files}</caption>
          <thead>
            <tr>
              <th scope="col">{at.name}</th>
              <th scope="col">{at.kind}</th>
              <th scope="col">{at.size}</th>
              <th scope="col">{at.added}</th>
              <th scope="col">{at.status}</th>
              {list.items.some((i) => i.canRemove) && (
                <th scope="col">
                  <span className="visually-hidden">{at.removeShort}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {list.items.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  <a href={downloadUrl(i.id)} download={i.filename}>
                    {i.filename}
                  </a>
                </th>
                <td>{i.kindLabel}</td>
                <td className="nowrap">{formatSize(i.sizeBytes, lang)}</td>
                <td>{at.addedBy(i.addedBy, timeFormat(lang).format(new Date(i.addedAt)))}</td>
                <td>{i.removedAt ? at.removed(i.removedBy) : at.active}</td>
                {list.items.some((x) => x.canRemove) && (
                  <td>
                    {i.canRemove && (
                      <button type="button" className="secondary" onClick={() => void remove(i.id, i.filename)}>
                        {at.remove(i.filename)}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.canAdd && (
        <UploadControl
          id={generalId}
          label={at.chooseFile}
          hint={at.hint(limit)}
          button={at.upload}
          error={errorOf(generalId)}
          busy={busy}
          onUpload={(file) => upload(generalId, file)}
        />
      )}
      {/* Only while there is something to say: other panels of the page have their own status. */}
      {status && (
        <p role="status" className="status">
          {status}
        </p>
      )}
    </section>
  );
}
