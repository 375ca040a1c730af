import { splitSheetReference } from '../../workbook/ranges';
import { findCell } from './cellXml';
import { WorkbookPackage } from './workbookPackage';
import { decodeXml } from './xmlText';
import { ZipPackage } from './zipPackage';

/**
 * The formula of one cell (`Sheet!A1`), as a user would type it with its leading `=` and without the file
 * format's `_xlfn.` prefixes; undefined for a cell without a formula. A cell that only shares another cell's
 * formula (`<f t="shared" si="0"/>`) has no text of its own and reads as undefined too.
 */
export function readCellFormula(input: Uint8Array, address: string): string | undefined {
  return cellFormulaIn(new WorkbookPackage(new ZipPackage(input)), address);
}

function cellFormulaIn(workbook: WorkbookPackage, address: string): string | undefined {
  const cell = cellXmlOf(workbook, address);
  const formula = cell && FORMULA.exec(cell);
  return formula && formula[1] !== '' ? `=${userFormula(formula[1])}` : undefined;
}

/**
 * The formula of a cell that holds one without a computed value (`<f>` and no `<v>`), as programs that do
 * not calculate write them; undefined otherwise. The sheet's values give such a cell as blank.
 */
export function uncomputedFormulaIn(workbook: WorkbookPackage, address: string): string | undefined {
  const cell = cellXmlOf(workbook, address);
  return cell !== undefined && !VALUE.test(cell) ? cellFormulaIn(workbook, address) : undefined;
}

const FORMULA = /<(?:[\w.-]+:)?f(?=[\s>])[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?f>/;
const VALUE = /<(?:[\w.-]+:)?v(?=[\s>])/;

function cellXmlOf(workbook: WorkbookPackage, address: string): string | undefined {
  const reference = splitSheetReference(address);
  if (!reference) return undefined;
  const sheet = workbook.sheet(reference.sheet);
  const xml = sheet?.path === undefined ? undefined : workbook.zip.text(sheet.path);
  if (xml === undefined) return undefined;
  return findCell(xml, reference.range.split(':')[0].replace(/\$/g, '')).cell?.content;
}

function userFormula(text: string): string {
  return decodeXml(text).replace(/_xlfn\.(?:_xlws\.)?/g, '');
}
