import { CellValue, columnLetters, isExcelError, parseCellAddress } from '../../engine/cells';
import { splitSheetReference } from '../../workbook/ranges';
import { CellEdit } from '../../workbook/types';
import { attribute, CellPlace, findCell, sheetDataOf } from './cellXml';
import { addCellStyles } from './styles';
import { WorkbookPackage } from './workbookPackage';
import { writeXlsx } from './xlsxWriter';
import { encodeCellText, escapeXml } from './xmlText';
import { XlsxWorkbook } from './xlsxReader';
import { ZipPackage } from './zipPackage';

/**
 * WorkbookCellWriter for .xlsx bytes: a new package with single cells set (the task pane's contract-term
 * edits). Only the edited worksheet parts and, for a cell that needs a number format, the styles part are
 * rewritten; an existing cell keeps its own style. A cell that holds a formula is refused. The result is
 * passed through writeXlsx with no changes, which marks the workbook for recalculation on open, so formulas
 * that use a term show its new value.
 */
export function setCellsXlsx(input: Uint8Array, edits: readonly CellEdit[]): Uint8Array {
  const workbook = new WorkbookPackage(new ZipPackage(input));
  const targets = edits.map((edit) => ({ edit, ...target(workbook, edit.address) }));
  // The edits below find cells by pattern, so each sheet they touch is first read whole: a part that is not
  // well-formed, or breaks Excel's limits, is refused before anything is changed.
  const reader = new XlsxWorkbook(workbook);
  for (const sheet of new Set(edits.map((edit) => splitSheetReference(edit.address)!.sheet))) reader.grid(sheet);
  const stylesPath = workbook.partOf('styles');
  const stylesXml = stylesPath === undefined ? undefined : workbook.zip.text(stylesPath);
  const unstyled = targets.filter(
    ({ edit, path, address }) => edit.cell.format && edit.cell.format !== 'general' && !hasOwnStyle(workbook.zip.text(path)!, address),
  );
  const styles =
    stylesXml === undefined
      ? undefined
      : addCellStyles(
          stylesXml,
          unstyled.map(({ edit }) => ({ format: edit.cell.format!, bold: false })),
        );

  const sheets = new Map<string, string>();
  for (const { edit, path, address } of targets) {
    const style = edit.cell.format && styles ? styles.indexOf({ format: edit.cell.format, bold: false }) : 0;
    sheets.set(path, setCell(sheets.get(path) ?? workbook.zip.text(path)!, address, edit.cell.value ?? null, style, edit.address));
  }
  const replace = new Map(sheets);
  if (stylesPath !== undefined && styles?.xml !== undefined) replace.set(stylesPath, styles.xml);
  return writeXlsx(workbook.zip.rewrite(replace, new Map()), { addSheets: [] });
}

/** The worksheet part and the plain `A1` address of a sheet-qualified cell address. */
function target(workbook: WorkbookPackage, qualified: string): { path: string; address: string } {
  const reference = splitSheetReference(qualified);
  const cell = reference && parseCellAddress(reference.range);
  if (!reference || !cell) throw new Error(`'${qualified}' is not a cell address with its sheet, such as Contract!C7`);
  const sheet = workbook.sheet(reference.sheet);
  if (!sheet?.path || workbook.zip.text(sheet.path) === undefined) throw new Error(`The workbook has no sheet named '${reference.sheet}'`);
  return { path: sheet.path, address: `${columnLetters(cell.col)}${cell.row + 1}` };
}

function hasOwnStyle(xml: string, address: string): boolean {
  const cell = findCell(xml, address).cell;
  return cell !== undefined && attribute(cell.attributes, 's') !== undefined;
}

function setCell(xml: string, address: string, value: CellValue, style: number, shown: string): string {
  const place = findCell(xml, address);
  const existing = place.cell;
  if (existing && /<(?:[\w.-]+:)?f[\s/>]/.test(existing.content))
    throw new Error(`${shown} holds a formula; change it in the workbook itself`);
  const ownStyle = existing && attribute(existing.attributes, 's');
  const s = ownStyle !== undefined ? ` s="${escapeXml(ownStyle)}"` : style > 0 ? ` s="${style}"` : '';
  const cellXml = `<${place.prefix}c r="${address}"${s}${valueXml(value, place.prefix)}`;
  const edited = existing ? splice(xml, existing.start, existing.end, cellXml) : insertCell(xml, place, address, cellXml);
  return withDimension(edited, address);
}

function valueXml(value: CellValue, p: string): string {
  if (value === null || value === '') return '/>';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write the number ${value}`);
    return `><${p}v>${value}</${p}v></${p}c>`;
  }
  if (typeof value === 'boolean') return ` t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (isExcelError(value)) return ` t="e"><${p}v>${escapeXml(value.error)}</${p}v></${p}c>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return ` t="inlineStr"><${p}is><${p}t${space}>${encodeCellText(value)}</${p}t></${p}is></${p}c>`;
}

function insertCell(xml: string, place: CellPlace, address: string, cellXml: string): string {
  const p = place.prefix;
  if (place.row) {
    if (place.row.contentStart !== undefined) return splice(xml, place.insertAt, place.insertAt, cellXml);
    const open = xml.slice(place.row.start, place.row.end).replace(/\s*\/>$/, '>');
    return splice(xml, place.row.start, place.row.end, `${open}${cellXml}</${p}row>`);
  }
  const rowXml = `<${p}row r="${parseCellAddress(address)!.row + 1}">${cellXml}</${p}row>`;
  const data = sheetDataOf(xml);
  if (!data.selfClosing) return splice(xml, place.insertAt, place.insertAt, rowXml);
  return splice(xml, data.start, data.contentStart, `<${p}sheetData>${rowXml}</${p}sheetData>`);
}

/** Widens `<dimension ref>` to take in the cell, so readers that trust it see the new row. */
function withDimension(xml: string, address: string): string {
  const match = /(<(?:[\w.-]+:)?dimension\s[^>]*?ref\s*=\s*")([^"]*)(")/.exec(xml);
  if (!match) return xml;
  const [first, second = first] = match[2].split(':');
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  const cell = parseCellAddress(address)!;
  if (!a || !b) return xml;
  const top = Math.min(a.row, b.row, cell.row);
  const left = Math.min(a.col, b.col, cell.col);
  const bottom = Math.max(a.row, b.row, cell.row);
  const right = Math.max(a.col, b.col, cell.col);
  const ref = `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
  return splice(xml, match.index + match[1].length, match.index + match[1].length + match[2].length, ref);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
