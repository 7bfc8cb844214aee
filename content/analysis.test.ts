import { describe, expect, it } from 'vitest';
import { parseMessage, type Message } from '../src/messages.ts';
import { analysePage } from './analysis.ts';
import { htmlDocument } from './test-dom.ts';

const prose = (sentence: string) => Array.from({ length: 6 }, () => `<p>${sentence}</p>`).join('');
const EN = 'The minister of foreign affairs met his counterpart in Ankara on Monday to discuss the border and the refugees who crossed it.';
const FR = 'Le ministre des affaires étrangères a rencontré son homologue à Ankara lundi pour discuter de la frontière et des réfugiés.';
const page = (lang: string, body: string) => htmlDocument(`<html lang="${lang}"><head><meta property="og:type" content="article"><title>T</title></head><body><article>${body}</article></body></html>`);

function recorder(reply: unknown = { ok: true, value: { people: [], places: [] } }) {
  const sent: Message[] = [];
  return {
    sent,
    send: async (message: Message) => {
      // Everything we send must pass the background's validation.
      expect(parseMessage(message)).toMatchObject({ ok: true });
      sent.push(message);
      return message.type === 'annotate' ? reply : { ok: true, value: null };
    },
  };
}

describe('analysePage', () => {
  it('sends the article text for annotation and keeps the result', async () => {
    const { sent, send } = recorder({ ok: true, value: { people: [], places: [{ id: 'Q3640' }] } });
    const analysis = await analysePage(page('en', prose(EN)), 'https://n.example/a', { force: false, signal: new AbortController().signal, send });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'annotate', url: 'https://n.example/a', article: { isArticle: true, reason: 'og:type', lang: 'en' } });
    expect((sent[0] as { text: string }).text).toContain(EN);
    expect(analysis.result?.places).toHaveLength(1);
  });

  it('reports a non-article page without sending its text', async () => {
    const { sent, send } = recorder();
    const doc = htmlDocument('<html lang="en"><head><meta property="og:type" content="product"></head><body><p>Buy now</p></body></html>');
    await analysePage(doc, 'https://shop.example/', { force: false, signal: new AbortController().signal, send });
    expect(sent).toEqual([expect.objectContaining({ type: 'pageStatus', status: 'not-article' })]);
  });

  it('reports an unsupported language, and annotates it anyway when forced', async () => {
    const first = recorder();
    await analysePage(page('fr', prose(FR)), 'https://f.example/', { force: false, signal: new AbortController().signal, send: first.send });
    expect(first.sent).toEqual([
      expect.objectContaining({ type: 'pageStatus', status: 'unsupported-language', message: 'Dramatis reads English articles; this page is in French.' }),
    ]);
    const forced = recorder();
    await analysePage(page('fr', prose(FR)), 'https://f.example/', { force: true, signal: new AbortController().signal, send: forced.send });
    expect(forced.sent[0].type).toBe('annotate');
  });

  it('keeps no result when the background fails', async () => {
    const { send } = recorder({ ok: false, error: 'index missing' });
    const analysis = await analysePage(page('en', prose(EN)), 'https://n.example/a', { force: false, signal: new AbortController().signal, send });
    expect(analysis.result).toBeNull();
  });
});
