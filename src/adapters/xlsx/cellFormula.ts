import { splitSheetReference } from '../../workbook/ranges';
import { CellXml, findCell } from './cellXml';
import { WorkbookPackage } from './workbookPackage';
import { ZipPackage } from './zipPackage';

/**
 * The formula of one cell (`Sheet!A1`), as a user would type it with its leading `=` and without the file
 * format's `_xlfn.` prefixes; undefined for a cell without a formula. A cell that only shares another cell's
 * formula (`<f t="shared" si="0"/>`) has no text of its own and reads as undefined too.
 */
export function readCellFormula(input: Uint8Array, address: string): string | undefined {
  return formulaOf(cellXmlOf(new WorkbookPackage(new ZipPackage(input)), address));
}

function formulaOf(cell: CellXml | undefined): string | undefined {
  return cell?.formula ? `=${cell.formula.replace(/_xlfn\.(?:_xlws\.)?/g, '')}` : undefined;
}

/**
 * The formula of a cell that holds one without a computed value (`<f>` and no `<v>`), as programs that do
 * not calculate write them; undefined otherwise. The sheet's values give such a cell as blank.
 */
export function uncomputedFormulaIn(workbook: WorkbookPackage, address: string): string | undefined {
  const cell = cellXmlOf(workbook, address);
  return cell?.hasValue ? undefined : formulaOf(cell);
}

function cellXmlOf(workbook: WorkbookPackage, address: string): CellXml | undefined {
  const reference = splitSheetReference(address);
  if (!reference) return undefined;
  const sheet = workbook.sheet(reference.sheet);
  const part = sheet?.path;
  const xml = part === undefined ? undefined : workbook.zip.text(part);
  if (sheet === undefined || part === undefined || xml === undefined) return undefined;
  return findCell(xml, reference.range.split(':')[0].replace(/\$/g, ''), { part, sheet: sheet.name }).cell;
}
