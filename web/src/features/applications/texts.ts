import { useI18n } from '../../i18n.js';

const count = (n: number, lang: 'sv' | 'en') => n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB');

/**
 * Texts of the application editor and of the application read-only, Swedish first; the editor's field labels
 * are the app's (i18n.ts).
 */
const sv = {
  amountNegative: (label: string) =>
    `${label}: beloppet kan inte vara negativt. Skriv det utan minustecken, till exempel 400 000.`,
  tooLong: (label: string, max: number, length: number) =>
    `${label} får vara högst ${count(max, 'sv')} tecken. Nu är det ${count(length, 'sv')}.`,
  maxChars: (max: number) => `Högst ${count(max, 'sv')} tecken.`,
  yourOrganisation: (name: string, orgNumber: string) => `Er organisation: ${name}, ${orgNumber}.`,
  orgNumberForms: 'Med eller utan bindestreck.',
  notSavedTitle: 'Några uppgifter kunde inte sparas',
  savedExcept: (n: number) =>
    `Utkastet är sparat, utom ${n === 1 ? 'en uppgift' : `${n} uppgifter`} som inte går att läsa. ${n === 1 ? 'Den är markerad' : 'De är markerade'} nedan.`,
  remainingTitle: 'Kvar innan du kan skicka in',
  confirmTitle: 'Skicka in ansökan?',
  confirmIntro:
    'Kontrollera ansökan nedan. När du har skickat in den kan du inte ändra den. Stödgivaren registrerar den med ett diarienummer, och du får ett mottagningsbevis med e-post.',
  confirm: 'Bekräfta och skicka in',
  cancel: 'Avbryt',
  submittedHeading: 'Den inskickade ansökan',
  // The application read-only
  project: 'Projekt',
  notGiven: 'Ej ifyllt',
  period: 'Projektperiod',
  activities: 'Tid- och aktivitetsplan',
  noActivities: 'Ingen aktivitet.',
  budget: 'Budget',
  noBudget: 'Ingen budgetrad.',
  financing: 'Finansieringsplan',
  noFinancing: 'Ingen finansiär.',
  attachments: 'Bilagor',
  noAttachments: 'Inga bilagor.',
  total: 'Summa',
  file: 'Fil',
  kind: 'Typ',
};
type ApplicationTexts = typeof sv;

const en: ApplicationTexts = {
  amountNegative: (label: string) =>
    `${label}: the amount cannot be negative. Write it without a minus sign, for example 400 000.`,
  tooLong: (label: string, max: number, length: number) =>
    `${label} can be at most ${count(max, 'en')} characters long. It is ${count(length, 'en')} now.`,
  maxChars: (max: number) => `At most ${count(max, 'en')} characters.`,
  yourOrganisation: (name: string, orgNumber: string) => `Your organisation: ${name}, ${orgNumber}.`,
  orgNumberForms: 'With or without a hyphen.',
  notSavedTitle: 'Some entries could not be saved',
  savedExcept: (n: number) =>
    `The draft is saved, except ${n === 1 ? 'one entry' : `${n} entries`} that cannot be read. ${n === 1 ? 'It is' : 'They are'} marked below.`,
  remainingTitle: 'Left before you can submit',
  confirmTitle: 'Submit the application?',
  confirmIntro:
    'Check the application below. Once you have submitted it, you cannot change it. The funder registers it under a diary number, and you receive a receipt by e-mail.',
  confirm: 'Confirm and submit',
  cancel: 'Cancel',
  submittedHeading: 'The submitted application',
  project: 'Project',
  notGiven: 'Not filled in',
  period: 'Project period',
  activities: 'Activity plan',
  noActivities: 'No activity.',
  budget: 'Budget',
  noBudget: 'No budget line.',
  financing: 'Financing plan',
  noFinancing: 'No financier.',
  attachments: 'Attachments',
  noAttachments: 'No attachments.',
  total: 'Total',
  file: 'File',
  kind: 'Type',
};

export const useApplicationTexts = (): ApplicationTexts => (useI18n().lang === 'en' ? en : sv);
/** For code outside components (the form model), by language. */
export const applicationTexts = (lang: 'sv' | 'en'): ApplicationTexts => (lang === 'en' ? en : sv);
export type { ApplicationTexts };
