import { cellAddress, columnLetters, isExcelError } from '../../engine/cells';
import { CellSpec, RowsAppend, SheetSpec, TableSpec, WorkbookChanges } from '../../workbook/types';
import { checkName, checkSheetName } from '../../workbook/nameRules';
import { checkTable } from '../../workbook/tableRules';
import { CellRange } from '../../workbook/ranges';
import { NUMBER_FORMAT_CODES } from './numberFormats';
import { OfficeError } from './officeError';
import { CALL_OVERHEAD, jsonBytes } from './payloadSize';
import { typedFormula } from './typedFormula';

/**
 * What `apply` sends to Excel, as a list of steps planned before anything is written, each with the size
 * it adds to a request. Cells go in row blocks small enough that a sync can be filled close to the budget.
 */

/** What a cell gets through `Range.formulas`: a formula with its `=`, a number, a boolean, or text as typed. */
export type CellInput = string | number | boolean;

export type WriteStep = { readonly bytes: number } & (
  | { readonly kind: 'addSheet'; readonly sheet: string }
  | {
      readonly kind: 'cells';
      readonly sheet: string;
      readonly address: string;
      readonly formulas: CellInput[][];
      /** Absent when every cell keeps the new sheet's General format; null leaves a cell's format alone. */
      readonly numberFormats?: (string | null)[][];
      readonly bold: readonly string[];
      readonly cells: number;
    }
  | { readonly kind: 'columnWidth'; readonly sheet: string; readonly columns: string; readonly points: number }
  | { readonly kind: 'table'; readonly sheet: string; readonly name: string; readonly address: string; readonly showTotals: boolean }
  | { readonly kind: 'name'; readonly name: string; readonly formula: string }
);

/** Names already in the workbook; compared case-insensitively, as Excel does. */
export interface ExistingNames {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly names: readonly string[];
}

/** Rows go in blocks of about this many bytes: small against the budget, so syncs fill up well. */
const BLOCK_BYTES = 256_000;

/**
 * Checks `changes` against the workbook and Excel's naming rules, then plans them. Throws before anything
 * is written if a sheet, table or name exists or is invalid, or a single row is too large for one request.
 */
export function planChanges(changes: WorkbookChanges, existing: ExistingNames, budget: number): WriteStep[] {
  refuseTaken(changes, existing);
  const sheetNames = new Set(existing.sheets.map((name) => name.toUpperCase()));
  const names = new Set([...existing.tables, ...existing.names].map((name) => name.toUpperCase()));
  const sheets = changes.addSheets.map((sheet) => {
    checkSheetName(sheet.name, sheetNames);
    sheetNames.add(sheet.name.toUpperCase());
    const ranges: CellRange[] = [];
    const tables = (sheet.tables ?? []).map((table) => {
      checkName('table', table.name, names);
      names.add(table.name.toUpperCase());
      const range = checkTable(table, sheet, ranges);
      ranges.push(range);
      return { table, range };
    });
    return { sheet, tables };
  });
  for (const name of changes.addNames ?? []) {
    checkName('defined name', name.name, names);
    names.add(name.name.toUpperCase());
  }
  for (const append of changes.appendRows ?? []) {
    if (!sheetNames.has(append.sheet.toUpperCase())) throw new OfficeError('append.noSheet', { sheet: append.sheet });
  }
  // Every new sheet exists before any cell is written: a formula naming a sheet Excel does not have yet fails.
  return [
    ...sheets.map(({ sheet }): WriteStep => ({ kind: 'addSheet', sheet: sheet.name, bytes: CALL_OVERHEAD })),
    ...sheets.flatMap(({ sheet, tables }) => sheetSteps(sheet, tables, budget)),
    ...(changes.appendRows ?? []).flatMap((append) => appendSteps(append, budget)),
    ...(changes.addNames ?? []).map((name): WriteStep => {
      const formula = `=${typedFormula(name.formula)}`;
      return { kind: 'name', name: name.name, formula, bytes: CALL_OVERHEAD + jsonBytes([name.name, formula]) };
    }),
  ];
}

