/**
 * The measured heights of a virtual list's rows; a row not measured yet is taken to be as high as the
 * measured ones are on average (or `estimate` before any is measured), so the scroll bar is close to true.
 */
export class RowHeights {
  private readonly heights: number[] = [];
  private total = 0;
  private rows = 0;

  constructor(private readonly estimate: number) {}

  of(index: number): number {
    return this.heights[index] ?? (this.rows > 0 ? this.total / this.rows : this.estimate);
  }

  /** Records a row's height; whether it differs from what was assumed. */
  measured(index: number, height: number): boolean {
    const known = this.heights[index];
    if (height <= 0 || (known !== undefined && Math.abs(height - known) <= 0.5)) return false;
    this.total += height - (known ?? 0);
    if (known === undefined) this.rows++;
    this.heights[index] = height;
    return true;
  }
}
