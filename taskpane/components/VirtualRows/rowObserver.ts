import { RowHeights } from './rowHeights';

/**
 * Measures a virtual list's rendered rows with one ResizeObserver: their heights arrive after the
 * browser's own layout, in one batch, and a row is observed only while it is rendered.
 */
export class RowObserver {
  private readonly indexes = new WeakMap<Element, number>();
  private readonly rows = new Map<number, Element>();
  private observer?: ResizeObserver;

  listen(heights: RowHeights, changed: () => void): void {
    this.observer?.disconnect();
    this.observer = new ResizeObserver((entries) => {
      let any = false;
      for (const entry of entries) {
        const index = this.indexes.get(entry.target);
        const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
        if (index !== undefined && heights.measured(index, height)) any = true;
      }
      if (any) changed();
    });
    for (const element of this.rows.values()) this.observer.observe(element);
  }

  /** A row's element as React gives it to a ref: the element when rendered, null when gone. */
  observe(index: number, element: HTMLElement | null): void {
    const previous = this.rows.get(index);
    if (previous === element) return;
    if (previous) this.observer?.unobserve(previous);
    if (!element) {
      this.rows.delete(index);
      return;
    }
    this.rows.set(index, element);
    this.indexes.set(element, index);
    this.observer?.observe(element);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
