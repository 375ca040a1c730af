import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * Which of `count` rows to render in a scrolling box: those in view and a screen's worth around them, each
 * measured once shown (rows wrap to different heights in a narrow pane), the rest estimated. The rows not
 * rendered are stood in for by padding above and below, so the scroll bar is true to the whole list and
 * "all 10,000" costs the same as the first screen.
 */
export interface VirtualRows {
  /** The box that scrolls. */
  readonly scrollRef: (element: HTMLElement | null) => void;
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
const FIRST_ROWS = 40;

export function useVirtualRows(count: number, estimate: number): VirtualRows {
  const heights = useRef<number[]>([]);
  const [box, setBox] = useState<HTMLElement | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  const [, setMeasured] = useState(0);
  const frame = useRef(0);

  useLayoutEffect(() => {
    if (!box) return;
    const update = () => {
      frame.current = 0;
      setViewport((previous) =>
        previous.top === box.scrollTop && previous.height === box.clientHeight ? previous : { top: box.scrollTop, height: box.clientHeight },
      );
    };
    const later = () => {
      if (!frame.current) frame.current = requestAnimationFrame(update);
    };
    update();
    box.addEventListener('scroll', later, { passive: true });
    const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(later);
    resized?.observe(box);
    return () => {
      box.removeEventListener('scroll', later);
      resized?.disconnect();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [box]);

  const heightOf = (index: number) => heights.current[index] ?? estimate;
  let start = 0;
  let offset = 0;
  const margin = Math.max(viewport.height, estimate * 10);
  while (start < count && offset + heightOf(start) < viewport.top - margin) offset += heightOf(start++);
  const before = offset;
  let end = start;
  const bottom = viewport.height === 0 ? Number.POSITIVE_INFINITY : viewport.top + viewport.height + margin;
  while (end < count && offset < bottom && (viewport.height > 0 || end - start < FIRST_ROWS)) offset += heightOf(end++);
  let after = 0;
  for (let index = end; index < count; index++) after += heightOf(index);

  const measure = useCallback(
    (index: number) => (element: HTMLElement | null) => {
      if (!element) return;
      const height = element.getBoundingClientRect().height;
      if (height > 0 && Math.abs(height - (heights.current[index] ?? estimate)) > 0.5) {
        heights.current[index] = height;
        setMeasured((times) => times + 1);
      }
    },
    [estimate],
  );
  return { scrollRef: setBox, start, end, before, after, measure };
}
