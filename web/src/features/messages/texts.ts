import { useI18n } from '../../i18n.js';

// The longest message the server takes (src/server/modules/messages/messages.routes.ts).
export const MESSAGE_MAX = 5000;

/** Texts of the completion requests and messages, Swedish first. */
const sv = {
  conversation: 'Meddelanden och kompletteringar',
  noMessages: 'Inga meddelanden ännu.',
  kind: (k: string) =>
    ({
      completion_request: 'Begäran om komplettering',
      completion_answer: 'Svar på begäran om komplettering',
      message: 'Meddelande',
    })[k] ?? k,
  from: (who: string, funder: boolean) => `${who} (${funder ? 'handläggare' : 'sökande'})`,
  dueBy: (date: string) => `Komplettera senast ${date}`,
  answered: 'Kompletteringen har kommit in.',
  askTitle: 'Begär komplettering',
  askHint:
    'Ansökan går tillbaka till sökanden, som kompletterar den och skickar in den igen under samma diarienummer. Sökanden får meddelandet med e-post.',
  askMessage: 'Vad behöver kompletteras?',
  askMessageHint: 'Skriv vad som saknas eller behöver ändras, så att sökanden kan rätta det.',
  askMessageRequired: 'Skriv vad som behöver kompletteras.',
  askDueDate: 'Sista dag för kompletteringen',
  askDueDateHint: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-15.',
  askDueDateRequired: 'Ange sista dag för kompletteringen.',
  askDueDateInvalid: 'Skriv sista dag som ÅÅÅÅ-MM-DD, till exempel 2026-12-15.',
  askButton: 'Begär komplettering',
  asked: 'Ansökan är återsänd för komplettering. Sökanden har fått ett e-postmeddelande.',
  writeTitle: 'Skriv ett meddelande',
  writeLabel: 'Meddelande',
  writeRequired: 'Skriv ett meddelande.',
  writeButton: 'Skicka meddelandet',
  written: 'Meddelandet är skickat.',
  tooLong: (max: number) => `Skriv högst ${max} tecken.`,
  errorTitle: 'Det finns problem',
  reload: 'Hämta ärendet igen',
  error: 'Något gick fel. Försök igen.',
  loadError: 'Meddelandena kunde inte hämtas.',
  requestTitle: 'Handläggaren begär komplettering',
  requestIntro: 'Ändra ansökan och lägg till det som saknas, svara handläggaren och skicka sedan in ansökan igen.',
  answerLabel: 'Ditt svar till handläggaren',
  answerHint: 'Beskriv vad ni har kompletterat. Svaret skickas med ansökan.',
  answerRequired: 'Skriv ditt svar till handläggaren.',
  yourAnswer: 'Ditt svar',
  resubmit: 'Skicka in igen',
  openRequests: 'Kompletteringar att göra',
  openRequestsIntro: 'Handläggaren har bett er komplettera de här ansökningarna.',
  openRequest: (title: string) => `Komplettera ${title}`,
};
type Texts = typeof sv;

const en: Texts = {
  conversation: 'Messages and completion requests',
  noMessages: 'No messages yet.',
  kind: (k) =>
    ({
      completion_request: 'Request for completion',
      completion_answer: 'Answer to the request for completion',
      message: 'Message',
    })[k] ?? k,
  from: (who, funder) => `${who} (${funder ? 'case officer' : 'applicant'})`,
  dueBy: (date) => `Complete by ${date}`,
  answered: 'The completion has come in.',
  askTitle: 'Ask for completion',
  askHint:
    'The application goes back to the applicant, who completes it and submits it again under the same diary number. The applicant gets the message by e-mail.',
  askMessage: 'What needs to be completed?',
  askMessageHint: 'Write what is missing or needs changing, so that the applicant can put it right.',
  askMessageRequired: 'Write what needs to be completed.',
  askDueDate: 'Due date of the completion',
  askDueDateHint: 'Write the date as YYYY-MM-DD, for example 2026-12-15.',
  askDueDateRequired: 'Enter the due date of the completion.',
  askDueDateInvalid: 'Write the due date as YYYY-MM-DD, for example 2026-12-15.',
  askButton: 'Ask for completion',
  asked: 'The application has been returned for completion. The applicant has been e-mailed.',
  writeTitle: 'Write a message',
  writeLabel: 'Message',
  writeRequired: 'Write a message.',
  writeButton: 'Send the message',
  written: 'The message has been sent.',
  tooLong: (max) => `Write at most ${max} characters.`,
  errorTitle: 'There is a problem',
  reload: 'Load the case again',
  error: 'Something went wrong. Try again.',
  loadError: 'The messages could not be loaded.',
  requestTitle: 'The case officer asks for completion',
  requestIntro:
    'Change the application and add what is missing, answer the case officer, then submit the application again.',
  answerLabel: 'Your answer to the case officer',
  answerHint: 'Describe what you have completed. The answer is sent with the application.',
  answerRequired: 'Write your answer to the case officer.',
  yourAnswer: 'Your answer',
  resubmit: 'Submit again',
  openRequests: 'Completions to make',
  openRequestsIntro: 'The case officer has asked you to complete these applications.',
  openRequest: (title) => `Complete ${title}`,
};

export const useMessageTexts = (): Texts => (useI18n().lang === 'en' ? en : sv);
