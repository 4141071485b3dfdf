import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { fetchMe } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { OrganisationAdmin } from './OrganisationAdmin.js';
import { getMyOrganisation, withdrawRequest, type MyOrganisation, type OrganisationView } from './organisations-api.js';
import { RegisterOrJoin } from './RegisterOrJoin.js';
import { longDate, useOrganisationTexts } from './texts.js';

/**
 * /organisation: without an organisation, register one or ask to join one (and wait for the answer);
 * a member sees the organisation and their roles; its administrator also answers requests, keeps the
 * members and invites colleagues.
 */
export function OrganisationPage() {
  const { lang } = useI18n();
  const ot = useOrganisationTexts();
  const { opts, setSession } = useSession();
  const [mine, setMine] = useState<MyOrganisation | null>(null);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const title = mine?.organization?.name ?? ot.orgTitle;
  useEffect(() => {
    document.title = `${title} – Bidra`;
  }, [title]);
  useEffect(() => {
    getMyOrganisation(opts).then(setMine, (error: unknown) => setErrors(problemItems(error, lang, ot.error)));
  }, [opts, lang, ot.error]);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  const onErrors = useCallback((items: SummaryItem[]) => {
    setErrors(items);
    if (items.length > 0) setNotice(null);
  }, []);
  // After a change: what happened, the organisation as it is now, and the header's roles and name.
  const onDone = useCallback(
    (text: string) => {
      setNotice(text);
      void fetchMe(opts).then(setSession, () => undefined);
      void getMyOrganisation(opts).then(setMine, () => undefined);
    },
    [opts, setSession],
  );

  return (
    <>
      <ErrorSummary items={errors} ref={summary} />
      <h1>{title}</h1>
      {notice && (
        <p role="status" className="notice-ok">
          {notice}
        </p>
      )}
      {!mine ? (
        errors.length === 0 && <p>{ot.loading}</p>
      ) : mine.organization ? (
        <>
          <OrganisationFacts organization={mine.organization} roles={mine.roles} />
          {mine.roles.includes('applicant_admin') ? (
            <OrganisationAdmin
              organizationId={mine.organization.id}
              errors={errors}
              onErrors={onErrors}
              onDone={onDone}
            />
          ) : (
            <p>
              {ot.memberNote} <Link to="/mina-arenden">{ot.toMyCases}</Link>
            </p>
          )}
        </>
      ) : mine.pendingRequest ? (
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading">{ot.pendingHeading}</h2>
          <p>{ot.pendingText(mine.pendingRequest.organizationName, longDate(mine.pendingRequest.createdAt, lang))}</p>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              void withdrawRequest(opts).then(
                (next) => {
                  setMine(next);
                  onErrors([]);
                  setNotice(ot.withdrawn);
                },
                (error: unknown) => onErrors(problemItems(error, lang, ot.error)),
              )
            }
          >
            {ot.withdraw}
          </button>
        </section>
      ) : (
        <RegisterOrJoin onDone={onDone} onErrors={onErrors} errors={errors} />
      )}
    </>
  );
}

function OrganisationFacts({ organization, roles }: { organization: OrganisationView; roles: string[] }) {
  const ot = useOrganisationTexts();
  const rows: [string, string | null][] = [
    [ot.orgNumber, organization.orgNumber],
    [ot.type, ot.typeName(organization.type)],
    [ot.address, organization.postalAddress],
    [ot.emailFact, organization.email],
    [ot.phoneFact, organization.phone],
    [ot.yourRoles, roles.map(ot.roleName).join(', ')],
  ];
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="visually-hidden">
        {ot.facts}
      </h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value || ot.notGiven}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
