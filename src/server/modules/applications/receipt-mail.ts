import type { Clock } from '../../../domain/index.js';
import type { Actor } from '../../audit/audit.js';
import type { Executor } from '../../db/client.js';
import type { Case } from '../../db/schema/index.js';
import { enqueueEmail, isValidEmailAddress } from '../../mail/outbox.js';

export interface Receipt {
  kase: Case;
  diaryNumber: string;
  receivedOn: string;
  /** The funder's name, who received the application and answers for it. */
  funderName: string;
  applicantName: string;
  submittedBy: { name: string; email: string };
  /** Sent in again after a completion request. */
  completion: boolean;
}

/**
 * The receipt for a submitted application, in Swedish and English: the diary number to quote, and what the
 * law says happens to an application received by a public body. It speaks for the funder that received the
 * application; the system it is sent from is not named.
 */
export function receiptMail(r: Receipt): { subject: string; bodyText: string } {
  const title = r.kase.title;
  const what = r.completion
    ? { sv: 'Kompletterad ansökan mottagen', en: 'Completed application received' }
    : { sv: 'Ansökan mottagen', en: 'Application received' };
  const sv =
    `Hej!\n\n` +
    `${r.funderName} har tagit emot er ${r.completion ? 'kompletterade ' : ''}ansökan ”${title}”. ` +
    `Den är registrerad den ${r.receivedOn} med diarienummer ${r.diaryNumber}. ` +
    `Ange diarienumret när ni kontaktar oss om ansökan.\n\n` +
    `Ansökan skickades in av ${r.submittedBy.name} för ${r.applicantName}. ` +
    `Ni kan läsa den inskickade ansökan när ni loggar in.\n\n` +
    `Ansökan och dess bilagor är allmänna handlingar hos ${r.funderName} från den dag de kom in. ` +
    `De kan lämnas ut till den som begär det, om inte uppgifterna omfattas av sekretess enligt ` +
    `offentlighets- och sekretesslagen (2009:400). ${r.funderName} behandlar personuppgifterna i ansökan ` +
    `för att handlägga den.\n`;
  const en =
    `Hello,\n\n` +
    `Your ${r.completion ? 'completed ' : ''}application “${title}” has been received by ${r.funderName}. ` +
    `It was registered on ${r.receivedOn} under diary number ${r.diaryNumber}. ` +
    `Quote the diary number when you contact us about the application.\n\n` +
    `The application was submitted by ${r.submittedBy.name} for ${r.applicantName}. ` +
    `You can read the submitted application when you sign in.\n\n` +
    `The application and its attachments are official documents held by ${r.funderName} from the day they ` +
    `were received. They can be released to anyone who asks for them, unless the information is confidential ` +
    `under the Public Access to Information and Secrecy Act (2009:400). ${r.funderName} processes the ` +
    `personal data in the application in order to handle it.\n`;
  return {
    subject: `${what.sv} / ${what.en}: ${title.replace(/\s+/g, ' ')}, dnr ${r.diaryNumber}`,
    bodyText: `${sv}\n---\n\n${en}`,
  };
}

/**
 * Queues the receipt to the person who submitted, in the submit's transaction (the mail exists exactly when
 * the submit commits) and related to the case, so the case's outbox shows it. An address the outbox would
 * refuse gets no receipt rather than failing the submit.
 */
export async function queueReceipt(tx: Executor, clock: Clock, actor: Actor, r: Receipt): Promise<string | null> {
  if (!isValidEmailAddress(r.submittedBy.email)) return null;
  const mail = await enqueueEmail(tx, clock, actor, {
    to: [r.submittedBy.email],
    ...receiptMail(r),
    related: { entityType: 'case', entityId: r.kase.id },
  });
  return mail.id;
}
