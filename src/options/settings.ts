// User settings (options page), kept in storage.sync under one key with a schema version.
// The shape changed once: `migrateSettings` turns any stored version into the current one. Pure;
// the storage glue is in settings-store.ts.

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

export interface Settings {
  schemaVersion: 2;
  /** Hosts where the content script does nothing ("example.com" also covers its subdomains). */
  disabledHosts: string[];
  /** Highlight colours by entity type, as CSS hex colours. */
  colours: { person: string; place: string };
  /** Whether the popup lists people that are in no index ("not in index"). */
  showNotInIndex: boolean;
}

/** Version 1 (0.0.x): one colour for every highlight, sites as a comma-separated string. */
export interface SettingsV1 {
  version: 1;
  disabledSites: string;
  highlightColour: string;
  hideUnknown: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: 2,
  disabledHosts: [],
  colours: { person: '#ffd54f', place: '#80cbc4' },
  showNotInIndex: true,
};

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const colourOr = (value: unknown, fallback: string): string => (typeof value === 'string' && HEX_COLOUR.test(value) ? value.toLowerCase() : fallback);

/** "https://www.Example.com:8080/path" → "www.example.com"; '' when nothing host-like is left. */
export function normaliseHost(entry: string): string {
  const host = entry
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d*$/, '')
    .replace(/^\*\./, '')
    .replace(/\.$/, '');
  return /^[\p{L}\p{N}.-]+$/u.test(host) ? host : '';
}

/** A host list as typed (commas, spaces or new lines between entries) → unique normalised hosts. */
export function parseHostList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map(normaliseHost).filter((host) => host !== ''))];
}

/** Whether the content script must stay out of a page on `hostname`. */
export function isHostDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return settings.disabledHosts.some((disabled) => host === disabled || host.endsWith(`.${disabled}`));
}

function fromV1(v1: Record<string, unknown>): Settings {
  const colour = colourOr(v1.highlightColour, DEFAULT_SETTINGS.colours.person);
  return {
    schemaVersion: 2,
    disabledHosts: typeof v1.disabledSites === 'string' ? parseHostList(v1.disabledSites) : [],
    // v1 had one colour: people keep it, places get the new default so the two can be told apart.
    colours: { person: colour, place: DEFAULT_SETTINGS.colours.place },
    showNotInIndex: v1.hideUnknown !== true,
  };
}

function checkedV2(v2: Record<string, unknown>): Settings {
  const colours = isObject(v2.colours) ? v2.colours : {};
  return {
    schemaVersion: 2,
    disabledHosts: Array.isArray(v2.disabledHosts) ? parseHostList(v2.disabledHosts.filter((h) => typeof h === 'string').join(' ')) : [],
    colours: { person: colourOr(colours.person, DEFAULT_SETTINGS.colours.person), place: colourOr(colours.place, DEFAULT_SETTINGS.colours.place) },
    showNotInIndex: typeof v2.showNotInIndex === 'boolean' ? v2.showNotInIndex : DEFAULT_SETTINGS.showNotInIndex,
  };
}

/** Any stored value (v1, v2, nothing, garbage) → valid current settings. Never throws. */
export function migrateSettings(stored: unknown): Settings {
  if (!isObject(stored)) return structuredClone(DEFAULT_SETTINGS);
  if (stored.schemaVersion === 2) return checkedV2(stored);
  if (stored.version === 1) return fromV1(stored);
  return structuredClone(DEFAULT_SETTINGS);
}
