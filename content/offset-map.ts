// Offsets in the analysed text → places in the live DOM. The text was built from verbatim runs
// of text nodes (segments) joined by separators that map to nothing; an offset inside a
// separator snaps to the nearest real character inside the requested span.

import type { Segment } from './text-builder.ts';

/** A DOM range as plain data (linkedom has no usable Range; the browser turns it into one). */
export interface RangeSpec {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Index of the last segment starting at or before `offset`, or -1. */
function segmentAtOrBefore(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid].textStart <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Maps text[start, end) to DOM positions; null when the span holds no mapped character. */
export function rangeSpecFor(segments: readonly Segment[], start: number, end: number): RangeSpec | null {
  if (!(end > start) || segments.length === 0) return null;
  // First mapped character at or after start.
  let first = segmentAtOrBefore(segments, start);
  let startText = start;
  if (first < 0 || start >= segments[first].textStart + segments[first].length) {
    first += 1;
    if (first >= segments.length) return null;
    startText = segments[first].textStart;
  }
  // Last mapped character before end.
  const last = segmentAtOrBefore(segments, end - 1);
  if (last < first) return null;
  const lastSegment = segments[last];
  const endText = Math.min(end, lastSegment.textStart + lastSegment.length);
  if (endText <= startText && last === first) return null;
  const firstSegment = segments[first];
  return {
    startNode: firstSegment.node,
    startOffset: firstSegment.nodeOffset + (startText - firstSegment.textStart),
    endNode: lastSegment.node,
    endOffset: lastSegment.nodeOffset + (endText - lastSegment.textStart),
  };
}

/** The next node in document order (depth-first), or null. */
function nextInOrder(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  let current: Node | null = node;
  while (current && !current.nextSibling) current = current.parentNode;
  return current ? current.nextSibling : null;
}

/** Longest walk rangeSpecText takes between a start and an end node before giving up. */
const MAX_NODES_IN_RANGE = 10_000;

/**
 * The text a range spec covers, as Range.toString() would give it (all text nodes in between,
 * whether or not they are article text), without needing a DOM Range (linkedom has none).
 */
export function rangeSpecText(spec: RangeSpec): string {
  if (spec.startNode === spec.endNode) return spec.startNode.data.slice(spec.startOffset, spec.endOffset);
  const parts = [spec.startNode.data.slice(spec.startOffset)];
  let node = nextInOrder(spec.startNode);
  for (let steps = 0; node && steps < MAX_NODES_IN_RANGE; steps++, node = nextInOrder(node)) {
    if (node === spec.endNode) {
      parts.push(spec.endNode.data.slice(0, spec.endOffset));
      return parts.join('');
    }
    if (node.nodeType === 3) parts.push((node as Text).data);
  }
  return '';
}

/** A live DOM Range for a spec (browser only). */
export function toDomRange(doc: Document, spec: RangeSpec): Range {
  const range = doc.createRange();
  range.setStart(spec.startNode, spec.startOffset);
  range.setEnd(spec.endNode, spec.endOffset);
  return range;
}

/** Whether every node of the segments is still in the document (a re-render may have replaced them). */
export function specIsLive(spec: RangeSpec): boolean {
  return spec.startNode.isConnected && spec.endNode.isConnected;
}
