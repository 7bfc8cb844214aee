// Shared types of the pure core (text → entities). No browser or Node APIs here.

export type EntityType = 'person' | 'place';

/** Finer kind of a place. Order matters: it is stored as a small integer in the index. */
export const PLACE_KINDS = [
  'country',
  'city',
  'admin1', // state, province, governorate
  'admin2', // county, district
  'region', // Middle East, Balkans, Sahel, continents, subregions
  'sea', // seas, oceans, gulfs, bays, straits
  'river',
  'lake',
  'mountain',
  'island',
  'territory', // disputed or dependent areas (Golan Heights, West Bank)
  'place', // anything else
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PERSON_KINDS = ['politician', 'notable', 'person'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export type EntityKind = PlaceKind | PersonKind;

/**
 * How a key relates to its entity. Stored in the low bits of each posting.
 * - name: the canonical name or an official/common full variant ("Recep Tayyip Erdogan")
 * - alt: a looser full variant (transliteration, native name, "Sergei Lavrov")
 * - surname: a person's family name alone ("Erdogan", "Assad")
 * - short: an abbreviation or short form that must be written in capitals ("US", "U.S.", "UK")
 * - given: a person's given name alone (rarely useful; kept low-weight)
 */
export const ALIAS_KINDS = ['name', 'alt', 'surname', 'short', 'given'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

/** One entity as the index builder hands it to the index writer. */
export interface IndexEntityInput {
  type: EntityType;
  kind: EntityKind;
  /** Canonical display name, e.g. "Recep Tayyip Erdoğan", "Washington, D.C.". */
  name: string;
  /** Surface forms, un-normalised; the writer normalises them. The name itself is added automatically. */
  aliases: { text: string; kind: AliasKind }[];
  /** One line of English, e.g. "President of Turkey", "city in Aleppo Governorate, Syria". */
  description: string;
  /** ISO 3166-1 alpha-2 country code, or '' when none (seas, regions, stateless). */
  country: string;
  /** Wikidata id such as "Q76", or '' when the source has none. */
  wikidata: string;
  /** WGS84 coordinates for places; NaN or undefined for people. */
  lat?: number;
  lon?: number;
  /** Popularity prior in [0, 1]: higher is more likely a priori (population, notability rank). */
  prior: number;
}

/** One mention of an entity: [start, end) offsets into the analysed text, in UTF-16 code units. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** One entity found in a text, with all its mentions. */
export interface FoundEntity {
  /** Stable id: the Wikidata id when known, else "dramatis:<index row>" or "unknown:<normalised name>". */
  id: string;
  name: string;
  type: EntityType;
  kind: EntityKind;
  description: string;
  /** ISO alpha-2 or ''. */
  country: string;
  inIndex: boolean;
  wikidata: string;
  /** [lon, lat] for places when known. */
  coords?: [number, number];
  mentions: Mention[];
  /** Higher is more central to the article; entities come out sorted by it. */
  salience: number;
}

export interface AnnotateResult {
  people: FoundEntity[];
  places: FoundEntity[];
}
