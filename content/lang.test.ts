import { describe, expect, it } from 'vitest';
import { declaredLang, detectTextLang, normaliseLangTag, resolveLang } from './lang.ts';
import { htmlDocument } from './test-dom.ts';

describe('language', () => {
  it('reads the declared language from <html lang>, og:locale or Content-Language', () => {
    expect(declaredLang(htmlDocument('<html lang="en-us"><head></head><body></body></html>'))).toBe('en-US');
    expect(declaredLang(htmlDocument('<html><head><meta property="og:locale" content="fr_FR"></head><body></body></html>'))).toBe('fr-FR');
    expect(declaredLang(htmlDocument('<html><head><meta http-equiv="Content-Language" content="de, en"></head><body></body></html>'))).toBe('de');
    expect(declaredLang(htmlDocument('<html><head></head><body></body></html>'))).toBe('');
    expect(normaliseLangTag('zh_hant_tw')).toBe('zh-hant-TW');
    expect(normaliseLangTag('12')).toBe('');
  });

  it('guesses the language of a text from its script and stopwords', () => {
    expect(detectTextLang('The president said on Monday that the talks with the rebels in the north of the country had failed, and that he was not ready to meet them.')).toBe('en');
    expect(detectTextLang('Le président a déclaré lundi que les négociations avec les rebelles du nord du pays avaient échoué et qu’il ne les rencontrerait pas.')).toBe('fr');
    expect(detectTextLang('El presidente dijo el lunes que las negociaciones con los rebeldes del norte del país habían fracasado y que no se reuniría con ellos.')).toBe('es');
    expect(detectTextLang('Der Präsident sagte am Montag, dass die Gespräche mit den Rebellen im Norden des Landes gescheitert seien und er nicht bereit sei.')).toBe('de');
    expect(detectTextLang('海外留学生看两会：出国前后关注点大不同，留学生们纷纷表示对国家发展充满信心。')).toBe('zh');
    expect(detectTextLang('トレンドマイクロは、公衆無線LANを安全に使うためのアプリを発表した。')).toBe('ja');
    expect(detectTextLang('Президент заявил в понедельник, что переговоры с повстанцами на севере страны провалились.')).toBe('ru');
    expect(detectTextLang('Obama')).toBe('');
  });

  it('trusts the text over a template default', () => {
    expect(resolveLang('en', 'zh')).toBe('zh');
    expect(resolveLang('en-GB', 'en')).toBe('en-GB');
    expect(resolveLang('pt-BR', '')).toBe('pt-BR');
    expect(resolveLang('', 'fr')).toBe('fr');
  });
});
