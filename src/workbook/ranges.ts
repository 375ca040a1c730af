import { parseCellAddress } from '../engine/cells';

/** Excel's grid: rows 1 to 1,048,576 and columns A to XFD. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `B4:K130` or `B4` (0-based, inclusive), with or without `$`. */
export function parseRange(text: string): CellRange | undefined {
  const [first, second = first] = text.split(':');
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** Splits `'My sheet'!$B$4` or `Contract!B4:C9` into sheet and range; `''` in a quoted name is one quote. */
export function splitSheetReference(reference: string): { sheet: string; range: string } | undefined {
  const match = /^\s*=?\s*(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference);
  if (!match) return undefined;
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2], range: match[3].trim() };
}
