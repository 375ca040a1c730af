/**
 * Runs a batch of Office.js calls against the open workbook: `Excel.run` inside Excel, a fake in tests.
 * Every Office call of this adapter goes through one of these, so nothing here needs an Office host to load.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel's own runner; `Excel` is looked up only when a batch runs. */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);

/** The code of an Office.js error (`ItemNotFound`, `ResponsePayloadSizeLimitExceeded`, ...), if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
