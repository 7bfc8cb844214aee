// The precomputed index: a compact binary file of typed-array sections, written once by
// scripts/build-index.ts and opened by the background worker, the CLI, the tests, eval and bench.
//
// Why this shape: a few hundred thousand entities must load in well under 150 ms and cost little heap.
// Typed-array views over one buffer cost nothing to "parse"; strings stay UTF-8 until an entity is
// actually shown; keys are sorted and front-coded in blocks, so one binary search over block heads and a
// short allocation-free scan answer both "is this a key?" and "does a longer key start with these
// words?" (what the matcher needs to extend a span). Offsets are stored as byte lengths and summed at
// load, which keeps the file small.
//
// Layout (little-endian, every section 4-byte aligned):
//   "DRMX" | u32 format version | u32 header byte length | header JSON (UTF-8) | pad | HOT | pad | COLD
// HOT holds what matching needs (keys, readings, kinds, priors) and is stored raw, so it costs nothing
// to open; COLD holds what only display needs (names, descriptions, Wikidata ids, coordinates, the
// lexicons) and is gzip'd in the shipped file: small to ship, and only it has to be decompressed. The
// header lists each section's region, offset in that region and length, and a checksum of HOT (gzip's
// CRC-32 vouches for COLD). Places come before people, so coordinates are stored for places only.

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

export const FORMAT_VERSION = 4;
const MAGIC = 0x584d5244; // "DRMX" read as a little-endian u32
/** Entity id and alias kind share one u32 in a posting: id << ALIAS_BITS | kind. */
const ALIAS_BITS = 3;
const PRIOR_SCALE = 255;
/** Coordinates are stored as hundredths of a degree (about 1 km): Int16 holds ±327°. */
const COORD_SCALE = 100;
const NO_COORD = -32768;
/** How many keys' readings (and entities' names) the index keeps decoded between articles. */
const POSTING_CACHE_SIZE = 20_000;
/** Keys per front-coded block: one full key, then (shared prefix, suffix) pairs. */
const KEY_BLOCK = 16;
/** Byte-length fields are u8: longer names are cut, longer keys dropped, extra readings dropped. */
const MAX_FIELD = 255;
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

type Region = 'hot' | 'cold';

interface Header {
  entityCount: number;
  placeCount: number;
  keyCount: number;
  postingCount: number;
  descriptionCount: number;
  countries: string[];
  sources: string[];
  /** Byte length and checksum of the raw HOT region. */
  hot: { length: number; checksum: number };
  /** Stored byte length of COLD, its length once decompressed, and whether it is gzip'd. */
  cold: { length: number; rawLength: number; gzip: boolean };
  /** Section name → [region, byte offset in that region, byte length]. */
  sections: Record<string, [Region, number, number]>;
}

/** What matching needs goes HOT (raw); everything else COLD (gzip'd when shipped). */
const COLD_SECTIONS = new Set(['nameLengths', 'names', 'descLengths', 'descs', 'entDesc', 'entWikidata', 'entLat', 'entLon', 'givenNames', 'demonyms', 'commonWords']);

export class IndexFormatError extends Error {
  constructor(why: string) {
    super(`index damaged — reinstall (${why})`);
    this.name = 'IndexFormatError';
  }
}

// ---------------------------------------------------------------- writer

const utf8 = new TextEncoder();

/** Strings as one UTF-8 blob and a u8 byte length each (cut at a character boundary if longer). */
function encodeStrings(strings: readonly string[]): { blob: Uint8Array; lengths: Uint8Array } {
  const lengths = new Uint8Array(strings.length);
  const parts: Uint8Array[] = [];
  let total = 0;
  strings.forEach((s, i) => {
    let bytes = utf8.encode(s);
    for (let cut = s.length; bytes.length > MAX_FIELD; cut--) bytes = utf8.encode(s.slice(0, cut));
    parts.push(bytes);
    lengths[i] = bytes.length;
    total += bytes.length;
  });
  return { blob: concat(parts, total), lengths };
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const blob = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    blob.set(p, at);
    at += p.length;
  }
  return blob;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length, MAX_FIELD);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

