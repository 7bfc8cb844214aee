// Which highlighted mention is under the pointer? CSS highlights are not elements, so there is no
// event target to ask: we test the pointer against the ranges' boxes. Bounding boxes are measured
// once and kept until the page scrolls or resizes (cheap rejection of almost every range); only
// the few whose box holds the pointer are checked line by line with getClientRects().

export interface HitItem<T> {
  range: Range;
  value: T;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pointer slack around a line box, in CSS pixels: a hair outside still counts. */
const HIT_SLACK_PX = 1;

const contains = (box: Box, x: number, y: number): boolean =>
  x >= box.left - HIT_SLACK_PX && x <= box.right + HIT_SLACK_PX && y >= box.top - HIT_SLACK_PX && y <= box.bottom + HIT_SLACK_PX;

export class RangeHitTester<T> {
  private items: HitItem<T>[] = [];
  private boxes: Box[] | null = null;

  /** Replaces the ranges to test. */
  setItems(items: HitItem<T>[]): void {
    this.items = items;
    this.boxes = null;
  }

  get size(): number {
    return this.items.length;
  }

  /** Forget the measured boxes (after a scroll, resize or layout change). */
  invalidate(): void {
    this.boxes = null;
  }

  /** The item under viewport point (x, y), if any. */
  at(x: number, y: number): HitItem<T> | undefined {
    this.boxes ??= this.items.map((item) => item.range.getBoundingClientRect());
    for (let i = 0; i < this.items.length; i++) {
      if (!contains(this.boxes[i], x, y)) continue;
      // A mention wrapped over two lines has a box wider than its text: check each line's rect.
      for (const rect of this.items[i].range.getClientRects()) if (contains(rect, x, y)) return this.items[i];
    }
    return undefined;
  }
}
