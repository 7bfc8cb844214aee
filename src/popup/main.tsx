// Popup entry: find the tab to describe, then render.
import { render } from 'preact';
import { App } from './App.tsx';
import { resolveTargetTabId } from './target-tab.ts';
import { POPUP_SCRIPT_MARK } from './timing.ts';

performance.mark(POPUP_SCRIPT_MARK);

const root = document.getElementById('app');
if (root) {
  void resolveTargetTabId(location.search).then((tabId) => render(<App tabId={tabId} />, root));
}
