// Reads and writes the settings in storage.sync; every reader gets migrated, valid settings.
import browser from 'webextension-polyfill';
import { migrateSettings, SETTINGS_KEY, type Settings } from './settings.ts';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return migrateSettings(stored[SETTINGS_KEY]);
  } catch {
    // storage.sync unavailable (e.g. a temporary add-on without an id): defaults.
    return migrateSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Calls `onChange` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(signal: AbortSignal, onChange: (settings: Settings) => void): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(migrateSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
