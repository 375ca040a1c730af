import { Catalogue } from '../../engine/messages';
import { WorkbookError } from '../../workbook/workbookError';
import { XlsxErrorCode, xlsxTexts } from './xlsxMessages';

/**
 * The .xlsx adapter's WorkbookError: why it refuses a file, a part or a cell (or cannot write one). The CLI
 * prints it with exit status 2; the task pane shows it and keeps the workbook it had.
 */
export class XlsxError extends WorkbookError<XlsxErrorCode> {
  protected catalogue(): Catalogue<XlsxErrorCode> {
    return xlsxTexts;
  }
}

export function isXlsxError(error: unknown): error is XlsxError {
  return error instanceof XlsxError;
}

/** Sizes in the units a person reads them in: `3 GiB`, `512 MiB`, `2 KiB`. */
export function byteSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${Number(value.toFixed(1))} ${units[unit]}`;
}
