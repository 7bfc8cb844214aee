// Annotates huge texts in paragraph-aligned chunks, so the worker stays responsive (the popup's
// getTabState is answered between chunks) and can report progress. Ordinary articles are far below
// the threshold and get exactly one core call, so their result is the core's, unchanged.
//
// Merging chunk results: mentions are shifted to whole-text offsets and joined by entity id; salience
// is recomputed with the core's own formula over the whole text. Coreference does not cross chunk
// borders (a surname alone in one chunk is read without the full name of an earlier chunk), which
// only matters on pages hundreds of times longer than an article.
import { annotate, orderBySalience, type AnnotateResult, type DramatisIndex, type FoundEntity } from '../core/index.ts';

/** Texts up to this many characters are annotated in one call (a long article is ~50k). */
export const CHUNKED_ABOVE_CHARS = 300_000;
/** Target chunk size (characters); a chunk ends at the first paragraph break after it (~100 ms of work). */
export const CHUNK_CHARS = 150_000;
/** Blocks of the extracted text are separated by this (see content/text-builder.ts). */
const PARAGRAPH_BREAK = '\n\n';

export type Progress = (done: number, total: number) => void | Promise<void>;

/** [start, end) ranges covering `text`, each ending at a paragraph break when there is one. */
export function chunkRanges(text: string, chunkChars = CHUNK_CHARS): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = start + chunkChars;
    if (end >= text.length) end = text.length;
    else {
      const brk = text.indexOf(PARAGRAPH_BREAK, end);
      end = brk < 0 ? text.length : brk + PARAGRAPH_BREAK.length;
    }
    ranges.push([start, end]);
    start = end;
  }
  return ranges;
}

/** Joins chunk results (offsets already shifted) into one result, as the core's rank stage orders it. */
export function mergeResults(parts: AnnotateResult[], textLength: number): AnnotateResult {
  const byId = new Map<string, FoundEntity>();
  for (const part of parts) {
    for (const entity of [...part.people, ...part.places]) {
      const seen = byId.get(entity.id);
      if (seen) for (const mention of entity.mentions) seen.mentions.push(mention);
      else byId.set(entity.id, { ...entity, mentions: [...entity.mentions] });
    }
  }
  return orderBySalience([...byId.values()], textLength);
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** annotate(text, index), in chunks when the text is huge, yielding to the event loop between them. */
export async function annotateInChunks(
  text: string,
  index: DramatisIndex,
  onProgress?: Progress,
  sizes: { chunkedAboveChars?: number; chunkChars?: number } = {},
): Promise<AnnotateResult> {
  if (text.length <= (sizes.chunkedAboveChars ?? CHUNKED_ABOVE_CHARS)) return annotate(text, index);
  const parts: AnnotateResult[] = [];
  for (const [start, end] of chunkRanges(text, sizes.chunkChars)) {
    const part = annotate(text.slice(start, end), index);
    for (const entity of [...part.people, ...part.places]) {
      for (const mention of entity.mentions) {
        mention.start += start;
        mention.end += start;
      }
    }
    parts.push(part);
    await onProgress?.(end, text.length);
    await nextTask();
  }
  return mergeResults(parts, text.length);
}
