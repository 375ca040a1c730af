import { readDateSystem } from '../src/adapters/office/dateSystem';
import { excelRun } from '../src/adapters/office/excelRun';
import { engineError } from '../src/engine/errors';
import { DateSystem } from '../src/engine/weeks';
import { excelError } from './results';

let known: Promise<DateSystem> | undefined;

/**
 * Runs `compute` with the workbook's date system (1900 or 1904), which WEEKLABEL, WEEKSTART and INVESTORIRR need to
 * read and write date serials. Excel does not pass it to custom functions, so the first call that needs it asks Excel
 * in one Office.js sync (the shared runtime may) and waits: until then its cell shows #BUSY!, never a result in a
 * guessed system. Every later call reuses the answer for the life of the runtime, that is while the workbook is open;
 * a read that fails is #N/A with a message, and is asked again on the next call.
 */
export async function withDateSystem<R>(compute: (system: DateSystem) => R): Promise<R> {
  known ??= Promise.resolve().then(() => excelRun(readDateSystem));
  const system = await known.catch(() => {
    known = undefined;
    return undefined;
  });
  if (system === undefined) throw excelError(engineError('#N/A', 'dateSystem.unreadable'));
  return compute(system);
}
