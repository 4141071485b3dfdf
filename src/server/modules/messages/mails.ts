import type { Clock } from '../../../domain/index.js';
import type { Actor } from '../../audit/audit.js';
import type { Executor } from '../../db/client.js';
import type { Case } from '../../db/schema/index.js';
import { enqueueEmail } from '../../mail/outbox.js';

/*
 * The e-mails of the conversation on a case, in Swedish as the funder's other letters are. Each is queued in
 * the transaction of the change it tells about and related to the case, so the case's outbox shows it.
 */

/** The case by title and its one diary number (a later matter's is its project case's, see MailContext). */
const named = (c: MailContext) => {
  const dnr = c.diaryNumber ?? c.kase.diaryNumber;
  return `${c.kase.title}${dnr ? `, dnr ${dnr}` : ''}`;
};
/** Where the applicant sees the case in the web app. */
const applicantPath = (kase: Case) =>
  kase.kind === 'application'
    ? `/ansokan/${kase.id}`
    : kase.kind === 'amendment_request'
      ? `/andringar/${kase.id}`
      : '/mina-arenden';
const signIn = (publicUrl: string | undefined, path: string) =>
  publicUrl
    ? `Öppna ärendet i Bidra: ${publicUrl.replace(/\/$/u, '')}${path}`
    : 'Logga in i Bidra för att öppna ärendet.';

async function queue(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  kase: Case,
  to: string[],
  subject: string,
  body: string,
) {
  if (to.length === 0) return null;
  const mail = await enqueueEmail(tx, clock, actor, {
    to,
    subject,
    bodyText: body,
    related: { entityType: 'case', entityId: kase.id },
  });
  return mail.id;
}

export interface MailContext {
  tx: Executor;
  clock: Clock;
  actor: Actor;
  kase: Case;
  /** The case's one diary number when it is a later matter registered in its project's case. */
  diaryNumber?: string | null | undefined;
  publicUrl?: string | undefined;
}

/** To the applicant organisation: the officer asks for completion, with what is missing and by when. */
export const mailCompletionRequest = (c: MailContext, to: string[], message: string, dueDate: string) =>
  queue(
    c.tx,
    c.clock,
    c.actor,
    c.kase,
    to,
    `Ansökan behöver kompletteras: ${named(c)}`,
    `Hej!\n\nHandläggaren har gått igenom er ansökan ${named(c)} och behöver en komplettering.\n\n` +
      `Detta behöver kompletteras:\n${message}\n\nKomplettera senast ${dueDate}.\n\n` +
      `Ändra ansökan, svara på begäran och skicka in ansökan igen. Den behåller sitt diarienummer.\n\n` +
      `${signIn(c.publicUrl, applicantPath(c.kase))}\n`,
  );

/** To the officers: the applicant has submitted the completed application, with their answers. */
export const mailCompletionReceived = (c: MailContext, to: string[], answers: string[]) =>
  queue(
    c.tx,
    c.clock,
    c.actor,
    c.kase,
    to,
    `Komplettering inkommen: ${named(c)}`,
    `Hej!\n\nSökanden har kompletterat ansökan ${named(c)} och skickat in den igen.\n\n` +
      (answers.length > 0 ? `Sökandens svar:\n${answers.join('\n\n')}\n\n` : '') +
      `${signIn(c.publicUrl, `/arenden/${c.kase.id}`)}\n`,
  );

/** A plain message either way. */
export const mailMessage = (c: MailContext, to: string[], fromFunder: boolean, body: string) =>
  queue(
    c.tx,
    c.clock,
    c.actor,
    c.kase,
    to,
    `Nytt meddelande om ${named(c)}`,
    `Hej!\n\n${fromFunder ? 'Handläggaren' : 'Sökanden'} (${c.actor.label}) har skrivit om ${named(c)}:\n\n` +
      `${body}\n\n${signIn(c.publicUrl, fromFunder ? applicantPath(c.kase) : `/arenden/${c.kase.id}`)}\n`,
  );
