import { describe, expect, it } from 'vitest';
import { addPersonAliases, surnames, transliterationVariants } from './aliases.ts';
import { newDraft } from './draft.ts';

const aliasesOf = (name: string, country: string) => {
  const d = newDraft({ type: 'person', kind: 'politician', name, source: 'test', country });
  addPersonAliases(d);
  return d.aliases;
};

describe('person aliases', () => {
  it('gives Russian-romanised variants for Russian names only', () => {
    expect(transliterationVariants('Sergey Lavrov', 'RU')).toContain('Sergei Lavrov');
    expect(transliterationVariants('Yevgeny Prigozhin', 'RU')).toContain('Evgeny Prigozhin');
    expect(transliterationVariants('Sergey Shoygu', 'RU')).toContain('Sergei Shoigu');
    expect(transliterationVariants('Aleksandr Novak', 'RU')).toContain('Alexandr Novak');
    expect(transliterationVariants('Dmitry Peskov', 'RU')).toContain('Dmitri Peskov');
    expect(transliterationVariants('Smirnov', 'RU')).toContain('Smirnoff');
    expect(transliterationVariants('Kennedy', 'US')).toEqual([]);
  });
  it('spells the Muhammad family every common way, anywhere', () => {
    const v = transliterationVariants('Mohammed Morsi', 'EG');
    expect(v).toEqual(expect.arrayContaining(['Muhammad Morsi', 'Mohamed Morsi', 'Mohammad Morsi']));
  });
  it('makes surname keys with and without the Arabic article', () => {
    expect(surnames('Bashar al-Assad', 'SY').sort()).toEqual(['Assad', 'al-Assad']);
    expect(surnames('Ursula von der Leyen', 'DE')).toEqual(['von der Leyen']);
    expect(surnames('Xi Jinping', 'CN')).toEqual(['Xi']);
    expect(surnames('Martin Luther King Jr.', 'US')).toEqual(['King']);
    expect(surnames('Madonna', 'US')).toEqual([]);
  });
  it('drops middle initials as a full name and never emits given names', () => {
    const a = aliasesOf('John F. Kerry', 'US');
    expect(a).toContainEqual({ text: 'John Kerry', kind: 'name' });
    expect(a).toContainEqual({ text: 'Kerry', kind: 'surname' });
    expect(a.some((x) => x.text === 'John')).toBe(false);
  });
  it('keeps Erdoğan surname and a first+last variant', () => {
    const a = aliasesOf('Recep Tayyip Erdoğan', 'TR');
    expect(a).toContainEqual({ text: 'Erdoğan', kind: 'surname' });
    expect(a).toContainEqual({ text: 'Recep Erdoğan', kind: 'alt' });
  });
});
