import { WorkbookReader } from '../../src/workbook/types';

/** Reads an .xlsx file the user picked, with the .xlsx adapter loaded only when one is. */
export async function openXlsxFile(file: File): Promise<WorkbookReader> {
  const { openXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../src/adapters/xlsx');
  const workbook = openXlsx(new Uint8Array(await file.arrayBuffer()));
  await workbook.sheetNames();
  return workbook;
}
