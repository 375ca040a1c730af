import { splitSheetReference } from '../../workbook/ranges';
import { parseCellAddress } from '../../engine/cells';
import { CellXml, findCell, findSharedFormula } from './cellXml';
import { movedFormula } from './sharedFormula';
import { SheetSource } from './sheetScanner';
import { WorkbookPackage } from './workbookPackage';
import { ZipPackage } from './zipPackage';

/**
 * The formula of one cell (`Sheet!A1`), as a user would type it with its leading `=` and without the file
 * format's `_xlfn.` prefixes; undefined for a cell without a formula. A cell that shares another cell's
 * formula (`<f t="shared" si="0"/>`) reads as that formula moved to it.
 */
export function readCellFormula(input: Uint8Array, address: string): string | undefined {
  return formulaOf(cellXmlOf(new WorkbookPackage(new ZipPackage(input)), address));
}

function formulaOf(found: FoundCell | undefined): string | undefined {
  const text = found && formulaText(found);
  return text ? `=${text.replace(/_xlfn\.(?:_xlws\.)?/g, '')}` : undefined;
}

interface FoundCell {
  readonly cell?: CellXml;
  readonly address: string;
  readonly xml: string;
  readonly source: SheetSource;
}

/** The cell's own formula text, or for a cell that shares one, the shared formula moved to it; '' when it has none. */
function formulaText({ cell, address, xml, source }: FoundCell): string {
  if (!cell || cell.formula !== '' || cell.sharedIndex === undefined) return cell?.formula ?? '';
  const first = findSharedFormula(xml, cell.sharedIndex, source);
  const at = parseCellAddress(address);
  return first && at ? movedFormula(first.formula, at.row - first.row, at.col - first.col) : '';
}

/**
 * The formula of a cell that holds one without a computed value (`<f>` and no `<v>`), as programs that do
 * not calculate write them; undefined otherwise. The sheet's values give such a cell as blank.
 */
export function uncomputedFormulaIn(workbook: WorkbookPackage, address: string): string | undefined {
  const found = cellXmlOf(workbook, address);
  return found?.cell?.hasValue ? undefined : formulaOf(found);
}

function cellXmlOf(workbook: WorkbookPackage, address: string): FoundCell | undefined {
  const reference = splitSheetReference(address);
  if (!reference) return undefined;
  const sheet = workbook.sheet(reference.sheet);
  const part = sheet?.path;
  const xml = part === undefined ? undefined : workbook.zip.text(part);
  if (sheet === undefined || part === undefined || xml === undefined) return undefined;
  const cellAddress = reference.range.split(':')[0].replace(/\$/g, '');
  const source = { part, sheet: sheet.name };
  return { cell: findCell(xml, cellAddress, source).cell, address: cellAddress, xml, source };
}
