import { CellValue, columnLetters, isExcelError } from '../../engine/cells';
import { CellSpec, FormulaRun, NumberFormatKind, SheetSpec } from '../../workbook/types';
import { fileFormula } from './formulaText';
import { CellStyle } from './styles';
import { MAX_COLUMNS, MAX_ROWS } from './sheetScanner';
import { Utf8Writer } from './utf8Writer';
import { XlsxError } from './xlsxError';
import { encodeCellText, escapeXml } from './xmlText';

/**
 * A new worksheet part. Text goes in as inline strings, so the shared-strings part is never touched; a
 * formula carries the engine's value as its cached result, typed so Excel shows it before recalculating.
 * An invoice sheet has tens of thousands of cells, so the part is written straight into UTF-8 bytes (no
 * string of the whole part, no escaped copy of each formula), with column letters and style attributes
 * worked out once per column and per style. A run of cells that share one formula's shape (a column of
 * invoice lines) is stored as a shared formula: the first cell holds the text, the others point to it.
 */

/** The worksheet part's bytes. */
export function worksheetPart(
  sheet: SheetSpec,
  styleIndex: (style: CellStyle) => number,
  tableRelationshipIds: readonly string[],
): Uint8Array {
  if (sheet.rows.length > MAX_ROWS) throw new XlsxError('write.rowLimit', { sheet: sheet.name, rows: sheet.rows.length });
  const columns = columnsXml(sheet.columnWidths ?? []);
  // The part starts with the sheet's extent, known only once the rows are written: room is left for it.
  const out = new Utf8Writer(estimatedSize(sheet), worksheetStart(LARGEST_DIMENSION, columns).length);
  const { lastRow, lastColumn } = writeRows(out, sheet.name, sheet.rows, 0, referenceEnds(styleIndex), new SharedFormulas());
  out.text('</sheetData>');
  if (tableRelationshipIds.length > 0) {
    out.text(
      `<tableParts count="${tableRelationshipIds.length}">${tableRelationshipIds.map((id) => `<tablePart r:id="${escapeXml(id)}"/>`).join('')}</tableParts>`,
    );
  }
  out.text('</worksheet>');
  const dimension = lastRow >= 0 ? `A1:${columnLetters(lastColumn)}${lastRow + 1}` : 'A1';
  return out.result(utf8Encoder.encode(worksheetStart(dimension, columns)));
}

/**
 * `rows` as `<row>` elements numbered from `firstRow` (0-based); rows with nothing to write are left out.
 * Returns the last row and column written, or -1 and 0 when none was. Without `shared`, every formula is
 * written in full.
 */
function writeRows(
  out: Utf8Writer,
  sheetName: string,
  rows: SheetSpec['rows'],
  firstRow: number,
  referenceEnd: (format: NumberFormatKind, bold: boolean) => string,
  shared?: SharedFormulas,
): { lastRow: number; lastColumn: number } {
  const cellStarts: string[] = [];
  let lastRow = -1;
  let lastColumn = 0;
  for (let offset = 0; offset < rows.length; offset++) {
    const cells = rows[offset];
    if (!cells) continue;
    const r = firstRow + offset;
    if (r >= MAX_ROWS) throw new XlsxError('write.rowLimit', { sheet: sheetName, rows: r + 1 });
    if (cells.length > MAX_COLUMNS)
      throw new Error(`Sheet '${sheetName}' row ${r + 1} has ${cells.length} columns; Excel allows ${MAX_COLUMNS}`);
    const rowStart = out.length;
    const rowNumber = String(r + 1);
    out.text('<row r="');
    out.text(rowNumber);
    out.text('">');
    let written = false;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const start = (cellStarts[c] ??= `<c r="${columnLetters(c)}`);
      const formulaStart =
        cell.formulaRun && shared && cell.formula !== undefined ? shared.formulaStart(cell.formulaRun, r, c) : PLAIN_FORMULA;
      if (!writeCell(out, start, rowNumber, cell, referenceEnd(cell.format ?? 'general', cell.bold ?? false), formulaStart)) continue;
      written = true;
      if (c > lastColumn) lastColumn = c;
    }
    if (!written) {
      out.truncate(rowStart);
      continue;
    }
    out.text('</row>');
    lastRow = r;
  }
  return { lastRow, lastColumn };
}

/**
 * Rows to add to an existing worksheet part (the ledger), as XML text; see writeRows. Their formulas are
 * written in full: the part may already hold shared formulas whose indexes new ones must not take.
 */
export function rowsXml(
  sheetName: string,
  rows: SheetSpec['rows'],
  firstRow: number,
  styleIndex: (style: CellStyle) => number,
): { xml: string; lastRow: number; lastColumn: number } {
  const out = new Utf8Writer(estimatedSize({ name: sheetName, rows }), 0);
  const written = writeRows(out, sheetName, rows, firstRow, referenceEnds(styleIndex));
  return { xml: new TextDecoder().decode(out.result(new Uint8Array(0))), ...written };
}

