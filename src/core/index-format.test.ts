import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DramatisIndex, IndexFormatError, loadIndex, writeIndex, type IndexBuildInput } from './index-format.ts';

const input: IndexBuildInput = {
  entities: [
    {
      type: 'person', kind: 'politician', name: 'Recep Tayyip Erdoğan', description: 'President of Turkey (2014–)',
      country: 'TR', wikidata: 'Q39259', prior: 0.8, aliases: [{ text: 'Erdoğan', kind: 'surname' }],
    },
    {
      type: 'place', kind: 'country', name: 'Saudi Arabia', description: 'country in Western Asia',
      country: 'SA', wikidata: 'Q851', prior: 0.9, lat: 24, lon: 45, aliases: [],
    },
    {
      type: 'place', kind: 'region', name: 'Arabia', description: 'peninsula in Western Asia',
      country: '', wikidata: '', prior: 0.3, lat: 23, lon: 46, aliases: [{ text: 'Arabian Peninsula', kind: 'alt' }],
    },
    {
      type: 'place', kind: 'city', name: 'Obama', description: 'city in Fukui Prefecture, Japan',
      country: 'JP', wikidata: '', prior: 0.1, lat: 35.5, lon: 135.7, aliases: [],
    },
    {
      type: 'person', kind: 'politician', name: 'Barack Obama', description: 'President of the United States (2009–2017)',
      country: 'US', wikidata: 'Q76', prior: 1, aliases: [{ text: 'Obama', kind: 'surname' }],
    },
  ],
  givenNames: ['Jordan', 'Anthony'],
  demonyms: ['Syrian', 'Turkish'],
  commonWords: ['nice', 'split'],
  sources: ['test fixture'],
};

describe('index format', () => {
  it('round-trips entities, keys and lexicons', async () => {
    const index = await loadIndex(writeIndex(input));
    expect(index.entityCount).toBe(5);
    const erdogan = index.lookup('erdogan');
    expect(erdogan.key).toBeGreaterThanOrEqual(0);
    const [reading] = index.postings(erdogan.key);
    expect(index.name(reading!.entity)).toBe('Recep Tayyip Erdoğan');
    expect(reading!.aliasKind).toBe('surname');
    expect(index.description(reading!.entity)).toBe('President of Turkey (2014–)');
    expect(index.type(reading!.entity)).toBe('person');
    expect(index.kind(reading!.entity)).toBe('politician');
    expect(index.country(reading!.entity)).toBe('TR');
    expect(index.wikidata(reading!.entity)).toBe('Q39259');
    expect(index.coords(reading!.entity)).toBeUndefined();
    expect(index.prior(reading!.entity)).toBeCloseTo(0.8, 3);
    expect(index.isGivenName('jordan')).toBe(true);
    expect(index.isDemonym('syrian')).toBe(true);
    expect(index.isCommonWord('nice')).toBe(true);
    expect(index.isCommonWord('obama')).toBe(false);
  });

  it('orders readings of a shared key by prior', async () => {
    const index = await loadIndex(writeIndex(input));
    const readings = index.postings(index.lookup('obama').key).map((p) => index.name(p.entity));
    expect(readings).toEqual(['Barack Obama', 'Obama']);
  });

  it('tells when a longer key extends a prefix', async () => {
    const index = await loadIndex(writeIndex(input));
    expect(index.lookup('saudi')).toEqual({ key: -1, extends: true });
    expect(index.lookup('saudi arabia').key).toBeGreaterThanOrEqual(0);
    expect(index.lookup('saudi arabia').extends).toBe(false);
    expect(index.lookup('arabia')).toMatchObject({ extends: false });
    expect(index.lookup('arabian').extends).toBe(true);
    expect(index.lookup('zzz')).toEqual({ key: -1, extends: false });
    expect(index.lookup('')).toMatchObject({ key: -1 });
  });

  it('writes the same bytes for the same input', () => {
    expect(Buffer.from(writeIndex(input)).equals(Buffer.from(writeIndex(input)))).toBe(true);
  });

  it('opens the shipped form (cold region gzipped) and unaligned buffers, and the raw form synchronously', async () => {
    const shipped = writeIndex(input, { gzip: (b) => gzipSync(b) });
    const raw = writeIndex(input);
    expect(shipped.length).toBeLessThan(raw.length);
    const index = await loadIndex(shipped, { gunzip: (b) => gunzipSync(b) });
    expect(index.name(index.postings(index.lookup('erdogan').key)[0]!.entity)).toBe('Recep Tayyip Erdoğan');
    expect((await loadIndex(shipped)).entityCount).toBe(5); // web-standard DecompressionStream
    expect(new DramatisIndex(raw).entityCount).toBe(5);
    expect(() => new DramatisIndex(shipped)).toThrow(/loadIndex/);
    const unaligned = new Uint8Array(shipped.length + 1).subarray(1);
    unaligned.set(shipped);
    expect((await loadIndex(unaligned)).entityCount).toBe(5);
  });

  it('rejects damaged and truncated files with a clear error', async () => {
    const shipped = writeIndex(input, { gzip: (b) => gzipSync(b) });
    await expect(loadIndex(shipped.subarray(0, shipped.length - 40))).rejects.toThrow(/index damaged/);
    await expect(loadIndex(new Uint8Array(8))).rejects.toThrow(/index damaged/);
    const badMagic = shipped.slice();
    badMagic[0] = 0;
    await expect(loadIndex(badMagic)).rejects.toThrow(/not a Dramatis index/);
    // A flipped byte in the raw part fails its checksum; in the gzip'd part, gzip's CRC.
    const headerEnd = 12 + new DataView(shipped.buffer).getUint32(8, true);
    const hotFlip = shipped.slice();
    hotFlip[headerEnd + 8] = hotFlip[headerEnd + 8]! ^ 0xff;
    await expect(loadIndex(hotFlip)).rejects.toThrow(/checksum/);
    const coldFlip = shipped.slice();
    coldFlip[coldFlip.length - 6] = coldFlip[coldFlip.length - 6]! ^ 0xff;
    await expect(loadIndex(coldFlip, { gunzip: (b) => gunzipSync(b) })).rejects.toThrow(IndexFormatError);
  });

  it('finds exactly the keys a brute-force search finds, across many front-coded blocks', async () => {
    // Names from a tiny alphabet share long prefixes, which is what front coding must get right.
    const word = fc.stringMatching(/^[abc]{1,4}$/);
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(name, { minLength: 1, maxLength: 300 }), fc.array(name, { maxLength: 40 }), async (names, probes) => {
        const built = await loadIndex(
          writeIndex({
            entities: names.map((n) => ({ type: 'place', kind: 'city', name: n, aliases: [], description: '', country: '', wikidata: '', prior: 0.5 })),
            givenNames: [],
            demonyms: [],
            commonWords: [],
            sources: [],
          }),
        );
        const sorted = [...names].sort();
        for (const query of [...names, ...probes, ...names.map((n) => n.slice(0, -1)), 'a', 'zz', '']) {
          const expectedKey = sorted.indexOf(query);
          const expectedExtends = sorted.some((k) => k.startsWith(query + ' '));
          const { key, extends: ext } = built.lookup(query);
          expect({ query, found: key >= 0, ext }).toEqual({ query, found: expectedKey >= 0, ext: expectedExtends });
          if (key >= 0) {
            expect(built.keyText(key)).toBe(query);
            expect(built.postings(key).map((p) => built.name(p.entity))).toEqual([query]);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
