import { useRef, useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { resendVerification } from './organisations-api.js';
import { useOrganisationTexts } from './texts.js';

/**
 * "Send me a new link": the server answers the same whether or not the address waits for
 * confirmation, so the page does too.
 */
export function ResendLinkForm({
  initialEmail = '',
  headingLevel = 2,
}: {
  initialEmail?: string;
  headingLevel?: 2 | 3;
}) {
  const { lang } = useI18n();
  const ot = useOrganisationTexts();
  const [email, setEmail] = useState(initialEmail);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSentTo(null);
    if (!email.trim()) {
      setErrors([{ fieldId: 'resend-email', message: ot.emailRequired }]);
      return requestAnimationFrame(() => summary.current?.focus());
    }
    setBusy(true);
    try {
      await resendVerification(email.trim(), { lang });
      setErrors([]);
      setSentTo(email.trim());
    } catch (error) {
      setErrors(problemItems(error, lang, ot.error, { email: 'resend-email' }));
      requestAnimationFrame(() => summary.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="resend-heading">
      <Heading id="resend-heading">{ot.newLinkTitle}</Heading>
      <ErrorSummary items={errors} ref={summary} />
      <p>{ot.newLinkIntro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="resend-email"
          label={ot.email}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={errors.find((x) => x.fieldId === 'resend-email')?.message}
        />
        <button type="submit" className="secondary" disabled={busy}>
          {ot.sendNewLink}
        </button>
      </form>
      {sentTo && (
        <p role="status" className="notice-ok">
          {ot.newLinkSent(sentTo)}
        </p>
      )}
    </section>
  );
}
