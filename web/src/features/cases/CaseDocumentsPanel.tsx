import { useEffect, useState } from 'react';
import { ApiProblem, type RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';
import { useI18n, type Lang } from '../../i18n.js';
import { useSession } from '../../session.js';

/** A case's list of documents (handlingsförteckning), as GET /cases/{caseId}/documents gives it. */
export type CaseDocumentList =
  paths['/api/v1/cases/{caseId}/documents']['get']['responses'][200]['content']['application/json'];
export type CaseDocument = CaseDocumentList['items'][number];

export const listCaseDocuments = (caseId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/cases/{caseId}/documents', { params: { path: { caseId } }, ...callOptions(o) }));

const TEXTS = {
  sv: {
    heading: 'Handlingar i ärendet',
    intro: (dnr: string | null) =>
      dnr
        ? `Alla handlingar i ärendet, i den ordning de registrerats under diarienummer ${dnr}.`
        : 'Alla handlingar i ärendet, i den ordning de registrerats.',
    none: 'Inga handlingar är registrerade än.',
    number: 'Nr',
    date: 'Datum',
    direction: 'In/ut',
    kind: 'Typ',
    title: 'Rubrik',
    file: 'Fil',
    loadError: 'Handlingarna kunde inte hämtas.',
  },
  en: {
    heading: 'Documents of the case',
    intro: (dnr: string | null) =>
      dnr
        ? `Every document of the case, in the order registered under diary number ${dnr}.`
        : 'Every document of the case, in the order registered.',
    none: 'No documents have been registered yet.',
    number: 'No.',
    date: 'Date',
    direction: 'In/out',
    kind: 'Kind',
    title: 'Title',
    file: 'File',
    loadError: 'The documents could not be loaded.',
  },
} as const;

const EN_KINDS: Record<string, string> = {
  application: 'Application',
  completion: 'Completion',
  amendment_request: 'Amendment request',
  payment_request: 'Payment request',
  progress_report: 'Progress report',
  final_report: 'Final report',
  decision: 'Decision',
  recovery: 'Recovery',
  attachment: 'Attachment',
  message: 'Message',
};
const EN_DIRECTIONS = { in: 'Received', out: 'Sent', internal: 'Drawn up' } as const;

const kindOf = (d: CaseDocument, lang: Lang) => (lang === 'en' ? (EN_KINDS[d.kind] ?? d.kind) : d.kindLabel);
const directionOf = (d: CaseDocument, lang: Lang) => (lang === 'en' ? EN_DIRECTIONS[d.direction] : d.directionLabel);

/**
 * The case's list of documents (handlingsförteckning): the application, its later matters (amendment and
 * payment requests, reports) and the decisions with their letters, numbered within the project's case.
 */
export function CaseDocumentsPanel({ caseId, reloadKey }: { caseId: string; reloadKey?: unknown }) {
  const { lang } = useI18n();
  const { opts } = useSession();
  const t = TEXTS[lang === 'en' ? 'en' : 'sv'];
  const [list, setList] = useState<CaseDocumentList | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    listCaseDocuments(caseId, { ...opts, signal: controller.signal })
      .then((l) => {
        setList(l);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof ApiProblem ? e.detail : t.loadError);
      });
    return () => controller.abort();
  }, [caseId, opts, t, reloadKey]);
  return (
    <section aria-labelledby="case-documents-heading">
      <h2 id="case-documents-heading">{t.heading}</h2>
      {error && <p className="field-error">{error}</p>}
      {list && <p className="muted">{t.intro(list.case.diaryNumber)}</p>}
      {list && list.items.length === 0 && <p>{t.none}</p>}
      {list && list.items.length > 0 && (
        <table>
          <caption className="visually-hidden">{t.heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t.number}</th>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.direction}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.title}</th>
              <th scope="col">{t.file}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((d) => (
              <tr key={d.number}>
                <th scope="row">{d.number}</th>
                <td className="nowrap">
                  <time dateTime={d.registeredOn}>{d.registeredOn}</time>
                </td>
                <td>{directionOf(d, lang)}</td>
                <td>{kindOf(d, lang)}</td>
                <td>{d.title}</td>
                <td>
                  {d.href ? (
                    <a href={d.href}>
                      {d.filename ?? t.file}
                      <span className="visually-hidden"> ({d.reference ?? d.number})</span>
                    </a>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
