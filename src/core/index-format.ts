// The precomputed index: a compact binary file of typed-array sections, written once by
// scripts/build-index.ts and opened by the background worker, the CLI, the tests, eval and bench.
//
// Why this shape: a few hundred thousand entities must load in well under 150 ms and cost little heap.
// Typed-array views over one buffer cost nothing to "parse"; strings stay UTF-8 until an entity is
// actually shown; keys are one sorted string so a single binary search answers both "is this a key?"
// and "does a longer key start with these words?" (what the matcher needs to extend a span).
//
// Layout (little-endian, every section 4-byte aligned):
//   "DRMX" | u32 format version | u32 header byte length | header JSON (UTF-8) | padding | sections...
// The header lists each section's [byteOffset, byteLength] and the counts. The shipped file is gzip'd.

import {
  ALIAS_KINDS,
  PERSON_KINDS,
  PLACE_KINDS,
  type AliasKind,
  type EntityKind,
  type EntityType,
  type IndexEntityInput,
} from './types.ts';
import { normaliseKey } from './normalise.ts';

export const FORMAT_VERSION = 2;
const MAGIC = 0x584d5244; // "DRMX" read as a little-endian u32
/** Entity id and alias kind share one u32 in a posting: id << ALIAS_BITS | kind. */
const ALIAS_BITS = 3;
const PRIOR_SCALE = 65535;
/** Coordinates are stored as hundredths of a degree (about 1 km): Int16 holds ±327°. */
const COORD_SCALE = 100;
const NO_COORD = -32768;
/** Keys longer than this many tokens are dropped: no real name is longer, and it bounds the matcher. */
export const MAX_KEY_TOKENS = 8;

const ENTITY_KINDS: readonly EntityKind[] = [...PLACE_KINDS, ...PERSON_KINDS];

export interface IndexBuildInput {
  entities: IndexEntityInput[];
  /** First-name lexicon (any case) for finding people that are not in the index. */
  givenNames: string[];
  /** Demonyms and adjectives ("Syrian", "Turkish"): never place mentions, good person/context cues. */
  demonyms: string[];
  /** Frequent lower-case English words, to distrust sentence-initial capitalised matches ("Nice", "Split"). */
  commonWords: string[];
  /** One line per data source: name, version, licence. */
  sources: string[];
}

interface Header {
  entityCount: number;
  keyCount: number;
  postingCount: number;
  countries: string[];
  sources: string[];
  sections: Record<string, [number, number]>;
}

export class IndexFormatError extends Error {
  constructor(why: string) {
    super(`index damaged — reinstall (${why})`);
    this.name = 'IndexFormatError';
  }
}

// ---------------------------------------------------------------- writer

const utf8 = new TextEncoder();

