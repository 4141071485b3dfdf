import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import {
  getPressRelease,
  pressReleasePdfUrl,
  publishPressRelease,
  savePressRelease,
  type ContactPerson,
  type PressReleaseData,
} from './meetings-api.js';
import { useMeetingTexts } from './texts.js';

/** The release as readers see it (shared by the draft preview and the public page). */
export function PressReleaseBody({
  title,
  paragraphs,
  listHeading,
  items,
  contacts,
  headingLevel,
}: {
  title: string;
  paragraphs: string[];
  listHeading: string;
  items: {
    position: number;
    projectName: string;
    ownerName: string;
    amountText: string;
    periodText: string | null;
    description: string | null;
  }[];
  contacts: string | null;
  headingLevel: 1 | 3;
}) {
  const c = useMeetingTexts();
  const Title = headingLevel === 1 ? 'h1' : 'h3';
  const Item = headingLevel === 1 ? 'h3' : 'h4';
  const List = headingLevel === 1 ? 'h2' : 'h4';
  return (
    <article className="press-release">
      <p className="muted">{c.pressReleaseKicker}</p>
      <Title className="press-release-title">{title}</Title>
      {paragraphs.map((p, i) => (
        <p key={i} className={i === 0 ? 'lead' : undefined}>
          {p}
        </p>
      ))}
      <List>{listHeading}</List>
      <ol className="plain-list">
        {items.map((it) => (
          <li key={it.position}>
            <Item>
              {it.position}. {it.projectName}
            </Item>
            <p>
              <strong>
                Projektägare {it.ownerName} beviljas <span className="nowrap">{it.amountText}</span>
              </strong>
            </p>
            <p>
              {it.description ?? ''} {it.periodText ? `Projektperiod: ${it.periodText}` : ''}
            </p>
          </li>
        ))}
      </ol>
      {contacts && <p className="muted">{contacts}</p>}
    </article>
  );
}

