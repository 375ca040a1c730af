/**
 * The custom functions of namespace SIB (docs/rules.md §5): thin wrappers that coerce Excel's arguments once
 * (`arguments.ts`) and hand them to the engine in one call. The JSDoc of each function is its Excel metadata:
 * custom-functions-metadata-plugin generates functions.json from it and associates each id with its function.
 *
 * | function         | takes (range = any[][]; [x] = optional)                      | returns                                      |
 * |------------------|--------------------------------------------------------------|----------------------------------------------|
 * | RESULTPAYMENT    | statuses range, weeklyRate ≥ 0, [partialRate ≥ 0]            | payment per status cell, same shape (spill)  |
 * | PAYABLEWEEKS     | statuses range, [maxWeeks whole ≥ 1]                         | count of weeks with a share above 0          |
 * | CANDIDATETOTAL   | statuses range, weeklyRate, [partialRate], [maxWeeks]        | total of the first maxWeeks payments         |
 * | INVESTORRETURN   | invested range, repaid range                                 | Σ repaid − Σ invested, to øre                |
 * | INVESTORMULTIPLE | invested range, repaid range                                 | Σ repaid ÷ Σ invested; #DIV/0! if none       |
 * | INVESTORIRR      | amounts range, dates range (serials or ISO text), [guess]    | annual rate as XIRR; #NUM! if no sign change |
 * | SUCCESSRATE      | candidateIds range, statuses range (same rows), [minWeeks=1] | share of candidates that succeeded           |
 * | WEEKLABEL        | date(s): serial or ISO text                                  | ISO week label(s), e.g. 2021-W10 (spill)     |
 * | WEEKSTART        | week label(s) or date(s)                                     | Monday as an Excel date serial (spill)       |
 *
 * Blank cells: a blank status is "not self-supporting"; blanks in amount ranges are skipped; a blank date or week
 * gives a blank result; a blank optional argument counts as omitted.
 *
 * Error values: Excel hands them in (functions.json sets allowErrorForDataTypeAny). An error in a status cell or in
 * one cell of a spilled range gives an error in that cell's result only; in any other argument it is passed on, as
 * Excel's own functions do. Error messages follow Office's display language, Danish or English.
 *
 * Dates: WEEKLABEL, WEEKSTART and INVESTORIRR read and write serials in the workbook's date system, 1900 or 1904,
 * which they learn from Excel on their first call (`dateSystem.ts`); they return promises for that reason.
 */
import { CellValue, isBlank } from '../src/engine/cells';
import { EngineError, engineError, isEngineError } from '../src/engine/errors';
import { xirr } from '../src/engine/irr';
import { Rates } from '../src/engine/payment';
import * as returns from '../src/engine/returns';
import * as rules from '../src/engine/rules';
import { Status } from '../src/engine/status';
import * as weeks from '../src/engine/weeks';
import {
  pricesFor,
  readAmounts,
  readCandidates,
  readCashFlows,
  readCount,
  readDate,
  readGuess,
  readRates,
  readStatuses,
  readWeek,
  statusReadings,
} from './arguments';
import { withDateSystem } from './dateSystem';
import { money, single, spill } from './results';

/**
 * The payment for each weekly status: the weekly rate for S, the partial rate for D, the share of the weekly rate for 0–1, rounded to øre.
 * @customfunction RESULTPAYMENT
 * @param statuses Status cell or range: S (self-supporting), D (partly), a share 0–1, or blank/O (not self-supporting).
 * @param weeklyRate Payment for a full self-supporting week, e.g. 1250 or SIB_WeeklyRate.
 * @param partialRate Payment for a week with status D, e.g. SIB_PartialRate. Needed only when a status is D.
 * @returns The payment per status cell, in the same shape as the statuses.
 */
export function resultPayment(statuses: unknown[][], weeklyRate: unknown, partialRate?: unknown): unknown[][] {
  return single([readRates(weeklyRate, partialRate)], (terms) => spill(statuses, paymentsAt(terms)));
}

/**
 * Counts the weeks in which the candidate was wholly or partly self-supporting, up to maxWeeks.
 * @customfunction PAYABLEWEEKS
 * @param statuses The candidate's weekly status cells, e.g. one row of the candidate sheet.
 * @param maxWeeks Largest number of weeks paid per candidate, e.g. SIB_MaxWeeks. Leave out for no limit.
 * @returns The number of payable weeks.
 */
export function payableWeeks(statuses: unknown[][], maxWeeks?: unknown): number {
  return single([readStatuses(statuses), readCount(maxWeeks, 'maxWeeks.invalid')], (readings, max) => rules.payableWeeks(readings, max));
}

/**
 * The total paid for one candidate: only the first maxWeeks payable weeks, in range order, are paid.
 * @customfunction CANDIDATETOTAL
 * @param statuses The candidate's weekly status cells, in week order.
 * @param weeklyRate Payment for a full self-supporting week, e.g. SIB_WeeklyRate.
 * @param partialRate Payment for a week with status D, e.g. SIB_PartialRate. Needed only when a status is D.
 * @param maxWeeks Largest number of weeks paid per candidate, e.g. SIB_MaxWeeks. Leave out for no limit.
 * @returns The candidate's total, the sum of payments rounded to øre.
 */
