/**
 * Where a Swedish municipality lies: its county (län) and the EU's NUTS 2 region. A municipality code
 * (kommunkod, SCB) is four digits whose first two are the county code ('2480' Umeå → '24' Västerbottens
 * län). Open data needs both: the EU list of operations (Regulation 2021/1060 Art. 49(3)(m)) names the
 * NUTS 2 region of an operation that covers several places.
 */

interface County {
  name: string;
  nuts2: string;
}

/** The 21 counties (SCB länskod) and the NUTS 2 region (2021 classification) each belongs to. */
const COUNTIES: Readonly<Record<string, County>> = {
  '01': { name: 'Stockholms län', nuts2: 'SE11' },
  '03': { name: 'Uppsala län', nuts2: 'SE12' },
  '04': { name: 'Södermanlands län', nuts2: 'SE12' },
  '05': { name: 'Östergötlands län', nuts2: 'SE12' },
  '06': { name: 'Jönköpings län', nuts2: 'SE21' },
  '07': { name: 'Kronobergs län', nuts2: 'SE21' },
  '08': { name: 'Kalmar län', nuts2: 'SE21' },
  '09': { name: 'Gotlands län', nuts2: 'SE21' },
  '10': { name: 'Blekinge län', nuts2: 'SE22' },
  '12': { name: 'Skåne län', nuts2: 'SE22' },
  '13': { name: 'Hallands län', nuts2: 'SE23' },
  '14': { name: 'Västra Götalands län', nuts2: 'SE23' },
  '17': { name: 'Värmlands län', nuts2: 'SE31' },
  '18': { name: 'Örebro län', nuts2: 'SE12' },
  '19': { name: 'Västmanlands län', nuts2: 'SE12' },
  '20': { name: 'Dalarnas län', nuts2: 'SE31' },
  '21': { name: 'Gävleborgs län', nuts2: 'SE31' },
  '22': { name: 'Västernorrlands län', nuts2: 'SE32' },
  '23': { name: 'Jämtlands län', nuts2: 'SE32' },
  '24': { name: 'Västerbottens län', nuts2: 'SE33' },
  '25': { name: 'Norrbottens län', nuts2: 'SE33' },
};

const NUTS2_NAMES: Readonly<Record<string, string>> = {
  SE11: 'Stockholm',
  SE12: 'Östra Mellansverige',
  SE21: 'Småland med öarna',
  SE22: 'Sydsverige',
  SE23: 'Västsverige',
  SE31: 'Norra Mellansverige',
  SE32: 'Mellersta Norrland',
  SE33: 'Övre Norrland',
};

const countyOf = (municipalityCode: string): County | null =>
  /^\d{4}$/.test(municipalityCode) ? (COUNTIES[municipalityCode.slice(0, 2)] ?? null) : null;

/** The county's name, e.g. 'Västerbottens län' for '2480'; null for a code that is not a municipality's. */
export const countyName = (municipalityCode: string): string | null => countyOf(municipalityCode)?.name ?? null;

/** The NUTS 2 code, e.g. 'SE33' for '2480'; null for a code that is not a municipality's. */
export const nuts2Region = (municipalityCode: string): string | null => countyOf(municipalityCode)?.nuts2 ?? null;

export const nuts2Name = (code: string): string | null => NUTS2_NAMES[code] ?? null;

/** The distinct NUTS 2 regions of a set of municipalities, sorted; unknown codes are left out. */
export function nuts2Regions(municipalityCodes: readonly string[]): string[] {
  const regions = new Set<string>();
  for (const code of municipalityCodes) {
    const region = nuts2Region(code);
    if (region) regions.add(region);
  }
  return [...regions].sort();
}
