import { useLayoutEffect, useState } from 'react';
import { RowHeights } from './rowHeights';
import { RowObserver } from './rowObserver';

/**
 * Which of `count` rows to render in a scrolling box: those in view and a screen's worth around them, each
 * measured once shown (rows wrap to different heights in a narrow pane), the rest estimated. The rows not
 * rendered are stood in for by space above and below, so the scroll bar is true to the whole list and
 * "all 10,000" costs the same as the first screen.
 */
export interface VirtualRows {
  /** Put on the box that scrolls, as its ref. */
  readonly setBox: (element: HTMLElement | null) => void;
  /** The first row rendered and one past the last. */
  readonly start: number;
  readonly end: number;
  /** Space, in px, that stands in for the rows above `start` and below `end`. */
  readonly before: number;
  readonly after: number;
  /** Put on the rendered row `index`'s element, to measure it. */
  readonly measure: (index: number) => (element: HTMLElement | null) => void;
}

/** Rows rendered before the box has a size (the first paint, or a test without layout). */
const FIRST_ROWS = 20;

export function useVirtualRows(count: number, estimate: number): VirtualRows {
  const [list, setList] = useState(() => ({ count, heights: new RowHeights(estimate) }));
  let { heights } = list;
  if (list.count !== count) {
    // Another list (another preview, another check) is measured afresh.
    heights = new RowHeights(estimate);
    setList({ count, heights });
  }
  const [, setMeasuredTimes] = useState(0);
  const [box, setBox] = useState<HTMLElement | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  // Rows are measured when the browser has laid them out anyway, never by forcing a layout of its own.
  const [rows] = useState(() => (typeof ResizeObserver === 'undefined' ? undefined : new RowObserver()));
  useLayoutEffect(() => {
    rows?.listen(heights, () => setMeasuredTimes((times) => times + 1));
    return () => rows?.disconnect();
  }, [rows, heights]);

  useLayoutEffect(() => {
    if (!box) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      setViewport((previous) =>
        previous.top === box.scrollTop && previous.height === box.clientHeight
          ? previous
          : { top: box.scrollTop, height: box.clientHeight },
      );
    };
    const later = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    box.addEventListener('scroll', later, { passive: true });
    const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(later);
    resized?.observe(box);
    return () => {
      box.removeEventListener('scroll', later);
      resized?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [box]);

  const margin = Math.max(viewport.height, estimate * 10);
  let start = 0;
  let offset = 0;
  while (start < count && offset + heights.of(start) < viewport.top - margin) offset += heights.of(start++);
  const before = offset;
  let end = start;
  const bottom = viewport.height === 0 ? Number.POSITIVE_INFINITY : viewport.top + viewport.height + margin;
  while (end < count && offset < bottom && (viewport.height > 0 || end - start < FIRST_ROWS)) offset += heights.of(end++);
  let after = 0;
  for (let index = end; index < count; index++) after += heights.of(index);

  const measure = (index: number) => (element: HTMLElement | null) => rows?.observe(index, element);
  return { setBox, start, end, before, after, measure };
}
