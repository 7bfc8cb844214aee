// Which highlighted mention is under the pointer? CSS highlights are not elements, so there is no
// event target to ask: we test the pointer against the ranges' boxes. Bounding boxes are measured
// once, in document coordinates, and kept until the layout changes (scrolling the window does not
// move them): a cheap rejection of almost every range. Only the few whose box holds the pointer
// are checked line by line with getClientRects(), in viewport coordinates.

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

  /** Forget the measured boxes (after a resize, layout change, or a scroll inside the page). */
  invalidate(): void {
    this.boxes = null;
  }

  /** The item under viewport point (x, y), if any; `scroll` is the window's scroll offset now. */
  at(x: number, y: number, scroll: { x: number; y: number } = { x: 0, y: 0 }): HitItem<T> | undefined {
    this.boxes ??= this.items.map((item) => {
      const rect = item.range.getBoundingClientRect();
      return { left: rect.left + scroll.x, right: rect.right + scroll.x, top: rect.top + scroll.y, bottom: rect.bottom + scroll.y };
    });
    const docX = x + scroll.x;
    const docY = y + scroll.y;
    for (let i = 0; i < this.items.length; i++) {
      if (!contains(this.boxes[i], docX, docY)) continue;
      // A mention wrapped over two lines has a box wider than its text: check each line's rect.
      for (const rect of this.items[i].range.getClientRects()) if (contains(rect, x, y)) return this.items[i];
    }
    return undefined;
  }
}
