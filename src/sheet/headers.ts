import { CellValue } from '../engine/cells';
import { EngineError } from '../engine/errors';
import { DateSystem, dayFromSerial, dayFromYmd, IsoWeek, parseIsoDate, weekFromHeader, weekOf } from '../engine/weeks';

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

const ID_HEADERS = new Set([
  'candidate id',
  'candidate-id',
  'candidateid',
  'candidate',
  'id',
  'kandidat',
  'kandidat-id',
  'kandidat id',
  'kandidatid',
]);
const START_HEADERS = new Set(['start', 'start date', 'startdato', 'enrolment start', 'enrollment start']);
const END_HEADERS = new Set(['end', 'end date', 'slut', 'slutdato', 'enrolment end', 'enrollment end']);

export type HeaderRole = 'id' | 'start' | 'end';

export function headerRole(value: CellValue): HeaderRole | undefined {
  if (typeof value !== 'string') return undefined;
  const text = normalise(value);
  if (ID_HEADERS.has(text)) return 'id';
  if (START_HEADERS.has(text)) return 'start';
  if (END_HEADERS.has(text)) return 'end';
  return undefined;
}

/**
 * Numbers in a header row are week dates only within 1990–2099: a column headed `2019` or `7` is not
 * a date in 1905 or 1900.
 */
const FIRST_PLAUSIBLE_DAY = dayFromYmd(1990, 1, 1);
const LAST_PLAUSIBLE_DAY = dayFromYmd(2099, 12, 31);

/**
 * A week column header (docs/rules.md §4.2): an ISO label, an Excel date, or — because an Excel table turns
 * every header into text — a date written as text, ISO (`2021-03-08`) or Danish (`08-03-2021`, `08.03.2021`).
 * Returns undefined for a header that is not meant as a week.
 */
export function weekOfHeader(value: CellValue, system: DateSystem): IsoWeek | EngineError | undefined {
  if (typeof value === 'number') {
    const day = dayFromSerial(value, system);
    return day !== undefined && day >= FIRST_PLAUSIBLE_DAY && day <= LAST_PLAUSIBLE_DAY ? weekOf(day) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const danish = /^\s*(\d{1,2})[-.](\d{1,2})[-.](\d{4})\s*$/.exec(value);
  if (danish) {
    const day = parseIsoDate(`${danish[3]}-${danish[2].padStart(2, '0')}-${danish[1].padStart(2, '0')}`);
    return day === undefined ? undefined : weekOf(day);
  }
  return weekFromHeader(value, system);
}

/** Header text that tries to be a week but is not a readable one (`2021-W54`, `2021-W1O`). */
export function looksLikeWeek(value: CellValue): boolean {
  return typeof value === 'string' && /^\s*\d{4}\s*-?\s*[Ww]\s*\S*\s*$/.test(value);
}
