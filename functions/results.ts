import { CellValue } from '../src/engine/cells';
import { EngineError, ErrorCode, errorMessage, isEngineError } from '../src/engine/errors';
import { Amount, toNumber } from '../src/engine/money';
import { cells } from './arguments';

/** Either the value or why there is none. */
type Outcome<T> = T | EngineError;

/**
 * Calls the engine once the coerced arguments are all there. A failed argument or engine result is thrown as
 * a CustomFunctions.Error, which is how a custom function shows an error in its cell.
 */
export function single<A extends readonly unknown[], R>(
  args: { readonly [K in keyof A]: Outcome<A[K]> },
  compute: (...values: A) => Outcome<R>,
): R {
  const failed = args.find(isEngineError);
  if (failed) throw excelError(failed);
  const result = compute(...(args as unknown as A));
  if (isEngineError(result)) throw excelError(result);
  return result;
}

/** A range in, the same-shaped range out (a dynamic-array spill); a cell that fails holds its own error value. */
export function spill<R>(range: unknown, compute: (cell: CellValue) => Outcome<R>): (R | CustomFunctions.Error)[][] {
  return cells(range).map((row) =>
    row.map((cell) => {
      const result = compute(cell);
      return isEngineError(result) ? excelError(result) : result;
    }),
  );
}

/** An amount as Excel receives it: the JavaScript number nearest the exactly rounded decimal. */
export function money(result: Outcome<Amount>): Outcome<number> {
  return isEngineError(result) ? result : toNumber(result);
}

/** Excel shows the English message for `#VALUE!` and `#N/A`; for `#NUM!` and `#DIV/0!` it shows only the code. */
export function excelError(error: EngineError): CustomFunctions.Error {
  return new CustomFunctions.Error(excelCode(error.code), errorMessage(error, 'en'));
}

function excelCode(code: ErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case '#VALUE!':
      return CustomFunctions.ErrorCode.invalidValue;
    case '#NUM!':
      return CustomFunctions.ErrorCode.invalidNumber;
    case '#DIV/0!':
      return CustomFunctions.ErrorCode.divisionByZero;
    case '#N/A':
      return CustomFunctions.ErrorCode.notAvailable;
  }
}
