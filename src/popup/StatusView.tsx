// Everything but a finished analysis: analysing, not an article, unsupported language, error, idle.
import { useState } from 'preact/hooks';
import type { TabState } from '../messages.ts';
import { analyzeAnyway } from './messaging.ts';

const EXPLANATIONS: Record<Exclude<TabState['status'], 'done'>, string> = {
  idle: 'Nothing to show for this page. Dramatis reads articles on ordinary web pages (http and https).',
  analyzing: 'Reading the article…',
  'not-article': 'This page does not look like a news article.',
  'unsupported-language': 'This article is not in a language Dramatis reads yet (English only).',
  error: 'Something went wrong while reading this page.',
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
        {EXPLANATIONS[status]}
      </p>
      {state.message ? <p class="status-detail">{state.message}</p> : null}
      {CAN_FORCE.includes(status) ? (
        <button type="button" class="primary" onClick={onAnalyzeAnyway} disabled={forcing}>
          Analyze anyway
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
