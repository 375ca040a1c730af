import { Catalogue, fillTemplate, Language, MessageParams } from '../../engine/messages';
import { isWorkbookError, WorkbookError } from '../../workbook/workbookError';
import { ExcelRun, officeErrorCode } from './excelRun';
import { ExcelReason, excelReasons, OfficeErrorCode, officeTexts } from './officeMessages';

/**
 * The Office.js adapter's WorkbookError. Where Excel itself failed, `params.excelCode` keeps Excel's error
 * code (`RangeExceedsLimit`, `ItemAlreadyExists`, ...), `cause` the error Excel gave, and the text's
 * `{reason}` says in the user's language what that code means and what to do.
 */
export class OfficeError extends WorkbookError<OfficeErrorCode> {
  protected catalogue(): Catalogue<OfficeErrorCode> {
    return officeTexts;
  }

  protected override textParams(language: Language): MessageParams {
    const excelCode = this.params.excelCode;
    const reason = excelCode === undefined ? 'bug' : (REASONS[excelCode] ?? 'other');
    return { ...this.params, reason: fillTemplate(excelReasons[language][reason], this.params) };
  }
}

/** Excel's error codes (Excel.ErrorCodes, OfficeExtension.ErrorCodes) by what they mean to the user. */
const REASONS: Readonly<Record<string, ExcelReason>> = {
  AccessDenied: 'accessDenied',
  InvalidOperationInCellEditMode: 'cellEditMode',
  ItemNotFound: 'itemNotFound',
  ItemAlreadyExists: 'itemAlreadyExists',
  RangeExceedsLimit: 'tooLarge',
  OperationCellsExceedLimit: 'tooLarge',
  FormulaLengthExceedsLimit: 'tooLarge',
  RequestPayloadSizeLimitExceeded: 'tooLarge',
  ResponsePayloadSizeLimitExceeded: 'tooLarge',
  ActivityLimitReached: 'busy',
  RequestAborted: 'busy',
  ConnectionFailure: 'busy',
  Conflict: 'busy',
  ApiNotFound: 'notSupported',
  NotImplemented: 'notSupported',
  UnsupportedOperation: 'notSupported',
  UnsupportedFeature: 'notSupported',
  InvalidOperation: 'inTheWay',
  InsertDeleteConflict: 'inTheWay',
  MergedRangeConflict: 'inTheWay',
  FilteredRangeConflict: 'inTheWay',
  PivotTableRangeConflict: 'inTheWay',
  NonBlankCellOffSheet: 'inTheWay',
  InvalidArgument: 'invalidArgument',
  InvalidReference: 'invalidArgument',
  InvalidSelection: 'invalidArgument',
  InvalidBinding: 'invalidArgument',
  GeneralException: 'internal',
};

/** What went wrong when a batch fails, for the OfficeError it becomes. */
export interface Failure {
  readonly code: OfficeErrorCode;
  readonly params?: MessageParams;
}

/**
 * What a failed batch throws: the adapter's own refusals as they are; an error Excel reported (it has a code)
 * as the OfficeError of `failure`, keeping Excel's code; anything else, a bug, as it is.
 */
export function excelFailure(error: unknown, failure: Failure): unknown {
  if (isWorkbookError(error)) return error;
  const excelCode = officeErrorCode(error);
  return excelCode === undefined ? error : new OfficeError(failure.code, { ...failure.params, excelCode }, { cause: error });
}

/** Runs a batch; what it throws is as excelFailure says. */
export async function runBatch<T>(run: ExcelRun, failure: Failure, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await run(batch);
  } catch (error) {
    throw excelFailure(error, failure);
  }
}
