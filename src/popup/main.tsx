// Popup entry: find the tab to describe, then render.
import { render } from 'preact';
import { App } from './App.tsx';
import { resolveTargetTabId } from './target-tab.ts';

const root = document.getElementById('app');
if (root) {
  void resolveTargetTabId(location.search).then((tabId) => render(<App tabId={tabId} />, root));
}
