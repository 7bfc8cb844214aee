import { describe, expect, it } from 'vitest';
import { RangeHitTester } from './hit-test.ts';

/** A range stand-in laid out as the given line rects (left, top, width, height). */
function fakeRange(...lines: [number, number, number, number][]): Range & { measured: number } {
  const rects = lines.map(([left, top, width, height]) => ({ left, top, right: left + width, bottom: top + height, width, height }));
  const fake = {
    measured: 0,
    getClientRects: () => rects,
    getBoundingClientRect() {
      fake.measured += 1;
      return {
        left: Math.min(...rects.map((r) => r.left)),
        top: Math.min(...rects.map((r) => r.top)),
        right: Math.max(...rects.map((r) => r.right)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
      };
    },
  };
  return fake as unknown as Range & { measured: number };
}

describe('range hit testing', () => {
  it('finds the range under the pointer, checking each line of a wrapped mention', () => {
    const single = fakeRange([100, 10, 50, 20]);
    // Wrapped: the end of line 1 and the start of line 2; the middle of its bounding box is empty.
    const wrapped = fakeRange([300, 40, 100, 20], [0, 60, 60, 20]);
    const tester = new RangeHitTester<string>();
    tester.setItems([
      { range: single, value: 'single' },
      { range: wrapped, value: 'wrapped' },
    ]);
    expect(tester.at(120, 20)?.value).toBe('single');
    expect(tester.at(350, 50)?.value).toBe('wrapped');
    expect(tester.at(30, 70)?.value).toBe('wrapped');
    expect(tester.at(200, 70)).toBeUndefined();
    expect(tester.at(0, 0)).toBeUndefined();
  });

  it('keeps boxes in document coordinates: a window scroll needs no new measurement', () => {
    const range = fakeRange([0, 100, 50, 20]);
    const tester = new RangeHitTester<number>();
    tester.setItems([{ range, value: 1 }]);
    expect(tester.at(10, 110, { x: 0, y: 0 })?.value).toBe(1);
    // The window scrolled by 60: the range is now at viewport y 40..60 (the fake's line rects follow).
    (range as unknown as { getClientRects: () => unknown[] }).getClientRects = () => [{ left: 0, top: 40, right: 50, bottom: 60 }];
    expect(tester.at(10, 50, { x: 0, y: 60 })?.value).toBe(1);
    expect(tester.at(10, 110, { x: 0, y: 60 })).toBeUndefined();
    expect(range.measured).toBe(1);
  });

  it('measures bounding boxes once until invalidated', () => {
    const range = fakeRange([0, 0, 10, 10]);
    const tester = new RangeHitTester<number>();
    tester.setItems([{ range, value: 1 }]);
    tester.at(5, 5);
    tester.at(6, 6);
    expect(range.measured).toBe(1);
    tester.invalidate();
    tester.at(5, 5);
    expect(range.measured).toBe(2);
  });
});
