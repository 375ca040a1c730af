import { CellValue } from '../engine/cells';
import { DateSystem } from '../engine/weeks';

/**
 * The workbook interface: the only way the engine's jobs see a workbook. The .xlsx adapter (Node and the
 * standalone pane) and the Office.js adapter (inside Excel) both implement it; nothing else touches a workbook.
 */

/** A sheet's values, 0-based from A1: `rows[r][c]` is the cell in row r+1, column c+1. Missing means blank. */
export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[] | undefined)[];
}

/** A defined name as the workbook stores it, e.g. `{ name: 'SIB_WeeklyRate', formula: 'Contract!$B$4' }`. */
export interface DefinedName {
  readonly name: string;
  /** Absent for a workbook-scoped name. */
  readonly sheetScope?: string;
  readonly formula: string;
}

/** An Excel table (ListObject): its range includes the header row and any totals row. */
export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
}

export interface WorkbookReader {
  readonly dateSystem: DateSystem;
  sheetNames(): Promise<readonly string[]>;
  /** Cell values; for a formula cell, its last computed value. */
  readSheet(name: string): Promise<SheetGrid>;
  definedNames(): Promise<readonly DefinedName[]>;
  tables(): Promise<readonly TableInfo[]>;
  /**
   * The formula of a cell (`Sheet!A1`) that holds one without its computed value, as a file from a program
   * that does not calculate may; undefined otherwise. readSheet gives such a cell as blank.
   */
  uncomputedFormula(address: string): Promise<string | undefined>;
}

export type NumberFormatKind = 'general' | 'amount' | 'integer' | 'share' | 'date' | 'datetime' | 'text';

/**
 * A cell to write. A formula is written without its leading `=`; `value` is then the result the engine
 * computed, stored as the cached result so files open with figures even before recalculation.
 */
export interface CellSpec {
  readonly value?: CellValue;
  readonly formula?: string;
  /** The run of cells down this cell's column that share its formula's shape; the same object for each of them. */
  readonly formulaRun?: FormulaRun;
  readonly format?: NumberFormatKind;
  readonly bold?: boolean;
}

/**
 * Cells down one column whose formulas are one formula moved down a row at a time: each cell's formula is
 * the first cell's with its relative row references moved by the rows between them. Every cell still
 * carries its full formula (the Office adapter writes each one); the .xlsx writer stores the first and
 * lets the others share it, which makes a sheet of thousands of long line formulas a fraction of the size.
 */
export interface FormulaRun {
  /** 0-based rows of the run's first and last cells. */
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface TableSpec {
  readonly name: string;
  /** A1 range covering the header row, the data rows and the totals row when there is one, e.g. `A12:I140`. */
  readonly range: string;
  readonly columns: readonly string[];
  readonly totalsRow: boolean;
}

export interface SheetSpec {
  readonly name: string;
  /** Rows from A1; `null` or a missing entry leaves that cell empty. */
  readonly rows: readonly (readonly (CellSpec | null)[] | null)[];
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
  readonly tables?: readonly TableSpec[];
}

export interface DefinedNameSpec {
  readonly name: string;
  /** What it refers to, e.g. `Contract!$B$4`, without `=`. */
  readonly formula: string;
}

/**
 * Rows added below the last row of a sheet the product created (the settlement ledger). The adapter
 * refuses if any of those cells holds something.
 */
export interface RowsAppend {
  readonly sheet: string;
  /** 0-based row where the first new row goes. */
  readonly firstRow: number;
  readonly rows: readonly (readonly (CellSpec | null)[])[];
}

/** What a job adds to a workbook: new sheets, new names, rows below the ledger; no existing cell is touched. */
export interface WorkbookChanges {
  readonly addSheets: readonly SheetSpec[];
  readonly addNames?: readonly DefinedNameSpec[];
  readonly appendRows?: readonly RowsAppend[];
}

/** Progress of a long write, for the task pane's progress bar: `done` of `total` units (cells). */
export type WriteProgress = (done: number, total: number) => void;

/**
 * Adds what a job produced to a workbook. It first checks that no sheet, table or name it adds exists,
 * and writes nothing if one does; it never changes a cell of a sheet it did not create.
 */
export interface WorkbookWriter {
  apply(changes: WorkbookChanges, progress?: WriteProgress): Promise<void>;
}

/**
 * One cell the user sets on the Contract sheet (a term's value, or a missing term's row), by its
 * sheet-qualified address (`Contract!C7`). `format` styles it only when the cell has no style of its own.
 */
export interface CellEdit {
  readonly address: string;
  readonly cell: Pick<CellSpec, 'value' | 'format'>;
}

/**
 * Sets single cells' values, for contract terms. It refuses, writing nothing, when a cell holds a formula
 * or its sheet does not exist; no other cell changes.
 */
export interface WorkbookCellWriter {
  setCells(edits: readonly CellEdit[]): Promise<void>;
}

/** Moves the user's selection to a cell (`Sheet!A1`), for clickable findings. */
export interface WorkbookNavigator {
  select(address: string): Promise<void>;
}