/** The meeting's press release: a live preview of the draft, and for communications its intro, save and publish. */
export function PressReleasePanel({
  meetingId,
  held,
  canEdit,
}: {
  meetingId: string;
  held: boolean;
  canEdit: boolean;
}) {
  const c = useMeetingTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const [data, setData] = useState<PressReleaseData | null>(null);
  const [intro, setIntro] = useState('');
  const [contacts, setContacts] = useState('');
  const [persons, setPersons] = useState<ContactPerson[]>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string; conflict?: boolean } | null>(null);

  const show = useCallback((d: PressReleaseData) => {
    setData(d);
    setIntro(d.intro);
    setContacts(d.contacts ?? '');
    setPersons(d.contactPersons);
  }, []);
  const load = useCallback(() => {
    getPressRelease(meetingId, opts)
      .then(show)
      .catch((e: unknown) => setMessage({ error: true, text: e instanceof ApiProblem ? e.detail : c.loadError }));
  }, [meetingId, opts, show, c]);
  useEffect(load, [load]);

  const fail = (e: unknown) =>
    setMessage({
      error: true,
      text: e instanceof ApiProblem ? e.detail : c.loadError,
      conflict: e instanceof ApiProblem && e.status === 409,
    });
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!data) return;
    const contactPersons = persons
      .filter((p) => [p.name, p.title, p.phone, p.email].some((v) => (v ?? '').trim() !== ''))
      .map((p) => ({
        name: p.name.trim(),
        title: p.title?.trim() || null,
        phone: p.phone?.trim() || null,
        email: p.email?.trim() || null,
      }));
    savePressRelease(
      meetingId,
      { version: data.version, intro, contacts: contacts.trim() || null, contactPersons },
      opts,
    )
      .then((d) => {
        show(d);
        setMessage({ error: false, text: c.saved });
      })
      .catch(fail);
  };
  const publish = () => {
    if (!data) return;
    publishPressRelease(meetingId, data.version, opts)
      .then((d) => {
        show(d);
        setMessage({ error: false, text: c.published });
      })
      .catch(fail);
  };

  if (!data)
    return (
      <section aria-labelledby="press-heading">
        <h2 id="press-heading">{c.pressRelease}</h2>
        <p role="status">{message?.text ?? ''}</p>
      </section>
    );
  const published = data.status === 'published';
  const publishedAt = data.publishedAt
    ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
        dateStyle: 'long',
        timeZone: 'Europe/Stockholm',
      }).format(new Date(data.publishedAt))
    : '';
  return (
    <section aria-labelledby="press-heading">
      <h2 id="press-heading">
        {c.pressRelease} ({published ? c.publishedLabel(publishedAt) : c.draftLabel})
      </h2>
      {data.findings.length > 0 && (
        <div className="error-summary" role="alert">
          <h3>{c.checks}</h3>
          <ul>
            {data.findings.map((f, i) => (
              <li key={i}>{f.message[lang]}</li>
            ))}
          </ul>
        </div>
      )}
      {canEdit && !published && (
        <form onSubmit={save} className="form-section">
          <div className="field">
            <label htmlFor="press-intro">{c.intro}</label>
            <p className="hint" id="press-intro-hint">
              {c.introHint}
            </p>
            <textarea
              id="press-intro"
              rows={5}
              aria-describedby="press-intro-hint"
              value={intro}
              onChange={(e) => setIntro(e.target.value)}
            />
          </div>
          <fieldset className="field" aria-describedby="press-persons-hint">
            <legend>{c.contactPersons}</legend>
            <p className="hint" id="press-persons-hint">
              {c.contactPersonsHint}
            </p>
            {persons.map((p, i) => (
              <fieldset key={i} className="contact-person">
                <legend>{c.contactPerson(i + 1)}</legend>
                {(
                  [
                    ['name', c.contactName, 'text'],
                    ['title', c.contactTitle, 'text'],
                    ['phone', c.contactPhone, 'tel'],
                    ['email', c.contactEmail, 'email'],
                  ] as const
                ).map(([key, label, type]) => (
                  <div className="field" key={key}>
                    <label htmlFor={`press-person-${i}-${key}`}>{label}</label>
                    <input
                      id={`press-person-${i}-${key}`}
                      type={type}
                      autoComplete="off"
                      value={p[key] ?? ''}
                      onChange={(e) =>
                        setPersons(persons.map((x, j) => (j === i ? { ...x, [key]: e.target.value } : x)))
                      }
                    />
                  </div>
                ))}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setPersons(persons.filter((_, j) => j !== i))}
                >
                  {c.removeContact(i + 1)}
                </button>
              </fieldset>
            ))}
            <button
              type="button"
              className="secondary"
              onClick={() => setPersons([...persons, { name: '', title: null, phone: null, email: null }])}
            >
              {c.addContact}
            </button>
          </fieldset>
          <div className="field">
            <label htmlFor="press-contacts">{c.contacts}</label>
            <textarea id="press-contacts" rows={2} value={contacts} onChange={(e) => setContacts(e.target.value)} />
          </div>
          <button type="submit">{c.save}</button>{' '}
          <button
            type="button"
            onClick={publish}
            disabled={!held || data.findings.length > 0 || data.items.length === 0}
          >
            {c.publish}
          </button>
          {!held && <p className="hint">{c.publishOnlyHeld}</p>}
        </form>
      )}
      <p role="status" className={message?.error ? 'field-error' : 'notice-ok'}>
        {message?.text ?? ''}
        {message?.conflict && (
          <>
            {' '}
            <button type="button" className="secondary" onClick={load}>
              {c.reload}
            </button>
          </>
        )}
      </p>
      <h3>{c.preview}</h3>
      <PressReleaseBody {...data} headingLevel={3} />
      <p>
        <a href={pressReleasePdfUrl(meetingId)}>{c.pdf}</a>
        {published && data.id && (
          <>
            {' · '}
            <Link to={`/pressmeddelanden/${data.id}`}>{c.publicLink}</Link>
          </>
        )}
      </p>
    </section>
  );
}
