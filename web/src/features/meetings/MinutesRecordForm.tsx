import { useRef, useState, type FormEvent } from 'react';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { recordMinutes, type MeetingPageData } from './meetings-api.js';
import { useMeetingTexts } from './texts.js';

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter((x) => x !== '');

const FIELD_OF: Record<string, string> = {
  adjusters: 'minutes-adjusters',
  adjustedOn: 'minutes-adjusted-on',
  certifierName: 'minutes-certifier-name',
  certifierTitle: 'minutes-certifier-title',
};

/** The minutes record of a meeting: justerare, justering day, certifier and each paragraph's "Utdrag till". */
export function MinutesRecordForm({ data, onSaved }: { data: MeetingPageData; onSaved: (notice: string) => void }) {
  const c = useMeetingTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const m = data.meeting;
  const [adjusters, setAdjusters] = useState(m.adjusters.join('\n'));
  const [adjustedOn, setAdjustedOn] = useState(m.adjustedOn ?? '');
  const [certifierName, setCertifierName] = useState(m.certifierName ?? '');
  const [certifierTitle, setCertifierTitle] = useState(m.certifierTitle ?? '');
  const [extractTo, setExtractTo] = useState<Record<string, string>>(() =>
    Object.fromEntries(data.agenda.map((a) => [a.id, a.extractTo.join('\n')])),
  );
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const summary = useRef<HTMLDivElement>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    recordMinutes(
      m.id,
      {
        version: m.version,
        adjusters: lines(adjusters),
        adjustedOn: adjustedOn.trim() || null,
        certifierName: certifierName.trim() || null,
        certifierTitle: certifierTitle.trim() || null,
        extractTo: data.agenda.map((a) => ({ agendaItemId: a.id, recipients: lines(extractTo[a.id] ?? '') })),
      },
      opts,
    )
      .then(() => {
        setErrors([]);
        onSaved(c.minutesSaved);
      })
      .catch((err: unknown) => {
        const issues = err instanceof ApiProblem ? err.issues : [];
        setErrors(
          issues.length > 0
            ? issues.map((i) => ({ fieldId: FIELD_OF[i.path], message: i.message[lang] }))
            : [{ message: err instanceof ApiProblem ? err.detail : c.loadError }],
        );
        setTimeout(() => summary.current?.focus(), 0);
      });
  };
  const errorOf = (id: string) => errors.find((x) => x.fieldId === id)?.message;
  const field = (id: string, label: string, value: string, set: (v: string) => void, hint?: string, rows = 0) => {
    const error = errorOf(id);
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    const common = {
      id,
      value,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
      onChange: (e: { target: { value: string } }) => set(e.target.value),
    };
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
        {rows > 0 ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      </div>
    );
  };
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{c.minutes}</h2>
      <p>{c.minutesIntro}</p>
      <ErrorSummary items={errors} ref={summary} />
      <form onSubmit={submit} className="form-section" noValidate>
        {field('minutes-adjusters', c.adjusters, adjusters, setAdjusters, c.adjustersHint, 2)}
        {field('minutes-adjusted-on', c.adjustedOn, adjustedOn, setAdjustedOn, c.dateHint)}
        {field('minutes-certifier-name', c.certifierName, certifierName, setCertifierName)}
        {field('minutes-certifier-title', c.certifierTitle, certifierTitle, setCertifierTitle)}
        {data.agenda.map((a) =>
          field(
            `minutes-extract-to-${a.id}`,
            c.extractTo(`${a.paragraph !== null ? `§ ${a.paragraph} ` : ''}${a.title}`),
            extractTo[a.id] ?? '',
            (v) => setExtractTo({ ...extractTo, [a.id]: v }),
            c.extractToHint,
            2,
          ),
        )}
        <button type="submit">{c.saveMinutes}</button>
      </form>
    </section>
  );
}
