import { CellValue, columnLetters, isExcelError, parseCellAddress } from '../../engine/cells';
import { splitSheetReference } from '../../workbook/ranges';
import { CellEdit } from '../../workbook/types';
import { CellPlace, dimensionRef, findCell, SheetXml } from './cellXml';
import { SheetSource } from './sheetScanner';
import { addCellStyles } from './styles';
import { WorkbookPackage } from './workbookPackage';
import { XlsxError } from './xlsxError';
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
    ({ edit, source, address }) =>
      edit.cell.format && edit.cell.format !== 'general' && !hasOwnStyle(workbook.zip.text(source.part)!, address, source),
  );
  const styles =
    stylesXml === undefined
      ? undefined
      : addCellStyles(
          stylesXml,
          unstyled.map(({ edit }) => ({ format: edit.cell.format!, bold: false })),
        );

  const sheets = new Map<string, string>();
  for (const { edit, source, address } of targets) {
    const style = edit.cell.format && styles ? styles.indexOf({ format: edit.cell.format, bold: false }) : 0;
    const xml = sheets.get(source.part) ?? workbook.zip.text(source.part)!;
    sheets.set(source.part, setCell(xml, { address, shown: edit.address, source }, edit.cell.value ?? null, style));
  }
  const replace = new Map(sheets);
  if (stylesPath !== undefined && styles?.xml !== undefined) replace.set(stylesPath, styles.xml);
  return writeXlsx(workbook.zip.rewrite(replace, new Map()), { addSheets: [] });
}

/** A cell to set: its plain `A1` address, the sheet-qualified one the user gave, and its sheet's part. */
interface Target {
  readonly address: string;
  readonly shown: string;
  readonly source: SheetSource;
}

function target(workbook: WorkbookPackage, qualified: string): Omit<Target, 'shown'> {
  const reference = splitSheetReference(qualified);
  const cell = reference && parseCellAddress(reference.range);
  if (!reference || !cell) throw new XlsxError('cell.notAddress', { address: qualified });
  const sheet = workbook.sheet(reference.sheet);
  if (!sheet?.path || workbook.zip.text(sheet.path) === undefined)
    throw new XlsxError('sheet.notFound', { sheet: reference.sheet, sheets: workbook.sheets.map((each) => each.name).join(', ') });
  return { source: { part: sheet.path, sheet: sheet.name }, address: `${columnLetters(cell.col)}${cell.row + 1}` };
}

function hasOwnStyle(xml: string, address: string, source: SheetSource): boolean {
  return findCell(xml, address, source).cell?.attributes.s !== undefined;
}

function setCell(xml: string, { address, shown, source }: Target, value: CellValue, style: number): string {
  const place = findCell(xml, address, source);
  const existing = place.cell;
  if (existing?.hasFormula) throw new XlsxError('cell.holdsFormula', { cell: shown });
  const ownStyle = existing?.attributes.s;
  const s = ownStyle !== undefined ? ` s="${escapeXml(ownStyle)}"` : style > 0 ? ` s="${style}"` : '';
  const p = place.sheet.prefix;
  const cellXml = `<${p}c r="${address}"${s}${valueXml(value, p, shown)}`;
  const edited = existing ? splice(xml, existing.start, existing.end, cellXml) : insertCell(xml, place, address, cellXml);
  return withDimension(edited, place.sheet, address);
}

function valueXml(value: CellValue, p: string, shown: string): string {
  if (value === null || value === '') return '/>';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new XlsxError('cell.notFinite', { value, cell: shown });
    return `><${p}v>${value}</${p}v></${p}c>`;
  }
  if (typeof value === 'boolean') return ` t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (isExcelError(value)) return ` t="e"><${p}v>${escapeXml(value.error)}</${p}v></${p}c>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return ` t="inlineStr"><${p}is><${p}t${space}>${encodeCellText(value)}</${p}t></${p}is></${p}c>`;
}

function insertCell(xml: string, place: CellPlace, address: string, cellXml: string): string {
  const { prefix: p, sheetData } = place.sheet;
  if (place.emptyRow) {
    const open = xml.slice(place.emptyRow.start, place.emptyRow.end).replace(/\s*\/>$/, '>');
    return splice(xml, place.emptyRow.start, place.emptyRow.end, `${open}${cellXml}</${p}row>`);
  }
  if (!place.newRow) return splice(xml, place.insertAt, place.insertAt, cellXml);
  const rowXml = `<${p}row r="${parseCellAddress(address)!.row + 1}">${cellXml}</${p}row>`;
  if (!sheetData.selfClosing) return splice(xml, place.insertAt, place.insertAt, rowXml);
  return splice(xml, sheetData.start, sheetData.contentStart, `<${p}sheetData>${rowXml}</${p}sheetData>`);
}

/**
 * Widens `<dimension ref>` to take in the cell, so readers that trust it see the new row. The dimension
 * comes before sheetData, so the edit in sheetData has not moved it.
 */
function withDimension(xml: string, sheet: SheetXml, address: string): string {
  const dimension = dimensionRef(xml, sheet);
  if (!dimension) return xml;
  const [first, second = first] = dimension.ref.split(':');
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  const cell = parseCellAddress(address)!;
  if (!a || !b) return xml;
  const top = Math.min(a.row, b.row, cell.row);
  const left = Math.min(a.col, b.col, cell.col);
  const bottom = Math.max(a.row, b.row, cell.row);
  const right = Math.max(a.col, b.col, cell.col);
  return splice(xml, dimension.start, dimension.end, `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
