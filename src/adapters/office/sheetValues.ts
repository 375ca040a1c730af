import { cellAddress, CellValue, excelErrorFromText } from '../../engine/cells';
import { SheetGrid } from '../../workbook/types';
import { officeErrorCode } from './excelRun';
import { jsonBytes } from './payloadSize';

/** Where a sheet's used range sits (0-based), as `getUsedRangeOrNullObject(true)` reports it. */
export interface UsedExtent {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export const EXTENT_PROPERTIES = 'rowIndex,columnIndex,rowCount,columnCount';

/** The extent of a loaded used range; undefined for an empty sheet, whose used range is a null object. */
export function extentOf(sheet: string, used: Excel.Range): UsedExtent | undefined {
  return used.isNullObject
    ? undefined
    : { sheet, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
}

/** A cell as Office.js reports it, as the engine takes it: an empty cell is null, an error cell (reported as its text) an error value. */
export function cellValueOf(value: unknown, type: string): CellValue {
  if (type === 'Empty') return null;
  if (type === 'Error') return excelErrorFromText(String(value)) ?? { error: String(value) };
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' ? value : null;
}

/** A first guess at what one cell adds to a response (a short text and its type); each block corrects it. */
const FIRST_BYTES_PER_CELL = 32;

interface SheetRead {
  readonly extent: UsedExtent;
  readonly rows: (CellValue[] | undefined)[];
  done: number;
}

interface Block {
  readonly read: SheetRead;
  readonly first: number;
  readonly count: number;
  readonly range: Excel.Range;
}

/**
 * Reads the values of sheets' used ranges in row blocks, the blocks of one sync together kept within the
 * response budget. Types come with the values because Office.js reports an error cell as its text.
 */
export class GridLoader {
  private readonly reads: SheetRead[];
  private blocks: Block[] = [];
  private bytesPerCell = FIRST_BYTES_PER_CELL;

  constructor(
    extents: readonly UsedExtent[],
    private readonly budget: number,
  ) {
    this.reads = extents.map((extent) => ({ extent, rows: Array.from({ length: extent.top }, () => undefined), done: 0 }));
  }

  get done(): boolean {
    return this.reads.every((read) => read.done >= read.extent.rows);
  }

  /** Queues the next block of each unfinished sheet while the budget lasts; always at least one row. */
  queue(context: Excel.RequestContext): void {
    let room = this.budget;
    for (const read of this.reads) {
      const { extent } = read;
      const remaining = extent.rows - read.done;
      if (remaining <= 0) continue;
      const rowBytes = extent.columns * this.bytesPerCell;
      const fits = Math.min(remaining, Math.floor(room / rowBytes));
      if (fits < 1 && this.blocks.length > 0) return;
      const count = Math.max(1, fits);
      const top = extent.top + read.done;
      const address = `${cellAddress(top, extent.left)}:${cellAddress(top + count - 1, extent.left + extent.columns - 1)}`;
      const range = context.workbook.worksheets.getItem(extent.sheet).getRange(address).load('values,valueTypes');
      this.blocks.push({ read, first: read.done, count, range });
      room -= count * rowBytes;
    }
  }

  /** Takes in the blocks of a sync that succeeded, and learns from them what a cell really costs. */
  receive(): void {
    let bytes = 0;
    let cells = 0;
    for (const { read, first, count, range } of this.blocks) {
      const { values, valueTypes } = range;
      bytes += jsonBytes(values) + jsonBytes(valueTypes);
      cells += count * read.extent.columns;
      for (let r = 0; r < count; r++) read.rows[read.extent.top + first + r] = rowOf(values[r], valueTypes[r], read.extent.left);
      read.done = first + count;
    }
    if (cells > 0) this.bytesPerCell = Math.max(1, bytes / cells);
    this.blocks = [];
  }

  /** After Excel refused a response as too large: asks for half as much next time. False when nothing smaller is possible. */
  shrink(): boolean {
    const smaller = this.blocks.length > 1 || this.blocks.some((block) => block.count > 1);
    this.blocks = [];
    this.bytesPerCell *= 2;
    return smaller;
  }

  grids(): SheetGrid[] {
    return this.reads.map((read) => ({ name: read.extent.sheet, rows: read.rows }));
  }
}

/**
 * Syncs until `loader` has every block. `first` queues other calls into the first sync and returns what
 * takes in their results; they are queued again if Excel refuses that sync's response as too large.
 */
export async function syncBlocks(context: Excel.RequestContext, loader: GridLoader, first?: () => () => void): Promise<void> {
  let pending = first;
  do {
    const takeIn = pending?.();
    loader.queue(context);
    try {
      await context.sync();
    } catch (error) {
      if (officeErrorCode(error) === 'ResponsePayloadSizeLimitExceeded' && loader.shrink()) continue;
      throw error;
    }
    takeIn?.();
    pending = undefined;
    loader.receive();
  } while (!loader.done);
}

/** One row of a block: padded with blanks left of the used range, trailing blanks dropped, undefined when all blank. */
function rowOf(values: readonly unknown[], types: readonly string[], left: number): CellValue[] | undefined {
  const cells: CellValue[] = Array.from({ length: left }, () => null);
  let last = -1;
  values.forEach((value, c) => {
    const cell = cellValueOf(value, types[c]);
    cells.push(cell);
    if (cell !== null) last = left + c;
  });
  if (last < 0) return undefined;
  cells.length = last + 1;
  return cells;
}
