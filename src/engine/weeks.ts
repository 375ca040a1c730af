import { CellValue } from './cells';
import { EngineError, engineError } from './errors';

/**
 * Days are whole numbers counted from 1970-01-01 (day 0), free of time zones.
 * An ISO 8601 week runs Monday to Sunday; it is identified by its Monday.
 */
export type Day = number;

export interface IsoWeek {
  readonly year: number;
  readonly week: number;
  /** The week's Monday. */
  readonly monday: Day;
}

export type DateSystem = '1900' | '1904';

const MS_PER_DAY = 86_400_000;

export function dayFromYmd(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymdFromDay(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function mondayOf(day: Day): Day {
  return day - isoWeekday(day) + 1;
}

export function weekOf(day: Day): IsoWeek {
  const monday = mondayOf(day);
  // The ISO week-year is the year of the week's Thursday.
  const year = ymdFromDay(monday + 3).year;
  const week = Math.floor((monday - firstMonday(year)) / 7) + 1;
  return { year, week, monday };
}

/** Monday of week 1: the week with the year's first Thursday (equivalently, the one holding 4 January). */
function firstMonday(year: number): Day {
  return mondayOf(dayFromYmd(year, 1, 4));
}

export function weeksInYear(year: number): 52 | 53 {
  return (firstMonday(year + 1) - firstMonday(year)) / 7 === 53 ? 53 : 52;
}

export function isoWeek(year: number, week: number): IsoWeek {
  return { year, week, monday: firstMonday(year) + (week - 1) * 7 };
}

export function sundayOf(week: IsoWeek): Day {
  return week.monday + 6;
}

export function addWeeks(week: IsoWeek, count: number): IsoWeek {
  return weekOf(week.monday + count * 7);
}

export function weekLabel(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}

/** `2021-W10` or `2021W10` (any case, trimmed). `2021-10` is refused: it reads as a month. */
export function parseWeekLabel(text: string): IsoWeek | EngineError {
  const match = /^(\d{4})-?[Ww](\d{1,2})$/.exec(text.trim());
  if (!match) return engineError('#VALUE!', 'week.invalid', { value: text });
  const year = Number(match[1]);
  const week = Number(match[2]);
  const weeks = weeksInYear(year);
  if (week < 1 || week > weeks) return engineError('#NUM!', 'week.outOfYear', { value: text, year, weeks });
  return isoWeek(year, week);
}

export function formatDay(day: Day): string {
  const { year, month, day: dayOfMonth } = ymdFromDay(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** `2021-03-08` as text. */
export function parseIsoDate(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayFromYmd(year, month, dayOfMonth);
  const back = ymdFromDay(day);
  return back.month === month && back.day === dayOfMonth ? day : undefined;
}

const DAY_OF_1899_12_31 = dayFromYmd(1899, 12, 31);
const DAY_OF_1904_01_01 = dayFromYmd(1904, 1, 1);
const PHANTOM_1900_02_29 = 60;
const LARGEST_SERIAL = 2_958_465; // 9999-12-31, Excel's last date

/**
 * Excel's 1900 system counts 1900-01-01 as 1 and keeps Lotus 1-2-3's phantom 1900-02-29 as serial 60,
 * so real days from 1900-03-01 on are one further than their count. The phantom day is read as
 * 1900-02-28, which lies in the same ISO week. The 1904 system counts 1904-01-01 as 0.
 * A time of day (the fraction) is dropped.
 */
export function dayFromSerial(serial: number, system: DateSystem = '1900'): Day | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (system === '1904') return whole < 0 || whole > LARGEST_SERIAL - 1462 ? undefined : DAY_OF_1904_01_01 + whole;
  if (whole < 1 || whole > LARGEST_SERIAL) return undefined;
  return DAY_OF_1899_12_31 + (whole < PHANTOM_1900_02_29 ? whole : whole - 1);
}

/** The first day a serial stands for: 1900-01-01 (serial 1) in the 1900 system, 1904-01-01 (serial 0) in the 1904 one. */
export function firstSerialDay(system: DateSystem): Day {
  return system === '1904' ? DAY_OF_1904_01_01 : DAY_OF_1899_12_31 + 1;
}

export function serialFromDay(day: Day, system: DateSystem = '1900'): number {
  if (system === '1904') return day - DAY_OF_1904_01_01;
  const count = day - DAY_OF_1899_12_31;
  return count < PHANTOM_1900_02_29 ? count : count + 1;
}

/** A date cell: an Excel serial number, or text `YYYY-MM-DD`. */
export function dayFromCell(value: CellValue, system: DateSystem = '1900'): Day | undefined {
  if (typeof value === 'number') return dayFromSerial(value, system);
  if (typeof value === 'string') return parseIsoDate(value);
  return undefined;
}

/**
 * A week column header: an ISO label (`2021-W10`, `2021W10`) or a date, any day of the week.
 * Returns undefined for anything that is not meant as a week (so other columns are skipped),
 * and an error for text that tries to be a week label but is not a valid one.
 */
export function weekFromHeader(value: CellValue, system: DateSystem = '1900'): IsoWeek | EngineError | undefined {
  if (typeof value === 'string' && /^\s*\d{4}-?[Ww]\d{1,2}\s*$/.test(value)) return parseWeekLabel(value);
  const day = dayFromCell(value, system);
  return day === undefined ? undefined : weekOf(day);
}

/** The last week that has fully ended before `today`. */
export function lastCompleteWeek(today: Day): IsoWeek {
  return weekOf(mondayOf(today) - 7);
}

/** Whether any day of the week (Monday–Sunday) lies between start and end, inclusive; open ends are unbounded. */
export function weekOverlaps(week: IsoWeek, start: Day | undefined, end: Day | undefined): boolean {
  return (start === undefined || sundayOf(week) >= start) && (end === undefined || week.monday <= end);
}

export function todayDay(now: Date = new Date()): Day {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
