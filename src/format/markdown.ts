// People and places as Markdown: the text of the popup's "copy as Markdown" and of `dramatis annotate
// --format markdown`. Pure (no DOM, no Node), so the popup and the CLI share it.
import type { FoundEntity } from '../core/types.ts';

export interface MarkdownOptions {
  /** Article title; when given it becomes the top heading. */
  title?: string;
  /** Page address; when given it is written under the title. */
  url?: string;
}

/** What an entity list needs from an annotation result (AnnotateResult fits). */
export interface PeopleAndPlaces {
  people: readonly FoundEntity[];
  places: readonly FoundEntity[];
}

/** Characters that would start Markdown formatting inside a line of text. */
const INLINE_SPECIALS = /[\\`*_[\]<>|]/g;

/** One line of plain text, safe inside Markdown: specials escaped, line breaks folded to spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(INLINE_SPECIALS, '\\$&');
}

export function mentionCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'mention' : 'mentions'}`;
}

/** "- **Recep Tayyip Erdoğan** — President of Turkey (3 mentions)" */
export function entityLine(entity: FoundEntity): string {
  const description = entity.description ? ` — ${escapeMarkdown(entity.description)}` : '';
  const notInIndex = entity.inIndex ? '' : ' _(not in index)_';
  return `- **${escapeMarkdown(entity.name)}**${notInIndex}${description} (${mentionCountLabel(entity.mentions.length)})`;
}

function section(heading: string, entities: readonly FoundEntity[]): string {
  const lines = entities.length ? entities.map(entityLine) : ['_None found._'];
  return `## ${heading} (${entities.length})\n\n${lines.join('\n')}\n`;
}

/** The whole list: optional title and address, then People and Places in the order given (salience). */
export function toMarkdown(result: PeopleAndPlaces, options: MarkdownOptions = {}): string {
  const parts: string[] = [];
  const title = options.title ? escapeMarkdown(options.title) : '';
  if (title) parts.push(`# ${title}\n`);
  if (options.url) parts.push(`<${options.url.replace(/[<>\s]/g, encodeURIComponent)}>\n`);
  parts.push(section('People', result.people), section('Places', result.places));
  return parts.join('\n');
}
