/** The error a custom function threw: what Excel shows in the formula's cell. */
export function thrownBy(call: () => unknown): CustomFunctions.Error {
  try {
    call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return error;
    throw error;
  }
  throw new Error('expected the call to give an Excel error');
}

/** Matches a CustomFunctions.Error by code and, when given, the exact message. */
export function excelError(code: string, message?: string): unknown {
  return message === undefined ? expect.objectContaining({ code }) : expect.objectContaining({ code, message });
}
