import { createContext, useContext } from 'react';

/** Swedish first, English selectable (SPEC §5.1). Every text a person reads comes from here. */
export type Lang = 'sv' | 'en';

export const messages = {
  sv: {
    skipToContent: 'Hoppa till innehållet',
    appName: 'Bidra',
    projectBank: 'Projektbanken',
    language: 'Language: English',
    title: 'Beviljade projekt',
    intro: 'Alla projekt som fått projektmedel, med belopp och projektperiod enligt beslutet i kraft.',
    searchLabel: 'Sök bland projekten',
    searchHint: 'Till exempel digitalisering, industri eller ett projektnamn.',
    search: 'Sök',
    results: (n: number, q: string) => `${n} projekt${q ? ` matchar ”${q}”` : ''}`,
    project: 'Projekt',
    owner: 'Projektägare',
    granted: 'Beviljat',
    maxShare: 'Högst andel',
    period: 'Projektperiod',
    previous: 'Föregående',
    next: 'Nästa',
    page: (p: number, of: number) => `Sida ${p} av ${of}`,
    loading: 'Hämtar projekt …',
    error: 'Projekten kunde inte hämtas.',
    openData: 'Öppna data',
    apiDocs: 'API-dokumentation',
    noResults: 'Inga projekt matchar sökningen.',
  },
  en: {
    skipToContent: 'Skip to content',
    appName: 'Bidra',
    projectBank: 'Project bank',
    language: 'Språk: svenska',
    title: 'Granted projects',
    intro: 'Every project granted project funding, with the amount and period of the decision in force.',
    searchLabel: 'Search the projects',
    searchHint: 'For example digitalisering, industri or a project name (Swedish search).',
    search: 'Search',
    results: (n: number, q: string) => `${n} project${n === 1 ? '' : 's'}${q ? ` match “${q}”` : ''}`,
    project: 'Project',
    owner: 'Beneficiary',
    granted: 'Granted',
    maxShare: 'Max share',
    period: 'Project period',
    previous: 'Previous',
    next: 'Next',
    page: (p: number, of: number) => `Page ${p} of ${of}`,
    loading: 'Loading projects …',
    error: 'The projects could not be loaded.',
    openData: 'Open data',
    apiDocs: 'API documentation',
    noResults: 'No project matches the search.',
  },
} as const;

export type Messages = (typeof messages)[Lang];
export const LangContext = createContext<{ lang: Lang; t: Messages; setLang: (l: Lang) => void }>({
  lang: 'sv',
  t: messages.sv,
  setLang: () => undefined,
});
export const useI18n = () => useContext(LangContext);
