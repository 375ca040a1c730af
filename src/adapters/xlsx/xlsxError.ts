import { fillTemplate, Language, MessageParams } from '../../engine/messages';
import { XlsxErrorCode, xlsxTexts } from './xlsxMessages';

/**
 * Why the .xlsx adapter refuses a file (or cannot write one): a stable code, the details that go into its
 * text, and the text in either language. The CLI prints it with exit status 2; the task pane shows it and
 * keeps the workbook it had. Any other exception out of the adapter is a bug.
 */
export class XlsxError extends Error {
  /** The file it was read from, where the caller knows one (the CLI does; the pane has one workbook). */
  file?: string;

  constructor(
    readonly code: XlsxErrorCode,
    readonly params: MessageParams = {},
  ) {
    super(fillTemplate(xlsxTexts.en[code], params));
    this.name = 'XlsxError';
  }

  text(language: Language): string {
    return fillTemplate(xlsxTexts[language][this.code], this.params);
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