/** A sheet, table or name the workbook already has, which one of `changes` would need, is the user's to rename. */
function refuseTaken(changes: WorkbookChanges, existing: ExistingNames): void {
  const upper = (names: readonly string[]) => new Set(names.map((name) => name.toUpperCase()));
  const [sheets, tables, names] = [upper(existing.sheets), upper(existing.tables), upper(existing.names)];
  const claim = (name: string) => {
    if (tables.has(name.toUpperCase())) throw new OfficeError('write.tableTaken', { name });
    if (names.has(name.toUpperCase())) throw new OfficeError('write.definedNameTaken', { name });
  };
  for (const sheet of changes.addSheets) {
    if (sheets.has(sheet.name.toUpperCase())) throw new OfficeError('write.sheetTaken', { name: sheet.name });
    for (const table of sheet.tables ?? []) claim(table.name);
  }
  for (const name of changes.addNames ?? []) claim(name.name);
}

/**
 * A new sheet's steps once it exists, top to bottom. A table is created as soon as its header and data rows are written, and
 * with Excel's own totals row switched on, so that row's cells are written only afterwards: they then
 * replace what Excel puts there by default, leaving exactly the spec's totals formulas and labels.
 */
function sheetSteps(sheet: SheetSpec, tables: readonly { table: TableSpec; range: CellRange }[], budget: number): WriteStep[] {
  const steps: WriteStep[] = [];
  (sheet.columnWidths ?? []).forEach((width, column) => {
    if (width > 0)
      steps.push({
        kind: 'columnWidth',
        sheet: sheet.name,
        columns: `${columnLetters(column)}:${columnLetters(column)}`,
        points: columnPoints(width),
        bytes: CALL_OVERHEAD,
      });
  });
  const tablesAfter = new Map<number, WriteStep[]>();
  /** Totals rows and their right edge: every cell up to it is written, blanks too, to clear Excel's defaults. */
  const totalsRows = new Map<number, number>();
  for (const { table, range } of tables) {
    if (table.totalsRow) totalsRows.set(range.bottom, Math.max(range.right, totalsRows.get(range.bottom) ?? 0));
    const lastDataRow = table.totalsRow ? range.bottom - 1 : range.bottom;
    const address = `${cellAddress(range.top, range.left)}:${cellAddress(lastDataRow, range.right)}`;
    const step: WriteStep = {
      kind: 'table',
      sheet: sheet.name,
      name: table.name,
      address,
      showTotals: table.totalsRow,
      bytes: 3 * CALL_OVERHEAD,
    };
    tablesAfter.set(lastDataRow, [...(tablesAfter.get(lastDataRow) ?? []), step]);
  }
  const lastRow = Math.max(sheet.rows.length - 1, ...tablesAfter.keys(), ...totalsRows.keys());
  let block: RowBlock | undefined;
  const endBlock = () => {
    if (block) steps.push(block.step());
    block = undefined;
  };
  for (let r = 0; r <= lastRow; r++) {
    const totalsRight = totalsRows.get(r);
    const cells = totalsRight === undefined ? (sheet.rows[r] ?? []) : padded(sheet.rows[r] ?? [], totalsRight + 1);
    if (cells.some((cell) => cell) || totalsRight !== undefined) {
      const row = rowInput(cells);
      if (row.bytes + 2 * CALL_OVERHEAD > budget) throw new OfficeError('write.rowTooLarge', { row: r + 1, sheet: sheet.name });
      if (block && block.bytes + row.bytes > BLOCK_BYTES) endBlock();
      block ??= new RowBlock(sheet.name, r);
      block.add(row);
    } else {
      endBlock();
    }
    const ready = tablesAfter.get(r);
    if (ready) {
      endBlock();
      steps.push(...ready);
    }
  }
  endBlock();
  return steps;
}

/** Rows added below a sheet this product created earlier (the settlement ledger), in row blocks like a new sheet's. */
function appendSteps(append: RowsAppend, budget: number): WriteStep[] {
  const steps: WriteStep[] = [];
  let block: RowBlock | undefined;
  append.rows.forEach((cells, offset) => {
    const row = rowInput(cells);
    if (row.bytes + 2 * CALL_OVERHEAD > budget) throw new OfficeError('append.rowTooLarge', { sheet: append.sheet });
    if (block && block.bytes + row.bytes > BLOCK_BYTES) {
      steps.push(block.step());
      block = undefined;
    }
    block ??= new RowBlock(append.sheet, append.firstRow + offset);
    block.add(row);
  });
  if (block) steps.push(block.step());
  return steps;
}

