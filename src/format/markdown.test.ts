import { describe, expect, it } from 'vitest';
import type { FoundEntity } from '../core/types.ts';
import { entityLine, escapeMarkdown, toMarkdown } from './markdown.ts';

function entity(name: string, description: string, mentionCount: number, extra: Partial<FoundEntity> = {}): FoundEntity {
  const mentions = Array.from({ length: mentionCount }, (_, i) => ({ start: i * 10, end: i * 10 + name.length, text: name }));
  return {
    id: `test:${name}`, name, type: 'person', kind: 'politician', description, country: '', inIndex: true,
    wikidata: '', mentions, salience: mentionCount, ...extra,
  };
}

describe('toMarkdown', () => {
  it('lists people then places with descriptions and mention counts, in the given order', () => {
    const markdown = toMarkdown(
      {
        people: [entity('Recep Tayyip Erdoğan', 'President of Turkey', 3), entity('Ban Ki-moon', 'Secretary-General of the United Nations', 1)],
        places: [entity('Aleppo', 'city in Aleppo Governorate, Syria', 12, { type: 'place', kind: 'city' })],
      },
      { title: 'Syrian war threatens to escalate', url: 'https://example.org/a b' },
    );
    expect(markdown).toBe(
      [
        '# Syrian war threatens to escalate',
        '',
        '<https://example.org/a%20b>',
        '',
        '## People (2)',
        '',
        '- **Recep Tayyip Erdoğan** — President of Turkey (3 mentions)',
        '- **Ban Ki-moon** — Secretary-General of the United Nations (1 mention)',
        '',
        '## Places (1)',
        '',
        '- **Aleppo** — city in Aleppo Governorate, Syria (12 mentions)',
        '',
      ].join('\n'),
    );
  });

  it('says when a section is empty and omits the title when none is given', () => {
    expect(toMarkdown({ people: [], places: [] })).toBe('## People (0)\n\n_None found._\n\n## Places (0)\n\n_None found._\n');
  });

  it('marks people the index does not know and leaves out an empty description', () => {
    expect(entityLine(entity('Jordan Shilton', '', 2, { inIndex: false, kind: 'person' }))).toBe('- **Jordan Shilton** _(not in index)_ (2 mentions)');
  });

  it('escapes Markdown specials and folds line breaks so one entity stays one line', () => {
    expect(escapeMarkdown('a*b_c [d]\n<e> `f` |g| \\h')).toBe('a\\*b\\_c \\[d\\] \\<e\\> \\`f\\` \\|g\\| \\\\h');
    const line = entityLine(entity('Name_with*stars', 'first line\nsecond line', 1));
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('- **Name\\_with\\*stars** — first line second line (1 mention)');
  });
});