function encodeStrings(strings: readonly string[]): { blob: Uint8Array; offsets: Uint32Array } {
  const offsets = new Uint32Array(strings.length + 1);
  const parts: Uint8Array[] = [];
  let total = 0;
  strings.forEach((s, i) => {
    const bytes = utf8.encode(s);
    parts.push(bytes);
    offsets[i] = total;
    total += bytes.length;
  });
  offsets[strings.length] = total;
  const blob = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    blob.set(p, at);
    at += p.length;
  }
  return { blob, offsets };
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Serialises the index. The same input always gives the same bytes. */
export function writeIndex(input: IndexBuildInput): Uint8Array {
  const entities = input.entities;
  const n = entities.length;
  if (n >= 2 ** (32 - ALIAS_BITS)) throw new Error('too many entities for the posting format');

  // Countries: sorted unique codes; entry 0 is '' (none).
  const countries = ['', ...[...new Set(entities.map((e) => e.country).filter(Boolean))].sort()];
  const countryIndex = new Map(countries.map((c, i) => [c, i]));

  // Descriptions are few distinct strings repeated many times: intern them.
  const descriptions: string[] = [];
  const descriptionIndex = new Map<string, number>();
  const entDesc = new Uint32Array(n);
  const entKind = new Uint8Array(n);
  if (countries.length > 256) throw new Error('more than 255 countries');
  const entCountry = new Uint8Array(n);
  const entPrior = new Uint16Array(n);
  const entWikidata = new Uint32Array(n);
  const entLat = new Int16Array(n);
  const entLon = new Int16Array(n);

  // key → (entity → best alias kind)
  const keyPostings = new Map<string, Map<number, number>>();
  const addKey = (key: string, entity: number, kind: number) => {
    if (!key || key.split(' ').length > MAX_KEY_TOKENS) return;
    let postings = keyPostings.get(key);
    if (!postings) keyPostings.set(key, (postings = new Map()));
    const previous = postings.get(entity);
    if (previous === undefined || kind < previous) postings.set(entity, kind);
  };

  entities.forEach((e, i) => {
    let d = descriptionIndex.get(e.description);
    if (d === undefined) {
      d = descriptions.length;
      descriptions.push(e.description);
      descriptionIndex.set(e.description, d);
    }
    entDesc[i] = d;
    const kind = ENTITY_KINDS.indexOf(e.kind);
    if (kind < 0) throw new Error(`unknown entity kind ${e.kind} for ${e.name}`);
    const isPersonKind = (PERSON_KINDS as readonly string[]).includes(e.kind);
    if (isPersonKind !== (e.type === 'person')) throw new Error(`kind ${e.kind} does not fit type ${e.type} (${e.name})`);
    entKind[i] = kind;
    entCountry[i] = countryIndex.get(e.country) ?? 0;
    entPrior[i] = Math.round(Math.min(1, Math.max(0, e.prior || 0)) * PRIOR_SCALE);
    const q = /^Q(\d+)$/.exec(e.wikidata);
    entWikidata[i] = q ? Number(q[1]) : 0;
    const hasCoords = typeof e.lat === 'number' && typeof e.lon === 'number' && Number.isFinite(e.lat) && Number.isFinite(e.lon);
    entLat[i] = hasCoords ? Math.round(e.lat! * COORD_SCALE) : NO_COORD;
    entLon[i] = hasCoords ? Math.round(e.lon! * COORD_SCALE) : NO_COORD;
    addKey(normaliseKey(e.name), i, 0);
    for (const alias of e.aliases) {
      const aliasKind = ALIAS_KINDS.indexOf(alias.kind);
      if (aliasKind < 0) throw new Error(`unknown alias kind ${alias.kind}`);
      addKey(normaliseKey(alias.text), i, aliasKind);
    }
  });

  const keys = [...keyPostings.keys()].sort(compareCodeUnits);
  const keyOffsets = new Uint32Array(keys.length + 1);
  const keyPostingStart = new Uint32Array(keys.length + 1);
  let postingCount = 0;
  for (const key of keys) postingCount += keyPostings.get(key)!.size;
  const postings = new Uint32Array(postingCount);
  let keyChars = 0;
  let p = 0;
  keys.forEach((key, k) => {
    keyOffsets[k] = keyChars;
    keyChars += key.length;
    keyPostingStart[k] = p;
    // Most likely reading first: by prior, then by alias strength, then by row for determinism.
    const list = [...keyPostings.get(key)!.entries()].sort(
      (a, b) => entPrior[b[0]]! - entPrior[a[0]]! || a[1] - b[1] || a[0] - b[0],
    );
    for (const [entity, kind] of list) postings[p++] = (entity << ALIAS_BITS) | kind;
  });
  keyOffsets[keys.length] = keyChars;
  keyPostingStart[keys.length] = p;

  const names = encodeStrings(entities.map((e) => e.name));
  const descs = encodeStrings(descriptions);
  const sections: [string, Uint8Array | Uint16Array | Int16Array | Uint32Array][] = [
    ['nameOffsets', names.offsets],
    ['names', names.blob],
    ['descOffsets', descs.offsets],
    ['descs', descs.blob],
    ['entDesc', entDesc],
    ['entKind', entKind],
    ['entCountry', entCountry],
    ['entPrior', entPrior],
    ['entWikidata', entWikidata],
    ['entLat', entLat],
    ['entLon', entLon],
    ['keys', utf8.encode(keys.join(''))],
    ['keyOffsets', keyOffsets],
    ['keyPostingStart', keyPostingStart],
    ['postings', postings],
    ['givenNames', utf8.encode(sortedFolded(input.givenNames).join('\n'))],
    ['demonyms', utf8.encode(sortedFolded(input.demonyms).join('\n'))],
    ['commonWords', utf8.encode(sortedFolded(input.commonWords).join('\n'))],
  ];

  // The header holds section offsets, which depend on the header's own length: iterate to a fixed point.
  const header: Header = {
    entityCount: n,
    keyCount: keys.length,
    postingCount,
    countries,
    sources: input.sources,
    sections: {},
  };
  let headerBytes = new Uint8Array();
  for (let attempt = 0; attempt < 4; attempt++) {
    headerBytes = utf8.encode(JSON.stringify(header));
    let at = align4(12 + headerBytes.length);
    const next: Header['sections'] = {};
    for (const [name, array] of sections) {
      next[name] = [at, array.byteLength];
      at = align4(at + array.byteLength);
    }
    if (JSON.stringify(next) === JSON.stringify(header.sections)) break;
    header.sections = next;
  }
  headerBytes = utf8.encode(JSON.stringify(header));
  const lastSection = header.sections[sections[sections.length - 1]![0]]!;
  const out = new Uint8Array(align4(lastSection[0] + lastSection[1]));
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  for (const [name, array] of sections) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), header.sections[name]![0]);
  }
  return out;
}

