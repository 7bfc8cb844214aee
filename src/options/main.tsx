// Options page entry.
import { render } from 'preact';
import { t } from '../popup/i18n.ts';
import { Options } from './Options.tsx';

document.title = t('optionsTitle');
const root = document.getElementById('options');
if (root) render(<Options />, root);
