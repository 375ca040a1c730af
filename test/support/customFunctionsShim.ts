/**
 * The part of Office's `CustomFunctions` global that the custom functions use, for tests in Node.
 * Error codes are Office's own values, so a test reads `#VALUE!` exactly as Excel shows it.
 */
enum ErrorCode {
  invalidValue = '#VALUE!',
  notAvailable = '#N/A',
  divisionByZero = '#DIV/0!',
  invalidNumber = '#NUM!',
  nullReference = '#NULL!',
  invalidName = '#NAME?',
  invalidReference = '#REF!',
}

class CustomFunctionsError {
  constructor(
    readonly code: ErrorCode,
    readonly message?: string,
  ) {}
}

Object.assign(globalThis, { CustomFunctions: { Error: CustomFunctionsError, ErrorCode } });
