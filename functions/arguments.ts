import { CellValue, ExcelErrorValue, isBlank, isExcelError } from '../src/engine/cells';
import { EngineError, engineError, ErrorCode, isEngineError } from '../src/engine/errors';
import { CashFlow } from '../src/engine/irr';
import { Amount, amount } from '../src/engine/money';
import { Rates } from '../src/engine/payment';
import { PriceList } from '../src/engine/rules';
import { StatusReading } from '../src/engine/status';
import { StatusCache } from '../src/engine/statusCache';
import { DateSystem, Day, dayFromCell, IsoWeek, weekFromHeader } from '../src/engine/weeks';

/**
 * Turns what Excel hands a custom function into the engine's typed inputs, in one place for every function.
 * Excel passes a cell as a number, string, boolean or null (a blank; "" reads as blank too), a range as rows of
 * cells, and an omitted optional argument as null or undefined. A failure is returned as an EngineError value.
 */

/** A range argument as rows of cells; a single value reads as a 1×1 range. */
export function cells(argument: unknown): CellValue[][] {
  const rows = Array.isArray(argument) ? (argument as unknown[][]) : [[argument]];
  return rows.map((row) => row.map(cellValue));
}

/**
 * One cell. An error arrives as a CustomFunctions.Error (from a direct caller) or as an Error data type; other
 * data types (Excel passes them because the generated metadata allows custom data for `any`) stand for their
 * basic value, as they do in Excel's own formulas.
 */
export function cellValue(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (isExcelError(value)) return value;
  const { code, type, basicValue } = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof code === 'string') return { error: code };
  if (type === 'Error' && typeof basicValue === 'string') return { error: basicValue };
  return basicValue === undefined ? String(value) : cellValue(basicValue);
}

/**
 * Recalculation calls the functions again and again with the same few statuses and rates: reading and
 * pricing each once for the life of the runtime keeps a 10,000-row sheet fast. Both caches are bounded.
 */
export const statusReadings = new StatusCache(10_000);
const priceLists = new Map<string, PriceList>();

export function pricesFor(rates: Rates): PriceList {
  const key = `${rates.weeklyRate.toString()}|${rates.partialRate?.toString() ?? ''}`;
  let prices = priceLists.get(key);
  if (prices === undefined) {
    if (priceLists.size >= 64) priceLists.clear();
    priceLists.set(key, (prices = new PriceList(rates)));
  }
  return prices;
}

/** Status cells in range order (row by row); the first unreadable status is the error. */
export function readStatuses(range: unknown): StatusReading[] | EngineError {
  const readings: StatusReading[] = [];
  for (const row of Array.isArray(range) ? (range as unknown[][]) : [[range]]) {
    for (const cell of row) {
      const reading = statusReadings.read(cellValue(cell));
      if (isEngineError(reading)) return reading;
      readings.push(reading);
    }
  }
  return readings;
}

/** Per candidate (a row whose id cells are not all blank), that row's status readings. */
export function readCandidates(candidateIds: unknown, statuses: unknown): StatusReading[][] | EngineError {
  const ids = cells(candidateIds);
  const rows = cells(statuses);
  if (ids.length !== rows.length) return engineError('#VALUE!', 'range.shapeMismatch', { left: ids.length, right: rows.length });
  const candidates: StatusReading[][] = [];
  for (let row = 0; row < ids.length; row++) {
    if (ids[row].every(isBlank)) continue;
    const readings = readStatuses([rows[row]]);
    if (isEngineError(readings)) return readings;
    candidates.push(readings);
  }
  return candidates;
}

/** The weekly rate (required) and the partial rate (optional). */
export function readRates(weeklyRate: unknown, partialRate: unknown): Rates | EngineError {
  const weekly = readRate(weeklyRate);
  if (weekly === undefined) return engineError('#VALUE!', 'rate.missing');
  if (isEngineError(weekly)) return weekly;
  const partial = readRate(partialRate);
  return isEngineError(partial) ? partial : { weeklyRate: weekly, partialRate: partial };
}

/** A rate: an amount of 0 or more, or undefined when blank. */
function readRate(value: unknown): Amount | undefined | EngineError {
  const cell = cellValue(value);
  if (isBlank(cell)) return undefined;
  if (isExcelError(cell)) return passedOn(cell);
  if (typeof cell !== 'number') return engineError('#VALUE!', 'rate.invalid', { value: shown(cell) });
  return cell < 0 ? engineError('#NUM!', 'rate.negative', { value: cell }) : amount(cell);
}

