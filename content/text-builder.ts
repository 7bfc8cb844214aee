// Builds the analysed text from live DOM text nodes, and the offset map back to those nodes.
// Whitespace is collapsed the way a browser renders it; blocks are separated by "\n\n" and line
// breaks by "\n" so that words from adjacent blocks never fuse. Separators map to no node.

import type { BreakStrength } from './walk.ts';

/** One run of the analysed text that is a verbatim copy of part of one DOM text node. */
export interface Segment {
  /** Offset of the run in the analysed text (UTF-16 code units). */
  textStart: number;
  node: Text;
  /** Offset of the run in `node.data`. */
  nodeOffset: number;
  length: number;
}

/** HTML's collapsible whitespace (not NBSP, which renders as a space but is kept verbatim). */
const COLLAPSIBLE_SPACE = /[ \t\n\r\f]+/g;

const SEPARATORS = ['', ' ', '\n', '\n\n'] as const;
/** Pending separator levels: 0 none, 1 space, 2 line, 3 paragraph. */
type SeparatorLevel = 0 | 1 | 2 | 3;

/** Pieces are joined into one string every this many, so build() never joins millions of words at once. */
const PARTS_PER_CHUNK = 4096;

export class TextBuilder {
  /** Joined runs of PARTS_PER_CHUNK pieces; `parts` holds the pieces since the last run. */
  private chunks: string[] = [];
  private parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];
  private pending: SeparatorLevel = 0;
  /** Text stops growing at this length; `full` turns true. */
  readonly maxLength: number;
  full = false;

  constructor(maxLength = Infinity) {
    this.maxLength = maxLength;
  }

  get textLength(): number {
    return this.length;
  }

  /** Something not in the article was skipped: keep the neighbours apart. */
  addGap(): void {
    this.raise(1);
  }

  addBreak(strength: BreakStrength): void {
    this.raise(strength === 2 ? 3 : 2);
  }

  addText(node: Text): void {
    const data = node.data;
    let pieceStart = 0;
    COLLAPSIBLE_SPACE.lastIndex = 0;
    for (;;) {
      const space = COLLAPSIBLE_SPACE.exec(data);
      const pieceEnd = space ? space.index : data.length;
      if (pieceEnd > pieceStart) this.addPiece(node, pieceStart, pieceEnd);
      if (!space) break;
      // A lone ' ' inside a node stays verbatim so that a paragraph is usually one segment.
      const lone = space[0] === ' ' && space.index > 0 && space.index + 1 < data.length;
      if (lone && this.pending === 0 && this.length > 0) {
        this.addPiece(node, space.index, space.index + 1);
      } else {
        this.raise(1);
      }
      pieceStart = space.index + space[0].length;
    }
  }

  build(): { text: string; segments: Segment[] } {
    return { text: this.chunks.join('') + this.parts.join(''), segments: this.segments };
  }

  private raise(level: SeparatorLevel): void {
    if (level > this.pending) this.pending = level;
  }

  private addPiece(node: Text, start: number, end: number): void {
    if (this.full) return;
    if (this.pending > 0 && this.length > 0) this.append(SEPARATORS[this.pending]);
    this.pending = 0;
    let length = end - start;
    if (this.length + length > this.maxLength) {
      length = Math.max(0, this.maxLength - this.length);
      this.full = true;
      if (length === 0) return;
    }
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.nodeOffset + last.length === start && last.textStart + last.length === this.length) {
      last.length += length;
    } else {
      this.segments.push({ textStart: this.length, node, nodeOffset: start, length });
    }
    this.append(node.data.slice(start, start + length));
  }

  private append(piece: string): void {
    this.parts.push(piece);
    this.length += piece.length;
    if (this.parts.length >= PARTS_PER_CHUNK) {
      this.chunks.push(this.parts.join(''));
      this.parts = [];
    }
  }
}
