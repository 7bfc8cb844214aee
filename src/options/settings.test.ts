import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isHostDisabled, migrateSettings, normaliseHost, parseHostList, type SettingsV1 } from './settings.ts';

describe('settings migration', () => {
  it('turns a v1 record into the v2 shape', () => {
    const v1: SettingsV1 = { version: 1, disabledSites: 'https://www.example.com/news, intranet.local ;!!!', highlightColour: '#FF0000', hideUnknown: true };
    expect(migrateSettings(v1)).toEqual({
      schemaVersion: 2,
      disabledHosts: ['www.example.com', 'intranet.local'],
      colours: { person: '#ff0000', place: DEFAULT_SETTINGS.colours.place },
      showNotInIndex: false,
    });
  });

  it('keeps a valid v2 record and repairs invalid fields', () => {
    const v2 = { schemaVersion: 2, disabledHosts: ['a.org', 7, 'A.org'], colours: { person: 'red', place: '#00ff00' }, showNotInIndex: false };
    expect(migrateSettings(v2)).toEqual({ schemaVersion: 2, disabledHosts: ['a.org'], colours: { person: DEFAULT_SETTINGS.colours.person, place: '#00ff00' }, showNotInIndex: false });
  });

  it('gives the defaults for nothing or garbage, and never shares the default object', () => {
    for (const stored of [undefined, null, 'x', [], { version: 9 }]) expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings(undefined)).not.toBe(DEFAULT_SETTINGS);
  });
});

describe('hosts', () => {
  it('normalises what people type', () => {
    expect(normaliseHost(' HTTPS://News.Example.com:443/a?b ')).toBe('news.example.com');
    expect(normaliseHost('*.example.org')).toBe('example.org');
    expect(normaliseHost('not a host!')).toBe('');
    expect(parseHostList('a.com\nb.com, a.com')).toEqual(['a.com', 'b.com']);
  });

  it('disables a host and its subdomains only', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledHosts: ['example.com', 'localhost'] };
    expect(isHostDisabled(settings, 'example.com')).toBe(true);
    expect(isHostDisabled(settings, 'www.example.com')).toBe(true);
    expect(isHostDisabled(settings, 'notexample.com')).toBe(false);
    expect(isHostDisabled(settings, 'localhost')).toBe(true);
    expect(isHostDisabled(settings, '127.0.0.1')).toBe(false);
  });
});