export interface WriteOptions {
  /** Compresses the COLD region (the build passes zlib's gzipSync); without it COLD is stored raw. */
  gzip?: (bytes: Uint8Array) => Uint8Array;
}

/** Serialises the index. The same input always gives the same bytes. */
export function writeIndex(input: IndexBuildInput, options: WriteOptions = {}): Uint8Array {
  // Places first (stable), so coordinates need storing for places only.
  const entities = [...input.entities.filter((e) => e.type === 'place'), ...input.entities.filter((e) => e.type !== 'place')];
  const n = entities.length;
  const placeCount = input.entities.filter((e) => e.type === 'place').length;
  if (n >= 2 ** (32 - ALIAS_BITS)) throw new Error('too many entities for the posting format');

  // Countries: sorted unique codes; entry 0 is '' (none).
  const countries = ['', ...[...new Set(entities.map((e) => e.country).filter(Boolean))].sort()];
  if (countries.length > 256) throw new Error('more than 255 countries');
  const countryIndex = new Map(countries.map((c, i) => [c, i]));

  // Descriptions are few distinct strings repeated many times: intern them.
  const descriptions: string[] = [];
  const descriptionIndex = new Map<string, number>();
  const entDescWide = new Uint32Array(n);
  const entKind = new Uint8Array(n);
  const entCountry = new Uint8Array(n);
  const entPrior = new Uint8Array(n);
  const entWikidata = new Uint32Array(n);
  const entLat = new Int16Array(placeCount);
  const entLon = new Int16Array(placeCount);

  // key → (entity → best alias kind)
  const keyPostings = new Map<string, Map<number, number>>();
  const addKey = (key: string, entity: number, kind: number) => {
    if (!key || key.length > MAX_FIELD || key.split(' ').length > MAX_KEY_TOKENS) return;
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
    entDescWide[i] = d;
    const kind = ENTITY_KINDS.indexOf(e.kind);
    if (kind < 0) throw new Error(`unknown entity kind ${e.kind} for ${e.name}`);
    const isPersonKind = (PERSON_KINDS as readonly string[]).includes(e.kind);
    if (isPersonKind !== (e.type === 'person')) throw new Error(`kind ${e.kind} does not fit type ${e.type} (${e.name})`);
    entKind[i] = kind;
    entCountry[i] = countryIndex.get(e.country) ?? 0;
    entPrior[i] = Math.round(Math.min(1, Math.max(0, e.prior || 0)) * PRIOR_SCALE);
    const q = /^Q(\d+)$/.exec(e.wikidata);
    entWikidata[i] = q ? Number(q[1]) : 0;
    if (i < placeCount) {
      const hasCoords = typeof e.lat === 'number' && typeof e.lon === 'number' && Number.isFinite(e.lat) && Number.isFinite(e.lon);
      entLat[i] = hasCoords ? Math.round(e.lat! * COORD_SCALE) : NO_COORD;
      entLon[i] = hasCoords ? Math.round(e.lon! * COORD_SCALE) : NO_COORD;
    }
    addKey(normaliseKey(e.name), i, 0);
    for (const alias of e.aliases) {
      const aliasKind = ALIAS_KINDS.indexOf(alias.kind);
      if (aliasKind < 0) throw new Error(`unknown alias kind ${alias.kind}`);
      addKey(normaliseKey(alias.text), i, aliasKind);
    }
  });
  // Descriptions fit u16 indexes unless there are very many.
  const entDesc = descriptions.length <= 0xffff ? Uint16Array.from(entDescWide) : entDescWide;

  // Keys, front-coded in blocks; postings as a count per key plus a start per block.
  const keys = [...keyPostings.keys()].sort(compareCodeUnits);
  const blockCount = Math.ceil(keys.length / KEY_BLOCK);
  const keyPrefix = new Uint8Array(keys.length);
  const keySuffixLength = new Uint8Array(keys.length);
  const keyPostingCount = new Uint8Array(keys.length);
  const blockKeyStart = new Uint32Array(blockCount);
  const blockPostingStart = new Uint32Array(blockCount);
  const suffixes: string[] = [];
  const postingList: number[] = [];
  let keyChars = 0;
  keys.forEach((key, k) => {
    const blockHead = k % KEY_BLOCK === 0;
    if (blockHead) {
      blockKeyStart[k / KEY_BLOCK] = keyChars;
      blockPostingStart[k / KEY_BLOCK] = postingList.length;
    }
    const prefix = blockHead ? 0 : commonPrefixLength(keys[k - 1]!, key);
    keyPrefix[k] = prefix;
    keySuffixLength[k] = key.length - prefix;
    suffixes.push(key.slice(prefix));
    keyChars += key.length - prefix;
    // Most likely reading first: by prior, then by alias strength, then by row for determinism.
    const list = [...keyPostings.get(key)!.entries()]
      .sort((a, b) => entPrior[b[0]]! - entPrior[a[0]]! || a[1] - b[1] || a[0] - b[0])
      .slice(0, MAX_FIELD);
    keyPostingCount[k] = list.length;
    for (const [entity, kind] of list) postingList.push((entity << ALIAS_BITS) | kind);
  });
  const postings = Uint32Array.from(postingList);

  const names = encodeStrings(entities.map((e) => e.name));
  const descs = encodeStrings(descriptions);
  const sections: [string, Uint8Array | Uint16Array | Int16Array | Uint32Array][] = [
    ['nameLengths', names.lengths],
    ['names', names.blob],
    ['descLengths', descs.lengths],
    ['descs', descs.blob],
    ['entDesc', entDesc],
    ['entKind', entKind],
    ['entCountry', entCountry],
    ['entPrior', entPrior],
    ['entWikidata', entWikidata],
    ['entLat', entLat],
    ['entLon', entLon],
    ['keys', utf8.encode(suffixes.join(''))],
    ['keyPrefix', keyPrefix],
    ['keySuffixLength', keySuffixLength],
    ['keyPostingCount', keyPostingCount],
    ['blockKeyStart', blockKeyStart],
    ['blockPostingStart', blockPostingStart],
    ['postings', postings],
    ['givenNames', utf8.encode(sortedFolded(input.givenNames).join('\n'))],
    ['demonyms', utf8.encode(sortedFolded(input.demonyms).join('\n'))],
    ['commonWords', utf8.encode(sortedFolded(input.commonWords).join('\n'))],
  ];

  // Lay each region out, sections 4-byte aligned within it.
  const layout = (region: Region) => {
    const placed: Record<string, [Region, number, number]> = {};
    let at = 0;
    for (const [name, array] of sections) {
      if (COLD_SECTIONS.has(name) !== (region === 'cold')) continue;
      placed[name] = [region, at, array.byteLength];
      at = align4(at + array.byteLength);
    }
    const bytes = new Uint8Array(at);
    for (const [name, array] of sections) {
      const where = placed[name];
      if (where) bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), where[1]);
    }
    return { placed, bytes };
  };
  const hot = layout('hot');
  const cold = layout('cold');
  const coldStored = options.gzip ? options.gzip(cold.bytes) : cold.bytes;
  const header: Header = {
    entityCount: n,
    placeCount,
    keyCount: keys.length,
    postingCount: postings.length,
    descriptionCount: descriptions.length,
    countries,
    sources: input.sources,
    hot: { length: hot.bytes.length, checksum: checksum(hot.bytes) },
    cold: { length: coldStored.length, rawLength: cold.bytes.length, gzip: options.gzip !== undefined },
    sections: { ...hot.placed, ...cold.placed },
  };
  const headerBytes = utf8.encode(JSON.stringify(header));
  const hotStart = align4(12 + headerBytes.length);
  const coldStart = align4(hotStart + hot.bytes.length);
  const out = new Uint8Array(coldStart + coldStored.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  out.set(hot.bytes, hotStart);
  out.set(coldStored, coldStart);
  return out;
}

