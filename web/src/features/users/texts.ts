import { useI18n } from '../../i18n.js';

/** Texts of the account pages (invitations, passwords, user administration), Swedish first. */
const sv = {
  invitationTitle: 'Välkommen till Bidra',
  invitationIntro: (org: string | null, roles: string) =>
    org ? `Du har bjudits in till ${org} som ${roles}.` : `Du har bjudits in som ${roles}.`,
  invitationChoose: 'Välj ett lösenord för att börja. Du loggas in direkt.',
  invitationLoading: 'Hämtar inbjudan …',
  invitationMissingToken: 'Länken saknar sin kod. Öppna länken i e-postmeddelandet igen.',
  name: 'Ditt namn',
  email: 'E-postadress',
  newPassword: 'Nytt lösenord',
  newPasswordHint: 'Minst 12 tecken. Vanliga lösenord godtas inte; flera ord i rad är lätta att minnas.',
  repeatPassword: 'Upprepa lösenordet',
  passwordsDiffer: 'Lösenorden är inte lika.',
  passwordRequired: 'Välj ett lösenord.',
  start: 'Välj lösenord och logga in',
  error: 'Något gick fel. Försök igen.',
  roleName: (role: string) =>
    ({
      applicant: 'sökande',
      applicant_admin: 'organisationens administratör',
      case_officer: 'handläggare',
      decision_maker: 'beslutsfattare',
      finance_officer: 'ekonomihandläggare',
      communications: 'kommunikatör',
      administrator: 'administratör',
    })[role] ?? role,
};
type Texts = typeof sv;
const en: Texts = {
  invitationTitle: 'Welcome to Bidra',
  invitationIntro: (org, roles) =>
    org ? `You have been invited to ${org} as ${roles}.` : `You have been invited as ${roles}.`,
  invitationChoose: 'Choose a password to start. You are signed in at once.',
  invitationLoading: 'Fetching the invitation …',
  invitationMissingToken: 'The link lacks its code. Open the link in the e-mail again.',
  name: 'Your name',
  email: 'E-mail address',
  newPassword: 'New password',
  newPasswordHint: 'At least 12 characters. Common passwords are refused; several words in a row are easy to remember.',
  repeatPassword: 'Repeat the password',
  passwordsDiffer: 'The passwords are not the same.',
  passwordRequired: 'Choose a password.',
  start: 'Choose password and sign in',
  error: 'Something went wrong. Try again.',
  roleName: (role) =>
    ({
      applicant: 'applicant',
      applicant_admin: 'organisation administrator',
      case_officer: 'case officer',
      decision_maker: 'decision maker',
      finance_officer: 'finance officer',
      communications: 'communications',
      administrator: 'administrator',
    })[role] ?? role,
};

export function useUserTexts(): Texts {
  return useI18n().lang === 'sv' ? sv : en;
}
