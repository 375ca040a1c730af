import { CellValue, isExcelError } from './cells';
import { EngineError } from './errors';
import { parseStatus, StatusReading } from './status';

/**
 * Every status cell of a candidate sheet, read once (docs/rules.md §4.3). Each cell becomes a code: an index
 * into the distinct values the sheet holds, each read once. A sheet of 10,000 candidates × 156 weeks holds a
 * handful of distinct values, so the check, the settlement and the fingerprint look each cell up in a small
 * table instead of reading it again, and the codes take two bytes a cell where the values took an object's
 * worth. Code 0 is a blank cell.
 */
export class StatusCodes {
  constructor(
    /** Status cells per candidate: one per week, in the sheet's week order. */
    readonly weekCount: number,
    /** By candidate, then week: candidate c's code for week k is `codes[c * weekCount + k]`. */
    readonly codes: Uint16Array | Uint32Array,
    /** The cell value of each code. */
    readonly values: readonly CellValue[],
    /** How each code's value reads as a status, or what is wrong with it. */
    readonly readings: readonly (StatusReading | EngineError)[],
  ) {}

  code(candidate: number, week: number): number {
    return this.codes[candidate * this.weekCount + week];
  }

  value(candidate: number, week: number): CellValue {
    return this.values[this.code(candidate, week)];
  }

  /** One candidate's cell values, blank cells as null. */
  row(candidate: number): CellValue[] {
    const start = candidate * this.weekCount;
    return Array.from(this.codes.subarray(start, start + this.weekCount), (code) => this.values[code]);
  }
}

export const BLANK_CODE = 0;

const BLANK_READING: StatusReading = parseStatus(null) as StatusReading;

/** Most sheets need far fewer codes than two bytes hold; a sheet with more distinct values gets four bytes a cell. */
const TWO_BYTE_CODES = 1 << 16;

/**
 * Codes status cells row by row, each distinct value read once. Values are told apart as formulas tell
 * them apart: the number 1, the text "1" and TRUE are three values.
 */
export class StatusCoder {
  private readonly byText = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();
  /** TRUE, FALSE and error values, by their text. */
  private readonly byOther = new Map<string, number>();
  private readonly values: CellValue[] = [null];
  private readonly readings: (StatusReading | EngineError)[] = [BLANK_READING];
  private codes: Uint16Array | Uint32Array;
  private length = 0;

  constructor(
    private readonly weekCount: number,
    expectedRows = 0,
  ) {
    this.codes = new Uint16Array(Math.max(1, expectedRows * weekCount));
  }

  /** Adds one candidate's row: its status for week k is `cells[columns[k]]`. */
  addRow(cells: readonly (CellValue | undefined)[], columns: readonly number[]): void {
    const weekCount = this.weekCount;
    if (this.length + weekCount > this.codes.length) this.grow(this.length + weekCount);
    const codes = this.codes;
    const at = this.length;
    for (let week = 0; week < weekCount; week++) codes[at + week] = this.codeOf(cells[columns[week]]);
    this.length = at + weekCount;
  }

  finish(): StatusCodes {
    return new StatusCodes(this.weekCount, this.codes.subarray(0, this.length), this.values, this.readings);
  }

  private codeOf(value: CellValue | undefined): number {
    if (value === null || value === undefined) return BLANK_CODE;
    if (typeof value === 'string') return this.byText.get(value) ?? this.added(this.byText, value, value);
    if (typeof value === 'number') return this.byNumber.get(value) ?? this.added(this.byNumber, value, value);
    const key = isExcelError(value) ? value.error : String(value).toUpperCase();
    return this.byOther.get(key) ?? this.added(this.byOther, key, value);
  }

  private added<K>(codes: Map<K, number>, key: K, value: CellValue): number {
    const code = this.values.length;
    if (code === TWO_BYTE_CODES) this.codes = Uint32Array.from(this.codes);
    this.values.push(value);
    this.readings.push(parseStatus(value));
    codes.set(key, code);
    return code;
  }

  private grow(needed: number): void {
    const grown = new (this.codes.constructor as Uint16ArrayConstructor | Uint32ArrayConstructor)(Math.max(needed, this.codes.length * 2));
    grown.set(this.codes.subarray(0, this.length));
    this.codes = grown;
  }
}

/** Codes rows of status cells that sit one per week, in order, as the engine's functions and tests give them. */
export function codeStatusRows(rows: readonly { readonly statuses: readonly CellValue[] }[], weekCount: number): StatusCodes {
  const coder = new StatusCoder(weekCount, rows.length);
  const columns = Array.from({ length: weekCount }, (_, week) => week);
  for (const row of rows) coder.addRow(row.statuses, columns);
  return coder.finish();
}
