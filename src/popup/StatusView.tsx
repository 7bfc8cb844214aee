// Everything but a finished analysis: analysing, not an article, unsupported language, error, idle.
import { useState } from 'preact/hooks';
import type { TabState } from '../messages.ts';
import { t } from './i18n.ts';
import { analyzeAnyway } from './messaging.ts';

/** Message keys (_locales) of the explanation shown for each state. */
const EXPLANATIONS: Record<Exclude<TabState['status'], 'done'>, string> = {
  idle: 'statusIdle',
  analyzing: 'statusAnalyzing',
  'not-article': 'statusNotArticle',
  'unsupported-language': 'statusUnsupportedLanguage',
  error: 'statusError',
};

/** States where the user may overrule our judgement and ask for an analysis anyway. */
const CAN_FORCE: readonly TabState['status'][] = ['not-article', 'unsupported-language'];

export function StatusView({ tabId, state }: { tabId: number; state: TabState }) {
  const [forceError, setForceError] = useState<string>();
  const [forcing, setForcing] = useState(false);
  const status = state.status === 'done' ? 'idle' : state.status;

  const onAnalyzeAnyway = async (): Promise<void> => {
    setForcing(true);
    setForceError(undefined);
    const reply = await analyzeAnyway(tabId);
    setForcing(false);
    // On success the background broadcasts the new state, which replaces this view.
    if (!reply.ok) setForceError(reply.error);
  };

  return (
    <section class="status" aria-live="polite" data-status={status}>
      <p class={status === 'error' ? 'status-text error' : 'status-text'} role={status === 'error' ? 'alert' : undefined}>
        {t(EXPLANATIONS[status])}
      </p>
      {state.message ? <p class="status-detail">{state.message}</p> : null}
      {CAN_FORCE.includes(status) ? (
        <button type="button" class="primary" onClick={onAnalyzeAnyway} disabled={forcing}>
          {t('analyzeAnyway')}
        </button>
      ) : null}
      {forceError ? (
        <p class="status-detail error" role="alert">
          {forceError}
        </p>
      ) : null}
    </section>
  );
}