/** The amounts of a range, as SUM reads them: blanks are skipped; anything else must be a number. */
export function readAmounts(range: unknown): Amount[] | EngineError {
  const values: Amount[] = [];
  for (const cell of cells(range).flat()) {
    if (isBlank(cell)) continue;
    if (isExcelError(cell)) return passedOn(cell);
    if (typeof cell !== 'number') return engineError('#VALUE!', 'number.invalid', { value: shown(cell) });
    values.push(amount(cell));
  }
  return values;
}

/** An optional whole number of 1 or more (max weeks, minimum weeks); blank means not given. */
export function readCount(value: unknown, key: 'maxWeeks.invalid' | 'minWeeks.invalid'): number | undefined | EngineError {
  const cell = cellValue(value);
  if (isBlank(cell)) return undefined;
  if (isExcelError(cell)) return passedOn(cell);
  if (typeof cell !== 'number') return engineError('#VALUE!', key, { value: shown(cell) });
  return Number.isInteger(cell) && cell >= 1 ? cell : engineError('#NUM!', key, { value: cell });
}

/**
 * Amounts paired with their dates, cell by cell in range order. A pair where both cells are blank is skipped,
 * so a selection may run past the last cash flow.
 */
export function readCashFlows(amountRange: unknown, dateRange: unknown, system: DateSystem): CashFlow[] | EngineError {
  const amountCells = cells(amountRange).flat();
  const dateCells = cells(dateRange).flat();
  if (amountCells.length !== dateCells.length)
    return engineError('#NUM!', 'irr.sizeMismatch', { amounts: amountCells.length, dates: dateCells.length });
  const flows: CashFlow[] = [];
  for (let i = 0; i < amountCells.length; i++) {
    const [cash, date] = [amountCells[i], dateCells[i]];
    if (isBlank(cash) && isBlank(date)) continue;
    if (isExcelError(cash)) return passedOn(cash);
    if (typeof cash !== 'number') return engineError('#VALUE!', 'number.invalid', { value: shown(cash) });
    const day = readDate(date, system);
    if (isEngineError(day)) return day;
    flows.push({ amount: cash, day });
  }
  return flows;
}

/** XIRR's optional guess; blank means the engine's default. */
export function readGuess(value: unknown): number | undefined | EngineError {
  const cell = cellValue(value);
  if (isBlank(cell)) return undefined;
  if (isExcelError(cell)) return passedOn(cell);
  return typeof cell === 'number' ? cell : engineError('#VALUE!', 'irr.guessInvalid', { value: shown(cell) });
}

/** A date: an Excel serial in the workbook's date system, or ISO text `2021-03-08`. A number outside Excel's dates is `#NUM!`. */
export function readDate(cell: CellValue, system: DateSystem): Day | EngineError {
  if (isExcelError(cell)) return passedOn(cell);
  const day = dayFromCell(cell, system);
  if (day !== undefined) return day;
  return engineError(typeof cell === 'number' ? '#NUM!' : '#VALUE!', 'date.invalid', { value: shown(cell) });
}

/** A week: an ISO label (`2021-W10`, `2021W10`) or any date in it. */
export function readWeek(cell: CellValue, system: DateSystem): IsoWeek | EngineError {
  if (isExcelError(cell)) return passedOn(cell);
  return weekFromHeader(cell, system) ?? engineError('#VALUE!', 'week.invalid', { value: shown(cell) });
}

const PASSABLE_ERRORS: readonly ErrorCode[] = ['#VALUE!', '#NUM!', '#DIV/0!', '#N/A'];

/**
 * An error value in an argument is passed on as Excel's own functions do (=SUM(A1:A3) is #N/A when A2 is), where a
 * custom function may return that error; #NULL!, #REF! and the like become #VALUE!. A status cell's error is the
 * status rule's own case (docs/rules.md §4.3).
 */
function passedOn(error: ExcelErrorValue): EngineError {
  return engineError(PASSABLE_ERRORS.find((code) => code === error.error) ?? '#VALUE!', 'input.excelError', { value: error.error });
}

/** A cell as a message names it: `TRUE` for a boolean, the error text for an error value. */
function shown(cell: CellValue): string {
  if (cell === null) return '';
  if (isExcelError(cell)) return cell.error;
  return typeof cell === 'boolean' ? String(cell).toUpperCase() : String(cell);
}