export function candidateTotal(statuses: unknown[][], weeklyRate: unknown, partialRate?: unknown, maxWeeks?: unknown): number {
  return single(
    [readStatuses(statuses), readRates(weeklyRate, partialRate), readCount(maxWeeks, 'maxWeeks.invalid')],
    (readings, terms, max) => money(rules.candidateTotal(readings, terms, max, pricesFor(terms))),
  );
}

/**
 * The investor's net return: everything repaid minus everything invested, rounded to øre.
 * @customfunction INVESTORRETURN
 * @param invested Amounts the investor paid in, e.g. SIB_Invested or a column of payments.
 * @param repaid Amounts repaid to the investor, e.g. the invoice totals.
 * @returns Repaid minus invested.
 */
export function investorReturn(invested: unknown[][], repaid: unknown[][]): number {
  return single([readAmounts(invested), readAmounts(repaid)], (paidIn, paidOut) => money(returns.netReturn(paidIn, paidOut)));
}

/**
 * The investor's money multiple: everything repaid divided by everything invested.
 * @customfunction INVESTORMULTIPLE
 * @param invested Amounts the investor paid in, e.g. SIB_Invested.
 * @param repaid Amounts repaid to the investor, e.g. the invoice totals.
 * @returns Repaid divided by invested, e.g. 1.013.
 */
export function investorMultiple(invested: unknown[][], repaid: unknown[][]): number {
  return single([readAmounts(invested), readAmounts(repaid)], (paidIn, paidOut) => money(returns.moneyMultiple(paidIn, paidOut)));
}

/**
 * The investor's annual internal rate of return on dated cash flows, as Excel's XIRR.
 * @customfunction INVESTORIRR
 * @param amounts Cash flows: investments negative, repayments positive.
 * @param dates The date of each cash flow; the first must be the earliest.
 * @param guess A starting guess for the rate, e.g. 0.1. Leave out for 10 %.
 * @returns The annual rate, e.g. 0.05 for 5 %.
 */
export function investorIrr(amounts: unknown[][], dates: unknown[][], guess?: unknown): Promise<number> {
  return withDateSystem((system) =>
    single([readCashFlows(amounts, dates, system), readGuess(guess)], (flows, start) => xirr(flows, start)),
  );
}

/**
 * The share of candidates with at least minWeeks payable weeks.
 * @customfunction SUCCESSRATE
 * @param candidateIds The candidate id column; rows with a blank id are not counted.
 * @param statuses The weekly status cells, one row per candidate, on the same rows as the ids.
 * @param minWeeks Payable weeks a candidate needs to count as a success. Leave out for 1.
 * @returns Successful candidates divided by all candidates, e.g. 0.46.
 */
export function successRate(candidateIds: unknown[][], statuses: unknown[][], minWeeks?: unknown): number {
  return single([readCandidates(candidateIds, statuses), readCount(minWeeks, 'minWeeks.invalid')], (rows, min) =>
    returns.successRate(
      rows.map((row) => rules.payableWeeks(row)),
      min,
    ),
  );
}

/**
 * The ISO week of a date as a label like 2021-W10.
 * @customfunction WEEKLABEL
 * @param date A date or range of dates: Excel dates or text like 2021-03-08.
 * @returns The ISO week label of each date, in the same shape.
 */
export function weekLabel(date: unknown[][]): Promise<unknown[][]> {
  return withDateSystem((system) => spill(date, (cell) => labelFor(cell, system)));
}

/**
 * The Monday that starts an ISO week, as an Excel date.
 * @customfunction WEEKSTART
 * @param weekLabel An ISO week label like 2021-W10 (or any date in the week), or a range of them.
 * @returns The Monday of each week as an Excel date serial, in the same shape.
 */
export function weekStart(weekLabel: unknown[][]): Promise<unknown[][]> {
  return withDateSystem((system) => spill(weekLabel, (cell) => mondayFor(cell, system)));
}

/** One status cell's payment; a spill repeats few distinct statuses, so each is read and priced once. */
function paymentsAt(terms: Rates): (cell: CellValue) => number | EngineError {
  const prices = pricesFor(terms);
  const numbers = new Map<Status, number | EngineError>();
  return (cell) => {
    const reading = statusReadings.read(cell);
    if (isEngineError(reading)) return reading;
    let payment = numbers.get(reading.status);
    if (payment === undefined) numbers.set(reading.status, (payment = money(prices.of(reading.status).amount)));
    return payment;
  };
}

function labelFor(cell: CellValue, system: weeks.DateSystem): string | EngineError {
  if (isBlank(cell)) return '';
  const day = readDate(cell, system);
  return isEngineError(day) ? day : weeks.weekLabel(weeks.weekOf(day));
}

/** A week that begins before the date system's first day has no serial to return (Excel shows a negative date as ####). */
function mondayFor(cell: CellValue, system: weeks.DateSystem): number | '' | EngineError {
  if (isBlank(cell)) return '';
  const week = readWeek(cell, system);
  if (isEngineError(week)) return week;
  const first = weeks.firstSerialDay(system);
  if (week.monday >= first) return weeks.serialFromDay(week.monday, system);
  return engineError('#NUM!', 'week.beforeFirstDate', {
    value: weeks.weekLabel(week),
    monday: weeks.formatDay(week.monday),
    first: weeks.formatDay(first),
  });
}
