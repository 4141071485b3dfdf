import { useEffect, useState, type FormEvent } from 'react';
import { parseOrgNumber } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import type { SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import {
  askToJoin,
  lookupOrganisation,
  registerOrganisation,
  type Lookup,
  type OrganizationType,
} from './organisations-api.js';
import { ORGANIZATION_TYPES, useOrganisationTexts } from './texts.js';

interface Props {
  /** Called after a change the page must reload for, with what to tell the person. */
  onDone: (notice: string) => void;
  /** Problems for the page's error summary (empty to clear it). */
  onErrors: (items: SummaryItem[]) => void;
  errors: SummaryItem[];
}

const FIELDS = { orgNumber: 'org-number', name: 'org-name', type: 'org-type', email: 'org-email', '*': 'org-number' };

/**
 * For someone without an organisation: the number, checked as it is typed by the domain's rule and then
 * looked up on the server; then, depending on what it is, registering the organisation, claiming it, or
 * asking to join it.
 */
export function RegisterOrJoin({ onDone, onErrors, errors }: Props) {
  const { lang } = useI18n();
  const ot = useOrganisationTexts();
  const { opts } = useSession();
  const [number, setNumber] = useState('');
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const [checking, setChecking] = useState(false);
  const [name, setName] = useState('');
  const [type, setType] = useState<OrganizationType | ''>('');
  const [postalAddress, setPostalAddress] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const parsed = parseOrgNumber(number);
  const digits = number.replace(/\D/g, '').length;
  // A half-typed number is not an error yet; ten digits, or characters that never belong, are judged.
  const liveError =
    !parsed.ok && number.trim() !== '' && (digits >= 10 || /[^\d\s-]/.test(number))
      ? parsed.error.message[lang]
      : undefined;
  const normalised = parsed.ok ? parsed.value : null;

  useEffect(() => {
    setLookup(null);
    if (!normalised) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setChecking(true);
      lookupOrganisation(normalised, { ...opts, signal: abort.signal })
        .then(setLookup, (error: unknown) => {
          if (!abort.signal.aborted) onErrors(problemItems(error, lang, ot.error, FIELDS));
        })
        .finally(() => setChecking(false));
    }, 250);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [normalised, opts, lang, ot.error, onErrors]);

  const inline = (id: string) => errors.find((x) => x.fieldId === id)?.message;
  const run = async (action: () => Promise<unknown>, notice: string) => {
    setBusy(true);
    try {
      await action();
      onErrors([]);
      onDone(notice);
    } catch (error) {
      onErrors(problemItems(error, lang, ot.error, FIELDS));
      // The number may have been taken meanwhile: look it up again so the page shows what it is now.
      if (error instanceof ApiProblem && error.status === 409 && normalised) {
        lookupOrganisation(normalised, opts).then(setLookup, () => undefined);
      }
    } finally {
      setBusy(false);
    }
  };

  const checkNumber = (e: FormEvent) => {
    e.preventDefault();
    if (!number.trim()) return onErrors([{ fieldId: 'org-number', message: ot.orgNumberRequired }]);
    if (!parsed.ok) return onErrors([{ fieldId: 'org-number', message: parsed.error.message[lang] }]);
    onErrors([]);
  };

  const register = (e: FormEvent) => {
    e.preventDefault();
    const problems: SummaryItem[] = [];
    if (!name.trim()) problems.push({ fieldId: 'org-name', message: ot.orgNameRequired });
    if (!type) problems.push({ fieldId: 'org-type', message: ot.orgTypeRequired });
    if (problems.length || !normalised || !type) return onErrors(problems);
    const body = { orgNumber: normalised, name, type, postalAddress, email, phone };
    void run(() => registerOrganisation(body, opts), ot.registeredNotice(name.trim()));
  };

  const found = lookup?.organization;
  return (
    <>
      <p>{ot.noOrgIntro}</p>
      <form onSubmit={checkNumber} noValidate>
        <TextField
          id="org-number"
          label={ot.orgNumber}
          hint={ot.orgNumberHint}
          value={number}
          onChange={setNumber}
          width="short"
          error={inline('org-number') ?? liveError}
        />
        <button type="submit" className="secondary">
          {ot.continue}
        </button>
      </form>
      <p aria-live="polite">
        {checking ? ot.checking : lookup ? (found ? ot.alreadyRegistered(found.name) : ot.notRegistered) : ''}
      </p>
      <div>
        {lookup && !found && (
          <section aria-labelledby="register-heading">
            <h2 id="register-heading">{ot.registerHeading}</h2>
            <form onSubmit={register} noValidate>
              <TextField
                id="org-name"
                label={ot.orgName}
                hint={ot.orgNameHint}
                value={name}
                onChange={setName}
                autoComplete="organization"
                error={inline('org-name')}
              />
              <div className={`field${inline('org-type') ? ' field-invalid' : ''}`}>
                <label htmlFor="org-type">{ot.orgType}</label>
                {inline('org-type') && (
                  <p id="org-type-error" className="field-error">
                    {inline('org-type')}
                  </p>
                )}
                <select
                  id="org-type"
                  value={type}
                  onChange={(e) => setType(ORGANIZATION_TYPES.find((t) => t === e.target.value) ?? '')}
                  aria-invalid={inline('org-type') ? true : undefined}
                  aria-describedby={inline('org-type') ? 'org-type-error' : undefined}
                >
                  <option value="">{ot.chooseType}</option>
                  {ORGANIZATION_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {ot.typeName(t)}
                    </option>
                  ))}
                </select>
              </div>
              <TextField id="org-address" label={ot.postalAddress} value={postalAddress} onChange={setPostalAddress} />
              <TextField
                id="org-email"
                label={ot.orgEmail}
                type="email"
                value={email}
                onChange={setEmail}
                error={inline('org-email')}
              />
              <TextField id="org-phone" label={ot.phone} value={phone} onChange={setPhone} width="medium" />
              <button type="submit" disabled={busy}>
                {ot.register}
              </button>
            </form>
          </section>
        )}
        {found && (
          <section aria-labelledby="found-heading">
            <h2 id="found-heading">{found.name}</h2>
            {found.funder ? (
              <p>{ot.funderOrganisation(found.name)}</p>
            ) : found.claimable ? (
              <>
                <p>{ot.claimable(found.name)}</p>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    void run(
                      () => registerOrganisation({ orgNumber: lookup.orgNumber, type: found.type }, opts),
                      ot.registeredNotice(found.name),
                    )
                  }
                >
                  {ot.claim}
                </button>
              </>
            ) : found.hasAdministrator ? (
              <>
                <h3>{ot.joinHeading(found.name)}</h3>
                <p>{ot.joinIntro}</p>
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void run(() => askToJoin(found.id, message.trim(), opts), ot.requestSentNotice(found.name));
                  }}
                  noValidate
                >
                  <TextField
                    id="join-message"
                    label={ot.joinMessage}
                    hint={ot.joinMessageHint}
                    value={message}
                    onChange={setMessage}
                    multiline
                  />
                  <button type="submit" disabled={busy}>
                    {ot.sendRequest}
                  </button>
                </form>
              </>
            ) : (
              <p>{ot.noAdministrator(found.name)}</p>
            )}
          </section>
        )}
      </div>
    </>
  );
}