function sortedFolded(words: readonly string[]): string[] {
  return [...new Set(words.map(normaliseKey).filter(Boolean))].sort(compareCodeUnits);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

// ---------------------------------------------------------------- reader

const utf8Decoder = new TextDecoder('utf-8', { fatal: false });

/** One key's candidate readings, most likely first. */
export interface Posting {
  entity: number;
  aliasKind: AliasKind;
}

/** Result of looking a folded token sequence up: is it a key, and could a longer key start with it? */
export interface KeyLookup {
  /** Index of the key, or -1. */
  key: number;
  /** True when some longer key begins with these tokens followed by a space. */
  extends: boolean;
}

/** A loaded index. All look-ups are allocation-light and never throw. */
export class DramatisIndex {
  readonly entityCount: number;
  readonly keyCount: number;
  readonly sources: readonly string[];
  readonly byteLength: number;
  private readonly countries: readonly string[];
  private readonly nameOffsets: Uint32Array;
  private readonly names: Uint8Array;
  private readonly descOffsets: Uint32Array;
  private readonly descs: Uint8Array;
  private readonly entDesc: Uint32Array;
  private readonly entKind: Uint8Array;
  private readonly entCountry: Uint8Array;
  private readonly entPrior: Uint16Array;
  private readonly entWikidata: Uint32Array;
  private readonly entLat: Int16Array;
  private readonly entLon: Int16Array;
  private readonly keys: string;
  private readonly keyOffsets: Uint32Array;
  private readonly keyPostingStart: Uint32Array;
  private readonly postingArray: Uint32Array;
  private readonly givenNames: ReadonlySet<string>;
  private readonly demonyms: ReadonlySet<string>;
  private readonly commonWords: ReadonlySet<string>;
  private readonly nameCache = new Map<number, string>();

  constructor(bytes: Uint8Array) {
    if (bytes.byteLength < 12) throw new IndexFormatError('file too short');
    // Typed-array views need 4-byte alignment; a Node Buffer slice may not have it.
    if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) throw new IndexFormatError('not a Dramatis index');
    const version = view.getUint32(4, true);
    if (version !== FORMAT_VERSION) throw new IndexFormatError(`format version ${version}, expected ${FORMAT_VERSION}`);
    const headerLength = view.getUint32(8, true);
    if (12 + headerLength > bytes.byteLength) throw new IndexFormatError('truncated header');
    let header: Header;
    try {
      header = JSON.parse(utf8Decoder.decode(bytes.subarray(12, 12 + headerLength))) as Header;
    } catch {
      throw new IndexFormatError('unreadable header');
    }
    this.byteLength = bytes.byteLength;
    const section = (name: string): [number, number] => {
      const s = header.sections?.[name];
      if (!s || s[0] % 4 !== 0 || s[0] + s[1] > bytes.byteLength) throw new IndexFormatError(`section ${name} missing or truncated`);
      return [bytes.byteOffset + s[0], s[1]];
    };
    const u8 = (name: string) => new Uint8Array(bytes.buffer, ...section(name));
    const u16 = (name: string) => {
      const [o, l] = section(name);
      return new Uint16Array(bytes.buffer, o, l / 2);
    };
    const u32 = (name: string) => {
      const [o, l] = section(name);
      return new Uint32Array(bytes.buffer, o, l / 4);
    };
    const i16 = (name: string) => {
      const [o, l] = section(name);
      return new Int16Array(bytes.buffer, o, l / 2);
    };
    const n = header.entityCount;
    this.entityCount = n;
    this.keyCount = header.keyCount;
    this.sources = header.sources ?? [];
    this.countries = header.countries ?? [''];
    this.nameOffsets = u32('nameOffsets');
    this.names = u8('names');
    this.descOffsets = u32('descOffsets');
    this.descs = u8('descs');
    this.entDesc = u32('entDesc');
    this.entKind = u8('entKind');
    this.entCountry = u8('entCountry');
    this.entPrior = u16('entPrior');
    this.entWikidata = u32('entWikidata');
    this.entLat = i16('entLat');
    this.entLon = i16('entLon');
    this.keys = utf8Decoder.decode(u8('keys'));
    this.keyOffsets = u32('keyOffsets');
    this.keyPostingStart = u32('keyPostingStart');
    this.postingArray = u32('postings');
    const lexicon = (name: string) => new Set(utf8Decoder.decode(u8(name)).split('\n').filter(Boolean));
    this.givenNames = lexicon('givenNames');
    this.demonyms = lexicon('demonyms');
    this.commonWords = lexicon('commonWords');
    this.validate(header);
  }

  /** Cheap structural checks so a damaged file fails here, not later with a wrong answer. */
  private validate(header: Header): void {
    const n = this.entityCount;
    const k = this.keyCount;
    const sizes: [string, number, number][] = [
      ['nameOffsets', this.nameOffsets.length, n + 1],
      ['entDesc', this.entDesc.length, n],
      ['entKind', this.entKind.length, n],
      ['entCountry', this.entCountry.length, n],
      ['entPrior', this.entPrior.length, n],
      ['entWikidata', this.entWikidata.length, n],
      ['entLat', this.entLat.length, n],
      ['keyOffsets', this.keyOffsets.length, k + 1],
      ['keyPostingStart', this.keyPostingStart.length, k + 1],
      ['postings', this.postingArray.length, header.postingCount],
    ];
    for (const [name, actual, expected] of sizes) {
      if (actual !== expected) throw new IndexFormatError(`section ${name} has ${actual} entries, expected ${expected}`);
    }
    if (this.nameOffsets[n] !== this.names.length) throw new IndexFormatError('name table inconsistent');
    if (this.keyOffsets[k] !== this.keys.length) throw new IndexFormatError('key table inconsistent');
    if (this.keyPostingStart[k] !== this.postingArray.length) throw new IndexFormatError('posting table inconsistent');
    const descCount = this.descOffsets.length - 1;
    for (let i = 0; i < n; i++) {
      if (this.entDesc[i]! >= descCount || this.entKind[i]! >= ENTITY_KINDS.length || this.entCountry[i]! >= this.countries.length)
        throw new IndexFormatError(`entity ${i} out of range`);
    }
    for (let i = 0; i < this.postingArray.length; i++) {
      if (this.postingArray[i]! >>> ALIAS_BITS >= n) throw new IndexFormatError('posting out of range');
    }
  }

  // ---- keys

  /** Compares the query with key i without allocating. */
  private compareKey(i: number, query: string): number {
    const start = this.keyOffsets[i]!;
    const end = this.keyOffsets[i + 1]!;
    const keys = this.keys;
    const length = Math.min(end - start, query.length);
    for (let j = 0; j < length; j++) {
      const d = keys.charCodeAt(start + j) - query.charCodeAt(j);
      if (d !== 0) return d;
    }
    return end - start - query.length;
  }

  /** Looks a folded key up ("saudi arabia") and tells whether a longer key extends it. */
  lookup(query: string): KeyLookup {
    let lo = 0;
    let hi = this.keyCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareKey(mid, query) < 0) lo = mid + 1;
      else hi = mid;
    }
    let key = -1;
    let next = lo;
    if (lo < this.keyCount && this.compareKey(lo, query) === 0) {
      key = lo;
      next = lo + 1;
    }
    let extendsKey = false;
    if (next < this.keyCount) {
      const start = this.keyOffsets[next]!;
      const end = this.keyOffsets[next + 1]!;
      extendsKey =
        end - start > query.length &&
        this.keys.charCodeAt(start + query.length) === 32 &&
        this.keys.startsWith(query, start);
    }
    return { key, extends: extendsKey };
  }

  keyText(key: number): string {
    return this.keys.slice(this.keyOffsets[key], this.keyOffsets[key + 1]);
  }

  /** Candidate readings of a key, most likely first. */
  postings(key: number): Posting[] {
    const out: Posting[] = [];
    for (let i = this.keyPostingStart[key]!, end = this.keyPostingStart[key + 1]!; i < end; i++) {
      const p = this.postingArray[i]!;
      out.push({ entity: p >>> ALIAS_BITS, aliasKind: ALIAS_KINDS[p & ((1 << ALIAS_BITS) - 1)] ?? 'alt' });
    }
    return out;
  }

  // ---- entities

  name(entity: number): string {
    let name = this.nameCache.get(entity);
    if (name === undefined) {
      name = utf8Decoder.decode(this.names.subarray(this.nameOffsets[entity], this.nameOffsets[entity + 1]));
      this.nameCache.set(entity, name);
    }
    return name;
  }
  description(entity: number): string {
    const d = this.entDesc[entity]!;
    return utf8Decoder.decode(this.descs.subarray(this.descOffsets[d], this.descOffsets[d + 1]));
  }
  kind(entity: number): EntityKind {
    return ENTITY_KINDS[this.entKind[entity]!]!;
  }
  type(entity: number): EntityType {
    return this.entKind[entity]! >= PLACE_KINDS.length ? 'person' : 'place';
  }
  country(entity: number): string {
    return this.countries[this.entCountry[entity]!] ?? '';
  }
  /** Popularity prior in [0, 1]. */
  prior(entity: number): number {
    return this.entPrior[entity]! / PRIOR_SCALE;
  }
  wikidata(entity: number): string {
    const q = this.entWikidata[entity]!;
    return q ? `Q${q}` : '';
  }
  /** [lon, lat], or undefined when the entity has no coordinates. */
  coords(entity: number): [number, number] | undefined {
    const lat = this.entLat[entity]!;
    const lon = this.entLon[entity]!;
    return lat === NO_COORD || lon === NO_COORD ? undefined : [lon / COORD_SCALE, lat / COORD_SCALE];
  }

  // ---- lexicons (all take folded words)

  isGivenName(folded: string): boolean {
    return this.givenNames.has(folded);
  }
  isDemonym(folded: string): boolean {
    return this.demonyms.has(folded);
  }
  isCommonWord(folded: string): boolean {
    return this.commonWords.has(folded);
  }
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Decompresses gzip with the web-standard DecompressionStream (native in browsers and Node). */
async function gunzipWithStreams(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export interface LoadOptions {
  /**
   * Gzip decompressor. Browsers use DecompressionStream (the default); Node shells pass zlib's gunzipSync,
   * which is several times faster there than Node's web-streams DecompressionStream.
   */
  gunzip?: (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;
}

/**
 * Opens an index file (gzip'd as shipped, or raw). The one loader everything uses: the background
 * worker, the CLI, tests, eval and bench. Throws IndexFormatError on a damaged or truncated file.
 */
export async function loadIndex(bytes: Uint8Array, options: LoadOptions = {}): Promise<DramatisIndex> {
  if (!isGzip(bytes)) return new DramatisIndex(bytes);
  let raw: Uint8Array;
  try {
    raw = await (options.gunzip ?? gunzipWithStreams)(bytes);
  } catch (error) {
    throw new IndexFormatError(`cannot decompress: ${(error as Error).message}`);
  }
  return new DramatisIndex(raw);
}
