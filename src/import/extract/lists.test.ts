import { describe, expect, it } from 'vitest';
import { normaliseText } from '../text.js';
import {
  acronymOf,
  findDistributionNames,
  findOfferRecipients,
  findOrganisationNames,
  findProjectList,
  isOrganisationName,
} from './lists.js';
import { findAmounts } from './values.js';

const doc = normaliseText;
const brief = (s: string) =>
  findProjectList(doc(s)).map((p) => [p.name, p.acronym, p.owner, p.amountSek, p.periodStart, p.periodEnd]);

describe('organisation names', () => {
  it.each([
    ['Region Blekinge', true],
    ['Region Jämtland Härjedalen', true],
    ['Region Jönköpings län', true],
    ['Västra Götalandsregionen', true],
    ['Gotlands kommun', true],
    ['Upplands Väsby kommun', true],
    ['Stockholms läns landsting', true],
    ['Varje kommun', false],
    ['Samtliga kommuner', false],
    ['Sveriges Kommuner och Regioner', false],
    ['Tillväxtverket', false],
    ['samtliga regioner', false],
  ])('%s → %s', (name, expected) => {
    expect(isOrganisationName(name)).toBe(expected);
  });

  it('finds the parties of running text, genitive read as the name, each once', () => {
    const text = normaliseText(
      'Parterna i projektet, Bräcke kommun, Krokoms kommun samt Strömsunds\nkommun. Varje kommun betalar. ' +
        'Åre kommuns andel och Region Västerbottens regionala utvecklingsnämnd; Bräcke kommun igen.',
    ).flat;
    expect(findOrganisationNames(text)).toEqual([
      'Bräcke kommun',
      'Krokoms kommun',
      'Strömsunds kommun',
      'Åre kommun',
      'Region Västerbotten',
    ]);
  });

  it('keeps two-word region names and drops their prefixes', () => {
    expect(
      findOrganisationNames(
        '- Region Jämtland Härjedalen: 45 000 kr. Kopia: Region Jämtland Härjedalen Östersunds kommun',
      ),
    ).toEqual(['Region Jämtland Härjedalen', 'Östersunds kommun']);
  });
});

describe('recipient lists', () => {
  it('reads the list under an offer broken over lines, and the names in the offer sentence', () => {
    const text = [
      'Regeringen erbjuder nedan angivna regioner och',
      'Gotlands kommun att upprätthålla en funktion under',
      'perioden 2021–2025.',
      '',
      'Region Blekinge  ',
      '• Region Dalarna,',
      'Västra Götalandsregionen',
      'Region Örebro län och Region Östergötland',
      '',
      'Närmare om uppgifterna',
      'Region Skåne',
    ].join('\n');
    expect(findOfferRecipients(doc(text))).toEqual([
      'Region Blekinge',
      'Region Dalarna',
      'Västra Götalandsregionen',
      'Region Örebro län',
      'Region Östergötland',
      'Gotlands kommun',
    ]);
  });

  it('without a list, takes the names of the offer sentence', () => {
    const text =
      'Regeringen erbjuder Region Kalmar län, Region Kronoberg\noch Region Skåne att delta. Region Halland deltar inte.';
    expect(findOfferRecipients(doc(text))).toEqual(['Region Kalmar län', 'Region Kronoberg', 'Region Skåne']);
  });

  it('keeps the regions and municipalities of a distribution list', () => {
    const text = [
      'Beslutet skickas till',
      'Tillväxtverket',
      'Region Gävleborg',
      'Sandvikens kommun',
      'Kopia till:',
      'Gotlands kommun',
      'samtliga regioner',
    ].join('\n');
    expect(findDistributionNames(doc(text))).toEqual(['Region Gävleborg', 'Sandvikens kommun', 'Gotlands kommun']);
  });
});

describe('acronymOf', () => {
  it.each([
    ['Support Office for Life science and Health in Västerbotten (SOLH)', 'SOLH'],
    ['Digital omställning i Västerbottens industrier DOVI', 'DOVI'],
    ['TRUE - tillsammans för regional utveckling, etapp 2', 'TRUE'],
    ['Förstudie Regional IoT', null],
    ['Ramprojekt Västerbotten 2023-2025', null],
    ['Digitala Västerbotten 2.0', null],
  ])('%s → %s', (name, expected) => {
    expect(acronymOf(name)).toBe(expected);
  });
});

