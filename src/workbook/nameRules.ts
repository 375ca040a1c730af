/**
 * Excel's rules for the names a writer adds: sheet names, table names and defined names. Excel compares all
 * of them case-insensitively; table names and defined names share one namespace. A broken rule throws,
 * because Excel would otherwise "repair" the file and drop the part.
 */

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

export function checkSheetName(name: string, taken: ReadonlySet<string>): void {
  if (name.length === 0 || name.length > 31) throw new Error(`Sheet name '${name}' must be 1 to 31 characters long`);
  if (SHEET_NAME_FORBIDDEN.test(name)) throw new Error(`Sheet name '${name}' must not contain any of [ ] : * ? / \\`);
  if (name.startsWith("'") || name.endsWith("'")) throw new Error(`Sheet name '${name}' must not begin or end with an apostrophe`);
  if (name.toUpperCase() === 'HISTORY') throw new Error(`Sheet name '${name}' is reserved by Excel`);
  if (taken.has(name.toUpperCase())) throw new Error(`The workbook already has a sheet named '${name}'`);
}

/** Table and defined names: a letter, `_` or `\` first, then letters, digits, `.` and `_`; not a cell reference. */
export function checkName(kind: 'table' | 'defined name', name: string, taken: ReadonlySet<string>): void {
  if (name.length === 0 || name.length > 255) throw new Error(`The ${kind} '${name}' must be 1 to 255 characters long`);
  if (!/^[\p{L}_\\][\p{L}\p{N}._\\]*$/u.test(name)) {
    throw new Error(`The ${kind} '${name}' may only hold letters, digits, '.' and '_', and must start with a letter or '_'`);
  }
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[Rr][0-9]*[Cc]?[0-9]*$/.test(name) || /^[Cc][0-9]*$/.test(name)) {
    throw new Error(`The ${kind} '${name}' reads as a cell reference; choose another name`);
  }
  if (taken.has(name.toUpperCase())) throw new Error(`The workbook already has a table or defined name '${name}'`);
}
