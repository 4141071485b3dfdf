/**
 * Municipalities of the demo portfolio: the counties the seed documents speak of (Västerbotten, where
 * the funder is; Norrbotten, Luleå tekniska universitet's; Jämtland, seed 002's parties), by SCB code,
 * and which of them each demo project covers.
 */

export const demoMunicipalities: { code: string; name: string; county: string }[] = [
  ...(
    [
      ['2401', 'Nordmaling'],
      ['2403', 'Bjurholm'],
      ['2404', 'Vindeln'],
      ['2409', 'Robertsfors'],
      ['2417', 'Norsjö'],
      ['2418', 'Malå'],
      ['2421', 'Storuman'],
      ['2422', 'Sorsele'],
      ['2425', 'Dorotea'],
      ['2460', 'Vännäs'],
      ['2462', 'Vilhelmina'],
      ['2463', 'Åsele'],
      ['2480', 'Umeå'],
      ['2481', 'Lycksele'],
      ['2482', 'Skellefteå'],
    ] as const
  ).map(([code, name]) => ({ code, name, county: 'Västerbottens län' })),
  ...(
    [
      ['2505', 'Arvidsjaur'],
      ['2506', 'Arjeplog'],
      ['2510', 'Jokkmokk'],
      ['2513', 'Överkalix'],
      ['2514', 'Kalix'],
      ['2518', 'Övertorneå'],
      ['2521', 'Pajala'],
      ['2523', 'Gällivare'],
      ['2560', 'Älvsbyn'],
      ['2580', 'Luleå'],
      ['2581', 'Piteå'],
      ['2582', 'Boden'],
      ['2583', 'Haparanda'],
      ['2584', 'Kiruna'],
    ] as const
  ).map(([code, name]) => ({ code, name, county: 'Norrbottens län' })),
  ...(
    [
      ['2303', 'Ragunda'],
      ['2305', 'Bräcke'],
      ['2309', 'Krokom'],
      ['2313', 'Strömsund'],
      ['2321', 'Åre'],
      ['2326', 'Berg'],
      ['2361', 'Härjedalen'],
      ['2380', 'Östersund'],
    ] as const
  ).map(([code, name]) => ({ code, name, county: 'Jämtlands län' })),
];

const vasterbotten = demoMunicipalities.filter((m) => m.county === 'Västerbottens län').map((m) => m.code);

/**
 * The municipalities each demo project covers, by the keys of demo-data.ts (`dvis` for DVIS). Where a
 * seed says "länets kommuner" or speaks of the whole county, every municipality of Västerbotten;
 * demo: the others are chosen to fit each project's description.
 */
export const demoProjectMunicipalities: Record<string, readonly string[]> = {
  dvis: vasterbotten, // "Västerbottens kommuner"
  dv2: vasterbotten, // "stödja länets kommuner"
  komp: vasterbotten, // "från kust till fjäll"
  ram: vasterbotten, // "i Västerbottens län"
  true: vasterbotten, // the regional development strategy
  dovi: ['2480', '2481', '2482', '2421'], // demo: industrial towns
  solh: ['2480'], // demo: the university hospital town
  iot: ['2417', '2418', '2422', '2403'], // demo: "mindre kommuner"
  small: ['2482', '2404'], // demo: villages of the Digiby project
};

/** demo: the municipality each demo organisation has its seat in (by demo-data.ts organisation key). */
export const demoOrganizationSeats: Record<string, string> = {
  rvb: '2480',
  umu: '2480',
  ltu: '2580',
  hks: '2480',
  rjh: '2380',
};
