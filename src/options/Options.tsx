// The options page: sites to leave alone, highlight colours, and whether to list people that are
// in no index. Saved to storage.sync (settings.ts has the schema and its migration).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../popup/i18n.ts';
import { DEFAULT_SETTINGS, parseHostList, type Settings } from './settings.ts';
import { loadSettings, saveSettings } from './settings-store.ts';

export function Options() {
  const [settings, setSettings] = useState<Settings>();
  const [hostsText, setHostsText] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      setHostsText(loaded.disabledHosts.join('\n'));
      document.getElementById('options')?.setAttribute('aria-busy', 'false');
    });
  }, []);

  if (!settings) return <p>{t('loading')}</p>;
  const update = (change: Partial<Settings>): void => {
    setSettings({ ...settings, ...change });
    setStatus('');
  };

  const onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const next: Settings = { ...settings, disabledHosts: parseHostList(hostsText) };
    try {
      await saveSettings(next);
      setSettings(next);
      setHostsText(next.disabledHosts.join('\n'));
      setStatus(t('optionsSaved'));
    } catch (error) {
      setStatus(t('optionsSaveFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <form onSubmit={onSubmit}>
      <h1>{t('optionsTitle')}</h1>
      <section>
        <h2>
          <label for="disabled-hosts">{t('optionsSitesHeading')}</label>
        </h2>
        <p class="help" id="disabled-hosts-help">
          {t('optionsSitesHelp')}
        </p>
        <textarea
          id="disabled-hosts"
          name="disabled-hosts"
          rows={5}
          value={hostsText}
          aria-describedby="disabled-hosts-help"
          spellcheck={false}
          onInput={(e) => {
            setHostsText((e.target as HTMLTextAreaElement).value);
            setStatus('');
          }}
        />
      </section>
      <section>
        <h2>{t('optionsColoursHeading')}</h2>
        <p class="colour-row">
          <input id="colour-person" name="colour-person" type="color" value={settings.colours.person} onInput={(e) => update({ colours: { ...settings.colours, person: (e.target as HTMLInputElement).value } })} />
          <label for="colour-person">{t('optionsColourPerson')}</label>
        </p>
        <p class="colour-row">
          <input id="colour-place" name="colour-place" type="color" value={settings.colours.place} onInput={(e) => update({ colours: { ...settings.colours, place: (e.target as HTMLInputElement).value } })} />
          <label for="colour-place">{t('optionsColourPlace')}</label>
        </p>
        <button type="button" class="secondary" onClick={() => update({ colours: { ...DEFAULT_SETTINGS.colours } })}>
          {t('optionsColoursReset')}
        </button>
      </section>
      <section>
        <h2>{t('optionsListHeading')}</h2>
        <p>
          <input id="show-not-in-index" name="show-not-in-index" type="checkbox" checked={settings.showNotInIndex} onChange={(e) => update({ showNotInIndex: (e.target as HTMLInputElement).checked })} />{' '}
          <label for="show-not-in-index">{t('optionsShowNotInIndex')}</label>
        </p>
      </section>
      <p class="actions">
        <button type="submit" class="primary">
          {t('optionsSave')}
        </button>{' '}
        <span class="options-status" role="status" aria-live="polite">
          {status}
        </span>
      </p>
    </form>
  );
}