/** The cells `append` writes to, as an A1 range. */
export function appendedRange(append: RowsAppend): string {
  const width = Math.max(1, ...append.rows.map((row) => row.length));
  return `A${append.firstRow + 1}:${columnLetters(width - 1)}${append.firstRow + append.rows.length}`;
}

function padded(cells: readonly (CellSpec | null)[], width: number): (CellSpec | null)[] {
  return [...cells, ...Array.from({ length: Math.max(0, width - cells.length) }, () => null)];
}

interface RowInput {
  readonly formulas: CellInput[];
  readonly formats: (string | null)[];
  readonly bold: boolean[];
  readonly cells: number;
  readonly bytes: number;
}

function rowInput(cells: readonly (CellSpec | null)[]): RowInput {
  // Array.from visits the holes of a sparse row too.
  const formulas = Array.from(cells, (cell) => (cell ? cellInput(cell) : ''));
  const formats = Array.from(cells, (cell) => (cell ? formatInput(cell) : null));
  return {
    formulas,
    formats,
    bold: Array.from(cells, (cell) => cell?.bold === true),
    cells: cells.filter((cell) => cell).length,
    bytes: jsonBytes(formulas) + jsonBytes(formats),
  };
}

/**
 * Text goes in behind an apostrophe, which Excel keeps out of the value: typed plainly, `00123` would become
 * a number, `TRUE` a boolean, `1/2` a date and `=x` or `-x` a formula.
 */
function cellInput(cell: CellSpec): CellInput {
  if (cell.formula !== undefined) return `=${typedFormula(cell.formula)}`;
  const value = cell.value ?? null;
  if (value === null || value === '') return '';
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '#NUM!';
  if (isExcelError(value)) return value.error;
  return value;
}

/** A formula cell in General gets General explicitly: Excel would otherwise give it the format of a cell it refers to. */
function formatInput(cell: CellSpec): string | null {
  const format = cell.format ?? 'general';
  return format !== 'general' || cell.formula !== undefined ? NUMBER_FORMAT_CODES[format] : null;
}

/** Widths in characters of the default font's digits (7 px each, plus 5 px padding), as points at 96 dpi. */
function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

class RowBlock {
  private readonly rows: RowInput[] = [];
  bytes = 0;

  constructor(
    private readonly sheet: string,
    private readonly top: number,
  ) {}

  add(row: RowInput): void {
    this.rows.push(row);
    this.bytes += row.bytes;
  }

  step(): WriteStep {
    const width = Math.max(...this.rows.map((row) => row.formulas.length));
    const pad = <T>(cells: readonly T[], blank: T): T[] => [...cells, ...Array.from({ length: width - cells.length }, () => blank)];
    const formulas = this.rows.map((row) => pad(row.formulas, ''));
    const formatted = this.rows.some((row) => row.formats.some((format) => format !== null));
    const numberFormats = formatted ? this.rows.map((row) => pad(row.formats, null)) : undefined;
    const bold = boldRanges(
      this.rows.map((row) => row.bold),
      this.top,
    );
    const address = `A${this.top + 1}:${columnLetters(width - 1)}${this.top + this.rows.length}`;
    return {
      kind: 'cells',
      sheet: this.sheet,
      address,
      formulas,
      ...(numberFormats ? { numberFormats } : {}),
      bold,
      cells: this.rows.reduce((sum, row) => sum + row.cells, 0),
      bytes:
        CALL_OVERHEAD + jsonBytes(formulas) + (numberFormats ? CALL_OVERHEAD + jsonBytes(numberFormats) : 0) + bold.length * CALL_OVERHEAD,
    };
  }
}

/** Bold cells as few rectangles: runs along each row, merged down while the next row has the same run. */
function boldRanges(rows: readonly (readonly boolean[])[], top: number): string[] {
  const done: CellRange[] = [];
  let open = new Map<string, CellRange>();
  rows.forEach((flags, r) => {
    const next = new Map<string, CellRange>();
    for (let c = 0; c < flags.length; c++) {
      if (!flags[c]) continue;
      let right = c;
      while (flags[right + 1]) right++;
      const key = `${c}:${right}`;
      const above = open.get(key);
      next.set(key, above ? { ...above, bottom: top + r } : { top: top + r, bottom: top + r, left: c, right });
      open.delete(key);
      c = right;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.map((range) =>
    range.top === range.bottom && range.left === range.right
      ? cellAddress(range.top, range.left)
      : `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`,
  );
}
