// "First mentioned in paragraph N": paragraph numbers from offsets in the analysed text, where
// paragraphs (blocks) are separated by "\n\n" (content/text-builder.ts). Pure.

const PARAGRAPH_BREAK = '\n\n';

/** Offsets at which each paragraph starts, in order; the first is always 0. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  let at = text.indexOf(PARAGRAPH_BREAK);
  while (at >= 0) {
    // Runs of more than two newlines still make one break.
    let next = at + PARAGRAPH_BREAK.length;
    while (text[next] === '\n') next += 1;
    if (next < text.length) starts.push(next);
    at = text.indexOf(PARAGRAPH_BREAK, next);
  }
  return starts;
}

/** 1-based number of the paragraph holding `offset` (binary search over `starts`). */
export function paragraphOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found + 1;
}
