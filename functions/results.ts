import { CellValue } from '../src/engine/cells';
import { EngineError, ErrorCode, errorMessage, isEngineError } from '../src/engine/errors';
import { Language, languageFromLocale } from '../src/engine/messages';
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

/**
 * Excel shows the message of a `#VALUE!` or `#N/A` in the language Office displays, Danish or English; for `#NUM!`
 * and `#DIV/0!` it shows only the code.
 */
export function excelError(error: EngineError): CustomFunctions.Error {
  return new CustomFunctions.Error(excelCode(error.code), errorMessage(error, displayLanguage()));
}

/** Office's display language (`da-DK`, `en-US`, ...), known in the shared runtime once Office has started; else English. */
function displayLanguage(): Language {
  return languageFromLocale(typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage);
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
