/** An Excel error value as it sits in a cell (`#N/A`, `#VALUE!`, ...). */
export interface ExcelErrorValue {
  readonly error: string;
}

/** What a cell holds, as every adapter hands it to the engine. Dates are Excel serial numbers. */
export type CellValue = number | string | boolean | null | ExcelErrorValue;

export const EXCEL_ERROR_TEXTS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
];

export function isExcelError(value: unknown): value is ExcelErrorValue {
  return typeof value === 'object' && value !== null && typeof (value as ExcelErrorValue).error === 'string';
}

/** Office.js reports an error cell as its text; adapters call this to turn such text into an error value. */
export function excelErrorFromText(text: string): ExcelErrorValue | undefined {
  return EXCEL_ERROR_TEXTS.includes(text) ? { error: text } : undefined;
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Column index (0-based) to letters: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Letters to column index (0-based): A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address from 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `Sheet!A1`, quoting the sheet name the way Excel does when it needs it. */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${cellAddress(row, col)}`;
}

export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Parses `A1`, `$B$3`, returning 0-based row and column, or undefined. */
export function parseCellAddress(text: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(text.trim());
  if (!match) return undefined;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}
