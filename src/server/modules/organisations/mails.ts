import { LINK_LIFETIME_MS } from '../auth/one-time-links.js';

/*
 * The mails of sign-up and membership, Swedish first, then English, as plain text. Links are absolute
 * (under the address people reach Bidra at); nothing here is sent: the use cases put them in the outbox.
 */

export interface MailText {
  subject: string;
  bodyText: string;
}

const hours = (ms: number) => Math.round(ms / 3_600_000);
const SEPARATOR = ['', '---', ''];

export function verificationMail(o: { name: string; link: string }): MailText {
  const valid = hours(LINK_LIFETIME_MS.email_verification);
  return {
    subject: 'Bekräfta din e-postadress för Bidra / Confirm your e-mail address for Bidra',
    bodyText: [
      `Hej ${o.name}!`,
      '',
      'Öppna länken nedan för att bekräfta din e-postadress och logga in på Bidra.',
      `Länken fungerar en gång och i ${valid} timmar.`,
      '',
      o.link,
      '',
      'Om du inte har skapat något konto på Bidra kan du bortse från det här meddelandet.',
      ...SEPARATOR,
      'Open the link above to confirm your e-mail address and sign in to Bidra.',
      `The link works once and for ${valid} hours.`,
      'If you have not created an account on Bidra, you can ignore this message.',
    ].join('\n'),
  };
}

export function joinRequestMail(o: {
  person: string;
  email: string;
  organizationName: string;
  message: string | null;
  link: string;
}): MailText {
  const said = o.message ? ['', `"${o.message}"`] : [];
  return {
    subject: `${o.person} vill gå med i ${o.organizationName} / ${o.person} asks to join ${o.organizationName}`,
    bodyText: [
      'Hej!',
      '',
      `${o.person} (${o.email}) har bett om att få gå med i ${o.organizationName} på Bidra.`,
      ...said,
      '',
      'Som administratör för organisationen kan du godkänna eller avslå förfrågan här:',
      o.link,
      ...SEPARATOR,
      `${o.person} (${o.email}) has asked to join ${o.organizationName} on Bidra.`,
      'As the organisation administrator you can accept or refuse the request at the link above.',
    ].join('\n'),
  };
}

export function joinAcceptedMail(o: { organizationName: string; link: string }): MailText {
  return {
    subject: `Du är nu med i ${o.organizationName} / You have joined ${o.organizationName}`,
    bodyText: [
      'Hej!',
      '',
      `Din förfrågan om att gå med i ${o.organizationName} på Bidra har godkänts.`,
      'Du kan nu söka projektmedel och följa organisationens ärenden:',
      o.link,
      ...SEPARATOR,
      `Your request to join ${o.organizationName} on Bidra has been accepted.`,
      "You can now apply for funding and follow the organisation's cases at the link above.",
    ].join('\n'),
  };
}

export function joinRefusedMail(o: { organizationName: string; reason: string | null }): MailText {
  const why = o.reason ? ['', `"${o.reason}"`] : [];
  return {
    subject: `Förfrågan om ${o.organizationName} / Your request to join ${o.organizationName}`,
    bodyText: [
      'Hej!',
      '',
      `Din förfrågan om att gå med i ${o.organizationName} på Bidra har avslagits av organisationens administratör.`,
      ...why,
      '',
      'Kontakta organisationen om du tror att det är fel. Du kan också registrera en annan organisation.',
      ...SEPARATOR,
      `Your request to join ${o.organizationName} on Bidra has been refused by the organisation administrator.`,
      'Contact the organisation if you think this is wrong. You can also register another organisation.',
    ].join('\n'),
  };
}
