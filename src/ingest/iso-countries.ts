import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Dataset, EntityRecord } from './dataset.ts';

/** The languages whose country names become aliases (so "Allemagne" and "Deutschland" find Germany). */
export const COUNTRY_NAME_LANGUAGES = [
  'en',
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'ru',
  'zh',
  'ja',
  'ko',
  'ar',
];

/** The Source node every ISO country cites: the library, by name and version. */
export const ISO_COUNTRIES_SOURCE = 'source:i18n-iso-countries';

const library = createRequire(import.meta.url)('i18n-iso-countries/package.json') as {
  name: string;
  version: string;
  author?: { name?: string };
  license?: string;
};

function countryRecord(alpha2: string, alpha3: string): EntityRecord {
  const [name = alpha2, ...english] = countries.getName(alpha2, 'en', { select: 'all' }) ?? [];
  const aliases: string[] = [];
  const add = (alias: string) => void (alias !== name && !aliases.includes(alias) && aliases.push(alias));
  english.forEach(add);
  for (const language of COUNTRY_NAME_LANGUAGES.slice(1))
    (countries.getName(alpha2, language, { select: 'all' }) ?? []).forEach(add);
  return {
    id: `country:${alpha2.toLowerCase()}`,
    name,
    aliases,
    iso2: alpha2,
    iso3: alpha3,
    sources: [ISO_COUNTRIES_SOURCE],
  };
}

/**
 * Every ISO 3166-1 country as a version 2 dataset (`country:gb`, names in {@link COUNTRY_NAME_LANGUAGES}
 * as aliases), citing the library as its source. `seedGraph` imports it before the seed with the update
 * mode `fill`, so a dataset's own country record (its name, aliases, description) always wins.
 */
export function isoCountriesDataset(): Dataset {
  const codes = Object.entries(countries.getAlpha2Codes()).sort(([a], [b]) => (a < b ? -1 : 1));
  const title = `${library.name} ${library.version}: ISO 3166-1 countries, with their names in ${COUNTRY_NAME_LANGUAGES.length} languages`;
  return {
    format: 'tdg-dataset',
    version: 2,
    name: `iso-3166-1-countries (${library.name} ${library.version})`,
    description:
      'Every ISO 3166-1 country, loaded before any dataset so that each is in the graph from the start.',
    sources: [
      {
        id: ISO_COUNTRIES_SOURCE,
        name: title,
        title,
        url: `https://www.npmjs.com/package/${library.name}/v/${library.version}`,
        publisher: `${library.author?.name ?? 'unknown'} (npm package ${library.name}, ${library.license ?? 'no licence given'})`,
        language: 'mul',
        reliability: 'secondary',
        reliabilityNote:
          'ISO 3166-1 alpha-2 and alpha-3 codes as the library packages them; the names in other languages are its own translations, not ISO text.',
      },
    ],
    countries: codes.map(([alpha2, alpha3]) => countryRecord(alpha2, alpha3)),
  };
}