/** Everything before the first row; ASCII, so its length in characters is its length in bytes. */
function worksheetStart(dimension: string, columns: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="${dimension}"/>${columns}<sheetData>`
  );
}

const LARGEST_DIMENSION = `A1:${columnLetters(MAX_COLUMNS - 1)}${MAX_ROWS}`;

/** A generous guess at the part's size: room the rows never use is allocated but never touched. */
function estimatedSize(sheet: SheetSpec): number {
  let cells = 0;
  for (const row of sheet.rows) cells += row?.length ?? 0;
  return Math.min(cells * 160, 1 << 26) + 4096;
}

const utf8Encoder = new TextEncoder();

/** What closes a cell's `r` attribute for the default style: nothing follows. */
const UNSTYLED = '"';

/**
 * What closes a cell's `r` attribute and gives its style, for each (format, bold): `" s="n"`, or UNSTYLED
 * for the workbook's default style. `styleIndex` is asked once per style.
 */
function referenceEnds(styleIndex: (style: CellStyle) => number): (format: NumberFormatKind, bold: boolean) => string {
  const plain = new Map<NumberFormatKind, string>();
  const bold = new Map<NumberFormatKind, string>();
  return (format, isBold) => {
    const known = isBold ? bold : plain;
    let end = known.get(format);
    if (end === undefined) {
      const index = styleIndex({ format, bold: isBold });
      end = index ? `" s="${index}"` : UNSTYLED;
      known.set(format, end);
    }
    return end;
  };
}

const PLAIN_FORMULA = '<f>';

/**
 * The shared formulas of one new worksheet part. A run's first cell starts its group, with the group's
 * range and index (`si`); the run's other cells name the index only. A cell whose run did not start in its
 * column, or which lies outside its run, is written in full.
 */
class SharedFormulas {
  private readonly groups = new Map<FormulaRun, { readonly column: number; readonly follower: string }>();

  /** How the cell's `<f>` starts: a follower's is its whole element, ending in `/>`. */
  formulaStart(run: FormulaRun, row: number, column: number): string {
    if (row === run.firstRow && run.lastRow > row && !this.groups.has(run)) {
      const index = this.groups.size;
      this.groups.set(run, { column, follower: `<f t="shared" si="${index}"/>` });
      const letters = columnLetters(column);
      return `<f t="shared" ref="${letters}${row + 1}:${letters}${run.lastRow + 1}" si="${index}">`;
    }
    const group = this.groups.get(run);
    return group && group.column === column && row > run.firstRow && row <= run.lastRow ? group.follower : PLAIN_FORMULA;
  }
}

/**
 * Writes the cell's XML from `start` (`<c r="B`), its row number, `referenceEnd` and how its formula
 * starts; false when it has nothing to write (no value, formula or style).
 */
function writeCell(out: Utf8Writer, start: string, row: string, cell: CellSpec, referenceEnd: string, formulaStart: string): boolean {
  const value = cell.value ?? null;
  if (cell.formula === undefined && value === null && referenceEnd === UNSTYLED) return false;
  out.text(start);
  out.text(row);
  out.text(referenceEnd);
  if (cell.formula !== undefined) {
    if (value !== null) out.text(cachedType(value));
    out.text('>');
    out.text(formulaStart);
    const follows = formulaStart.endsWith('/>');
    if (!follows) {
      out.escaped(fileFormula(cell.formula));
      out.text('</f>');
    }
    if (value === null) {
      out.text('</c>');
    } else {
      out.text('<v>');
      writeCached(out, value);
      out.text('</v></c>');
    }
  } else if (value === null) {
    out.text('/>');
  } else if (typeof value === 'string') {
    out.text(LEADING_OR_TRAILING_SPACE.test(value) ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>');
    out.text(encodeCellText(value));
    out.text('</t></is></c>');
  } else {
    out.text(cachedType(value));
    out.text('><v>');
    writeCached(out, value);
    out.text('</v></c>');
  }
  return true;
}

const LEADING_OR_TRAILING_SPACE = /^\s|\s$|[\t\n\r]/;

/** The `t` attribute of a cached value; numbers need none. */
function cachedType(value: Exclude<CellValue, null>): string {
  if (typeof value === 'number') return Number.isFinite(value) ? '' : ' t="e"';
  if (typeof value === 'string') return ' t="str"';
  if (typeof value === 'boolean') return ' t="b"';
  if (isExcelError(value)) return ' t="e"';
  throw new Error(`Cannot write a cell value of type ${typeof value}`);
}

function writeCached(out: Utf8Writer, value: Exclude<CellValue, null>): void {
  if (typeof value === 'number') out.text(Number.isFinite(value) ? String(value) : '#NUM!');
  else if (typeof value === 'string') out.text(encodeCellText(value));
  else if (typeof value === 'boolean') out.text(value ? '1' : '0');
  else out.escaped(value.error);
}

/** Widths in characters become Excel's stored width: characters plus 5 px of padding, in 7 px digits. */
function columnsXml(widths: readonly number[]): string {
  const cols = widths
    .map((width, index) =>
      width > 0
        ? `<col min="${index + 1}" max="${index + 1}" width="${Math.trunc(((width * 7 + 5) / 7) * 256) / 256}" customWidth="1"/>`
        : '',
    )
    .join('');
  return cols ? `<cols>${cols}</cols>` : '';
}