describe('findProjectList', () => {
  it('reads numbered blocks with a subtitle line, an owner with a comma, and a list that ends mid-line', () => {
    const text = [
      'De beviljade projekten är:',
      '1. Alfa i Norr (ALFA)',
      '– långsiktig samverkan',
      'Projektägare Handelskammarens Service, AC län AB, beviljas 893 984 kr',
      'Projektet ska göra saker: 1) planera',
      '2) genomföra. Projektperiod: 2023-01-01 - 2023-07-31',
      '2. Beta',
      'Projektägare Umeå universitet beviljas 1,2 miljoner kronor',
      'Text. Projektperiod: 2023-04-01 - 2024-08-31För mer information:',
      '3. Kontakta oss',
      'Beviljas 5 kr',
    ].join('\n');
    expect(brief(text)).toEqual([
      ['Alfa i Norr (ALFA)', 'ALFA', 'Handelskammarens Service, AC län AB', 893_984, '2023-01-01', '2023-07-31'],
      ['Beta', null, 'Umeå universitet', 1_200_000, '2023-04-01', '2024-08-31'],
    ]);
  });

  it('reads labelled blocks without numbers; a missing value is null', () => {
    const text = [
      'Inledning om beslutet.',
      'Musik i skogen',
      'Projektägare: Hälsinglands Musikförening',
      'Org.nr: 802400-1235',
      'Belopp: 950 tkr',
      'Projektperiod: 2024-08-01 – 2025-07-31',
      'Läsfrämjande',
      'Projektägare: Ljusdals kommun',
    ].join('\n');
    const projects = findProjectList(doc(text));
    expect(projects.map((p) => [p.name, p.owner, p.ownerOrgNumber, p.amountSek, p.periodStart])).toEqual([
      ['Musik i skogen', 'Hälsinglands Musikförening', '802400-1235', 950_000, '2024-08-01'],
      ['Läsfrämjande', 'Ljusdals kommun', null, null, null],
    ]);
  });

  it('reads a table whose amount column gives the unit in its header, skipping the total row', () => {
    const text = [
      '| Projektnamn | Sökande | Beviljat (tkr) | Start | Slut |',
      '|:---|---|---:|---|---|',
      '| Grön vätgas Norr (GVN) | Luleå tekniska universitet | 1 850 | 2024-04-01 | 2026-03-31 |',
      '| Arktisk testbädd | Arjeplogs kommun | 1 000,5 | | |',
      '| Totalt | | 2 850,5 | | |',
    ].join('\n');
    expect(brief(text)).toEqual([
      ['Grön vätgas Norr (GVN)', 'GVN', 'Luleå tekniska universitet', 1_850_000, '2024-04-01', '2026-03-31'],
      ['Arktisk testbädd', null, 'Arjeplogs kommun', 1_000_500, null, null],
    ]);
  });

  it('reads prose: "X får N kronor för projektet Y" and "Projektet Y, som drivs av X, får N"', () => {
    const text =
      'Nämnden beviljar 3,5 miljoner kronor. Luleå kommun får 1 200 000 kronor för projektet Smart stad Luleå, som pågår ' +
      '2024-01-01 – 2025-12-31. Dessutom beviljas Piteå Science Park AB 850 tkr för förstudien ”Cirkulär industri”. ' +
      'Projektet Arktiskt ljus (ARL), som drivs av Kiruna kommun, får 1,4 miljoner\nkronor. Projektet pågår 2024-05-01 – 2026-04-30.';
    expect(brief(text)).toEqual([
      ['Smart stad Luleå', null, 'Luleå kommun', 1_200_000, '2024-01-01', '2025-12-31'],
      ['Cirkulär industri', null, 'Piteå Science Park AB', 850_000, null, null],
      ['Arktiskt ljus (ARL)', 'ARL', 'Kiruna kommun', 1_400_000, '2024-05-01', '2026-04-30'],
    ]);
  });

  it('finds no projects in a list of regions', () => {
    expect(findProjectList(doc('Regeringen erbjuder följande regioner:\n- Region Skåne\n- Region Halland'))).toEqual(
      [],
    );
  });
});

describe('findAmounts (values.ts fix)', () => {
  it('reads "miljoner" and "miljarder" whole, not as "milj"', () => {
    expect(findAmounts('25,5 miljoner kronor till').map((a) => [a.raw, a.value.sek])).toEqual([
      ['25,5 miljoner kronor', 25_500_000],
    ]);
    expect(findAmounts('2 miljarder kronor').map((a) => a.value.sek)).toEqual([2_000_000_000]);
    expect(findAmounts('3 milj. kr och 4 milj kr').map((a) => a.value.sek)).toEqual([3_000_000, 4_000_000]);
  });
});
