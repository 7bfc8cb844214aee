// Decides which live text nodes belong to the article, by aligning the live text nodes (in
// document order) with the text nodes of Readability's output. Readability ran on a clone of the
// same document, so its nodes are copies of live nodes, in the same order, minus what it dropped:
// the article is a common subsequence of the two lists. We find it the way patience diff does —
// anchor on texts that occur exactly once on both sides, keep the anchors that agree in order,
// and recurse between them — so repeated strings ("Photo", "Continue reading") cannot pull the
// alignment to a copy outside the article. Whitespace is ignored when comparing.

/** Gaps with at most this many live×reference pairs are finished with an exact LCS. */
export const LCS_MAX_CELLS = 2_000_000;

const ANY_SPACE = /\s+/g;

export function stripSpace(text: string): string {
  return text.replace(ANY_SPACE, '');
}

interface Task {
  liveStart: number;
  liveEnd: number;
  refStart: number;
  refEnd: number;
}

/**
 * For each live text (whitespace already stripped, non-empty), whether it is one of the
 * reference texts, matched in order. Returns the selected flags and how many reference
 * characters were matched.
 */
export function alignTexts(live: readonly string[], reference: readonly string[]): { selected: boolean[]; matchedChars: number } {
  const selected = new Array<boolean>(live.length).fill(false);
  let matchedChars = 0;
  const match = (liveIndex: number): void => {
    selected[liveIndex] = true;
    matchedChars += live[liveIndex].length;
  };
  const tasks: Task[] = [{ liveStart: 0, liveEnd: live.length, refStart: 0, refEnd: reference.length }];
  while (tasks.length > 0) {
    let { liveStart, liveEnd, refStart, refEnd } = tasks.pop()!;
    // Common head and tail.
    while (liveStart < liveEnd && refStart < refEnd && live[liveStart] === reference[refStart]) {
      match(liveStart++);
      refStart++;
    }
    while (liveStart < liveEnd && refStart < refEnd && live[liveEnd - 1] === reference[refEnd - 1]) {
      match(--liveEnd);
      refEnd--;
    }
    if (liveStart >= liveEnd || refStart >= refEnd) continue;
    const anchors = uniqueAnchors(live, liveStart, liveEnd, reference, refStart, refEnd);
    if (anchors.length > 0) {
      let previous = { live: liveStart - 1, ref: refStart - 1 };
      for (const anchor of anchors) {
        match(anchor.live);
        tasks.push({ liveStart: previous.live + 1, liveEnd: anchor.live, refStart: previous.ref + 1, refEnd: anchor.ref });
        previous = anchor;
      }
      tasks.push({ liveStart: previous.live + 1, liveEnd, refStart: previous.ref + 1, refEnd });
    } else if ((liveEnd - liveStart) * (refEnd - refStart) <= LCS_MAX_CELLS) {
      for (const liveIndex of lcs(live, liveStart, liveEnd, reference, refStart, refEnd)) match(liveIndex);
    }
    // Otherwise: a huge gap with no unique text on both sides; leave it out rather than guess.
  }
  return { selected, matchedChars };
}

/** Texts occurring exactly once in both ranges, as (live, ref) pairs, longest increasing run kept. */
function uniqueAnchors(
  live: readonly string[], liveStart: number, liveEnd: number,
  reference: readonly string[], refStart: number, refEnd: number,
): { live: number; ref: number }[] {
  // -1 marks "seen more than once".
  const inRef = new Map<string, number>();
  for (let i = refStart; i < refEnd; i++) inRef.set(reference[i], inRef.has(reference[i]) ? -1 : i);
  const inLive = new Map<string, number>();
  for (let i = liveStart; i < liveEnd; i++) {
    if (inRef.has(live[i])) inLive.set(live[i], inLive.has(live[i]) ? -1 : i);
  }
  const pairs: { live: number; ref: number }[] = [];
  for (const [text, liveIndex] of inLive) {
    const refIndex = inRef.get(text)!;
    if (liveIndex >= 0 && refIndex >= 0) pairs.push({ live: liveIndex, ref: refIndex });
  }
  pairs.sort((a, b) => a.live - b.live);
  return longestIncreasing(pairs);
}

/** Longest subsequence of `pairs` (sorted by live) whose ref indexes increase (patience sorting). */
function longestIncreasing(pairs: { live: number; ref: number }[]): { live: number; ref: number }[] {
  const tails: number[] = []; // index into pairs of the smallest tail of each run length
  const previous = new Array<number>(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tails[mid]].ref < pairs[i].ref) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1];
    tails[low] = i;
  }
  const run: { live: number; ref: number }[] = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) run.push(pairs[i]);
  return run.reverse();
}

/** Live indexes of a longest common subsequence of two small ranges (dynamic programming). */
function lcs(
  live: readonly string[], liveStart: number, liveEnd: number,
  reference: readonly string[], refStart: number, refEnd: number,
): number[] {
  const rows = liveEnd - liveStart;
  const cols = refEnd - refStart;
  const width = cols + 1;
  const table = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      table[i * width + j] =
        live[liveStart + i] === reference[refStart + j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const matched: number[] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (live[liveStart + i] === reference[refStart + j]) {
      matched.push(liveStart + i);
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
      i++;
    } else {
      j++;
    }
  }
  return matched;
}
