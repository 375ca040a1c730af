/** The .xlsx adapter: reads workbooks for the engine's jobs and writes their results into new packages. */
export { openXlsx, XlsxWorkbook } from './xlsxReader';
export type { XlsxSheetInfo } from './xlsxReader';
export { createXlsx, writeXlsx } from './xlsxWriter';
export { isXlsxError, XlsxError } from './xlsxError';
export type { XlsxErrorCode } from './xlsxMessages';
export type { ReadLimits } from './readLimits';