/** FNV-1a over 32-bit words: cheap enough to check the raw region at every load. */
function checksum(bytes: Uint8Array): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i]!, 0x01000193);
  for (let i = words.length * 4; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
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
  private readonly placeCount: number;
  private readonly countries: readonly string[];
  private readonly nameOffsets: Uint32Array;
  private readonly names: Uint8Array;
  private readonly descOffsets: Uint32Array;
  private readonly descs: Uint8Array;
  private readonly entDesc: Uint16Array | Uint32Array;
  private readonly entKind: Uint8Array;
  private readonly entCountry: Uint8Array;
  private readonly entPrior: Uint8Array;
  private readonly entWikidata: Uint32Array;
  private readonly entLat: Int16Array;
  private readonly entLon: Int16Array;
  /** Front-coded keys: each key's suffix, after `keyPrefix[k]` characters shared with key k - 1. */
  private readonly keys: string;
  private readonly keyPrefix: Uint8Array;
  private readonly keySuffixLength: Uint8Array;
  private readonly keyPostingCount: Uint8Array;
  private readonly blockKeyStart: Uint32Array;
  private readonly blockPostingStart: Uint32Array;
  private readonly postingArray: Uint32Array;
  private readonly givenNames: ReadonlySet<string>;
  private readonly demonyms: ReadonlySet<string>;
  private readonly commonWords: ReadonlySet<string>;
  private readonly nameCache = new Map<number, string>();
  private readonly postingCache = new Map<number, readonly Posting[]>();
  /**
   * Block search bounds by a key's first character (BMP code unit): blocks [bucketStart[c], bucketStart[c + 1])
   * hold the heads starting with c, give or take one block on each side. Built at load from the heads.
   */
  private readonly bucketStart: Uint32Array;

  /**
   * Opens an index whose COLD region is raw, or whose COLD region the caller has decompressed
   * (`loadIndex` does that). Throws IndexFormatError on a damaged or truncated file.
   */
  constructor(bytes: Uint8Array, decompressedCold?: Uint8Array) {
    const container = readContainer(bytes);
    const { header } = container;
    let cold = decompressedCold ?? container.coldStored;
    if (!decompressedCold && header.cold.gzip) throw new IndexFormatError('the cold region is compressed: open it with loadIndex');
    if (cold.length !== header.cold.rawLength) throw new IndexFormatError('cold region has the wrong length');
    if (cold.byteOffset % 4 !== 0) cold = cold.slice();
    const hot = container.hot;
    if (checksum(hot) !== header.hot.checksum) throw new IndexFormatError('checksum mismatch');
    this.byteLength = bytes.byteLength;
    const section = (name: string, unit: number): [ArrayBufferLike, number, number] => {
      const s = header.sections?.[name];
      const region = s?.[0] === 'hot' ? hot : s?.[0] === 'cold' ? cold : undefined;
      if (!s || !region || s[1] % 4 !== 0 || s[2] % unit !== 0 || s[1] + s[2] > region.byteLength) throw new IndexFormatError(`section ${name} missing or truncated`);
      return [region.buffer, region.byteOffset + s[1], s[2] / unit];
    };
    const u8 = (name: string) => new Uint8Array(...section(name, 1));
    const u16 = (name: string) => new Uint16Array(...section(name, 2));
    const i16 = (name: string) => new Int16Array(...section(name, 2));
    const u32 = (name: string) => new Uint32Array(...section(name, 4));
    const n = header.entityCount;
    this.entityCount = n;
    this.placeCount = header.placeCount;
    this.keyCount = header.keyCount;
    this.sources = header.sources ?? [];
    this.countries = header.countries ?? [''];
    this.names = u8('names');
    this.nameOffsets = prefixSums(u8('nameLengths'));
    this.descs = u8('descs');
    this.descOffsets = prefixSums(u8('descLengths'));
    this.entDesc = header.descriptionCount <= 0xffff ? u16('entDesc') : u32('entDesc');
    this.entKind = u8('entKind');
    this.entCountry = u8('entCountry');
    this.entPrior = u8('entPrior');
    this.entWikidata = u32('entWikidata');
    this.entLat = i16('entLat');
    this.entLon = i16('entLon');
    this.keys = utf8Decoder.decode(u8('keys'));
    this.keyPrefix = u8('keyPrefix');
    this.keySuffixLength = u8('keySuffixLength');
    this.keyPostingCount = u8('keyPostingCount');
    this.blockKeyStart = u32('blockKeyStart');
    this.blockPostingStart = u32('blockPostingStart');
    this.postingArray = u32('postings');
    this.bucketStart = firstCharBuckets(this.keys, this.blockKeyStart, this.keySuffixLength);
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
    const blocks = Math.ceil(k / KEY_BLOCK);
    const sizes: [string, number, number][] = [
      ['nameLengths', this.nameOffsets.length, n + 1],
      ['descLengths', this.descOffsets.length, header.descriptionCount + 1],
      ['entDesc', this.entDesc.length, n],
      ['entKind', this.entKind.length, n],
      ['entCountry', this.entCountry.length, n],
      ['entPrior', this.entPrior.length, n],
      ['entWikidata', this.entWikidata.length, n],
      ['entLat', this.entLat.length, this.placeCount],
      ['entLon', this.entLon.length, this.placeCount],
      ['keyPrefix', this.keyPrefix.length, k],
      ['keySuffixLength', this.keySuffixLength.length, k],
      ['keyPostingCount', this.keyPostingCount.length, k],
      ['blockKeyStart', this.blockKeyStart.length, blocks],
      ['blockPostingStart', this.blockPostingStart.length, blocks],
      ['postings', this.postingArray.length, header.postingCount],
    ];
    for (const [name, actual, expected] of sizes) {
      if (actual !== expected) throw new IndexFormatError(`section ${name} has ${actual} entries, expected ${expected}`);
    }
    if (!(this.placeCount <= n)) throw new IndexFormatError('place count out of range');
    if (this.nameOffsets[n] !== this.names.length) throw new IndexFormatError('name table inconsistent');
    if (this.descOffsets[header.descriptionCount] !== this.descs.length) throw new IndexFormatError('description table inconsistent');
    // The last block's suffixes and postings must end exactly where their sections end. Checks are
    // O(1) on purpose: the shipped file is gzip'd, and gzip's CRC-32 already vouches for every byte.
    if (k > 0) {
      const lastBlock = blocks - 1;
      let suffixEnd = this.blockKeyStart[lastBlock]!;
      let postingEnd = this.blockPostingStart[lastBlock]!;
      for (let i = lastBlock * KEY_BLOCK; i < k; i++) {
        suffixEnd += this.keySuffixLength[i]!;
        postingEnd += this.keyPostingCount[i]!;
      }
      if (suffixEnd !== this.keys.length || postingEnd !== this.postingArray.length) throw new IndexFormatError('key table inconsistent');
    }
    if (this.placeCount > n || (n > 0 && this.placeCount < n && this.entKind[this.placeCount]! < PLACE_KINDS.length))
      throw new IndexFormatError('entity table inconsistent');
  }

  // ---- keys

  /** Where key k's suffix starts in `keys`: its block's start plus the suffixes before it in the block. */
  private suffixStart(k: number): number {
    const head = k - (k % KEY_BLOCK);
    let at = this.blockKeyStart[head / KEY_BLOCK]!;
    for (let i = head; i < k; i++) at += this.keySuffixLength[i]!;
    return at;
  }

  /** Does the key whose suffix starts at `at` in `keys`, after `prefix` shared characters, start with query + " "? */
  private extendsAt(at: number, prefix: number, length: number, query: string): boolean {
    // Only called where the key is known to share min(prefix, query.length) characters with the query.
    if (prefix + length <= query.length || prefix > query.length) return false;
    for (let t = prefix; t < query.length; t++) if (this.keys.charCodeAt(at + t - prefix) !== query.charCodeAt(t)) return false;
    return this.keys.charCodeAt(at + query.length - prefix) === 32;
  }

  /** Does the head key of `block` start with query + " "? */
  private blockHeadExtends(block: number, query: string): boolean {
    if (block >= this.blockKeyStart.length) return false;
    return this.extendsAt(this.blockKeyStart[block]!, 0, this.keySuffixLength[block * KEY_BLOCK]!, query);
  }

  /** Compares the query with the head (first, full) key of a block, without allocating. */
  private compareHead(block: number, query: string): number {
    const start = this.blockKeyStart[block]!;
    const length = this.keySuffixLength[block * KEY_BLOCK]!;
    const n = Math.min(length, query.length);
    for (let j = 0; j < n; j++) {
      const d = this.keys.charCodeAt(start + j) - query.charCodeAt(j);
      if (d !== 0) return d;
    }
    return length - query.length;
  }

  /** Looks a folded key up ("saudi arabia") and tells whether a longer key extends it. */
  lookup(query: string): KeyLookup {
    const packed = this.lookupPacked(query);
    return { key: (packed >>> 1) - 1, extends: (packed & 1) === 1 };
  }

  /**
   * The matcher's hot path, allocation-free: returns (key + 1) * 2 + (extends ? 1 : 0), where key is
   * the key's number or -1, and extends tells whether some longer key starts with query + " ".
   */
  lookupPacked(query: string): number {
    // The last block whose head is ≤ query, searched among the blocks whose heads share its first character
    // (and the block before them, which may hold keys with that first character too).
    const first = query.length > 0 ? query.charCodeAt(0) : 0;
    let lo = this.bucketStart[first]!;
    let hi = this.bucketStart[first + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareHead(mid, query) <= 0) lo = mid + 1;
      else hi = mid;
    }
    const block = lo - 1;
    if (block < 0) return this.blockHeadExtends(0, query) ? 1 : 0;
    // Scan the block, keeping how many characters the current key shares with the query.
    let k = block * KEY_BLOCK;
    const end = Math.min(k + KEY_BLOCK, this.keyCount);
    let at = this.blockKeyStart[block]!;
    let shared = 0;
    let order: number; // sign of key k − query
    {
      const length = this.keySuffixLength[k]!;
      while (shared < length && shared < query.length && this.keys.charCodeAt(at + shared) === query.charCodeAt(shared)) shared++;
      order = shared < length && shared < query.length ? this.keys.charCodeAt(at + shared) - query.charCodeAt(shared) : length - query.length;
    }
    while (order < 0 && k + 1 < end) {
      at += this.keySuffixLength[k]!;
      k++;
      const prefix = this.keyPrefix[k]!;
      if (prefix > shared) continue; // differs from the query where the previous key did: still smaller
      if (prefix < shared) {
        order = 1; // it rose above the previous key where that one matched the query
        shared = prefix;
        break;
      }
      const length = this.keySuffixLength[k]!;
      let j = 0;
      while (j < length && shared + j < query.length && this.keys.charCodeAt(at + j) === query.charCodeAt(shared + j)) j++;
      order = j < length && shared + j < query.length ? this.keys.charCodeAt(at + j) - query.charCodeAt(shared + j) : prefix + length - query.length;
      shared += j;
    }
    if (order < 0) return this.blockHeadExtends(block + 1, query) ? 1 : 0; // all smaller: the next block's head follows
    if (order > 0) return this.extendsAt(at, this.keyPrefix[k]!, this.keySuffixLength[k]!, query) ? 1 : 0;
    // Exact: the next key extends the query if it shares all of it and goes on with a space.
    const next = k + 1;
    const extendsKey =
      next < this.keyCount &&
      (next % KEY_BLOCK === 0
        ? this.blockHeadExtends(next / KEY_BLOCK, query)
        : this.extendsAt(at + this.keySuffixLength[k]!, this.keyPrefix[next]!, this.keySuffixLength[next]!, query));
    return (k + 1) * 2 + (extendsKey ? 1 : 0);
  }

  /** Character t of key k, without building the key: found in the last key back whose suffix holds it. */
  private keyCharAt(k: number, t: number): number {
    let i = k;
    while (this.keyPrefix[i]! > t) i--;
    const offset = t - this.keyPrefix[i]!;
    return offset < this.keySuffixLength[i]! ? this.keys.charCodeAt(this.suffixStart(i) + offset) : -1;
  }

  private keyLength(k: number): number {
    return this.keyPrefix[k]! + this.keySuffixLength[k]!;
  }

  /** Does some reading of this key have the given alias kind, or none of them (`not`)? Allocation-free. */
  hasReading(key: number, test: (entity: number, aliasKind: AliasKind) => boolean): boolean {
    const start = this.postingStart(key);
    for (let i = start, end = start + this.keyPostingCount[key]!; i < end; i++) {
      const p = this.postingArray[i]!;
      if (test(p >>> ALIAS_BITS, ALIAS_KINDS[p & ((1 << ALIAS_BITS) - 1)] ?? 'alt')) return true;
    }
    return false;
  }

  keyText(key: number): string {
    let text = '';
    for (let t = 0, n = this.keyLength(key); t < n; t++) text += String.fromCharCode(this.keyCharAt(key, t));
    return text;
  }

  /** Candidate readings of a key, most likely first. Shared and cached: do not modify the array. */
  postings(key: number): readonly Posting[] {
    let cached = this.postingCache.get(key);
    if (cached === undefined) {
      // A long-lived worker reads many articles: keep the cache to the keys of recent ones.
      if (this.postingCache.size >= POSTING_CACHE_SIZE) this.postingCache.clear();
      cached = this.readPostings(key);
      this.postingCache.set(key, cached);
    }
    return cached;
  }

  /** Where key k's readings start in `postings`: its block's start plus the counts before it in the block. */
  private postingStart(key: number): number {
    const head = key - (key % KEY_BLOCK);
    let start = this.blockPostingStart[head / KEY_BLOCK]!;
    for (let i = head; i < key; i++) start += this.keyPostingCount[i]!;
    return start;
  }

  private readPostings(key: number): Posting[] {
    const start = this.postingStart(key);
    const out: Posting[] = [];
    for (let i = start, end = start + this.keyPostingCount[key]!; i < end; i++) {
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
      if (this.nameCache.size >= POSTING_CACHE_SIZE) this.nameCache.clear();
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
    return entity < this.placeCount ? 'place' : 'person';
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
    if (entity >= this.placeCount) return undefined;
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

/** For each first character c, the first block whose head starts with c or later (65537 entries). */
function firstCharBuckets(keys: string, blockKeyStart: Uint32Array, keySuffixLength: Uint8Array): Uint32Array {
  const buckets = new Uint32Array(65537);
  const blocks = blockKeyStart.length;
  let block = 0;
  for (let c = 0; c <= 65536; c++) {
    while (block < blocks && (keySuffixLength[block * KEY_BLOCK] === 0 || keys.charCodeAt(blockKeyStart[block]!) < c)) block++;
    buckets[c] = block;
  }
  return buckets;
}

/** Offsets from byte lengths: [0, l0, l0+l1, ...]. */
function prefixSums(lengths: Uint8Array): Uint32Array {
  const offsets = new Uint32Array(lengths.length + 1);
  let total = 0;
  for (let i = 0; i < lengths.length; i++) {
    offsets[i] = total;
    total += lengths[i]!;
  }
  offsets[lengths.length] = total;
  return offsets;
}

interface Container {
  header: Header;
  /** The raw HOT region (4-byte aligned). */
  hot: Uint8Array;
  /** The COLD region as stored (gzip'd or raw). */
  coldStored: Uint8Array;
}

/** Splits a file into header, HOT and COLD, checking every length against the file. */
function readContainer(bytes: Uint8Array): Container {
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
  if (!header.hot || !header.cold || !header.sections) throw new IndexFormatError('header incomplete');
  const hotStart = align4(12 + headerLength);
  const coldStart = align4(hotStart + header.hot.length);
  if (coldStart + header.cold.length !== bytes.byteLength) throw new IndexFormatError('file truncated or too long');
  return {
    header,
    hot: bytes.subarray(hotStart, hotStart + header.hot.length),
    coldStored: bytes.subarray(coldStart, coldStart + header.cold.length),
  };
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
 * Opens an index file as shipped. The one loader everything uses: the background worker, the CLI,
 * tests, eval and bench. Only the COLD region is decompressed. Throws IndexFormatError on a damaged
 * or truncated file.
 */
export async function loadIndex(bytes: Uint8Array, options: LoadOptions = {}): Promise<DramatisIndex> {
  const { header, coldStored } = readContainer(bytes);
  if (!header.cold.gzip) return new DramatisIndex(bytes);
  let cold: Uint8Array;
  try {
    cold = await (options.gunzip ?? gunzipWithStreams)(coldStored);
  } catch (error) {
    throw new IndexFormatError(`cannot decompress: ${(error as Error).message}`);
  }
  return new DramatisIndex(bytes, cold);
}
