import { officeErrorCode } from './excelRun';
import { OfficeError } from './officeError';

/** A missing sheet fails the whole sync without saying which; one more sync, only then, finds it. */
export async function syncNamingMissingSheet(context: Excel.RequestContext, sheets: readonly string[]): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'ItemNotFound') throw error;
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const present = worksheets.items.map((sheet) => sheet.name);
    const missing = sheets.find((sheet) => !present.some((name) => name.toUpperCase() === sheet.toUpperCase()));
    if (missing === undefined) throw error;
    throw new OfficeError('sheet.notFound', { sheet: missing, sheets: present.join(', ') }, { cause: error });
  }
}
