import { CellValue, isBlank } from '../engine/cells';
import { amount } from '../engine/money';
import { DateSystem, dayFromSerial, formatDay, parseIsoDate, serialFromDay } from '../engine/weeks';
import { termKind } from './contractSheet';
import { TermKey } from './contractTerms';

/**
 * A contract term as a person types it and as its cell holds it. Amounts are typed with the reader's
 * decimal mark (`3.300,50` in Danish, `3,300.50` in English); the other mark groups thousands, in threes,
 * as may a space. Input that the two languages read differently is refused rather than guessed: a lone
 * comma in English (`3300,50`, `1,650`) and a lone point in Danish (`1650.50`, `1.650`). No rate, cap,
 * amount or count is negative. Dates are ISO (`2021-03-08`, what a date input gives) and become serials in
 * the workbook's date system; percentages (`50 %`) become shares (0.5). Whether a value is a valid term as
 * a whole is the contract reader's business (termsFrom), not this file's.
 */
export type TermInputProblem = 'amount' | 'ambiguous' | 'negative' | 'integer' | 'date' | 'percent';

export type TermInput = { readonly value: CellValue } | { readonly problem: TermInputProblem };

export type DecimalMark = ',' | '.';

const SPACES = /[\s\u00a0\u202f]/g;
const MINUS = /^[-\u2212]/;

export function termValue(key: TermKey, text: string, decimalMark: DecimalMark, system: DateSystem): TermInput {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  switch (termKind(key)) {
    case 'amount':
      return amountValue(trimmed, decimalMark);
    case 'integer':
      if (MINUS.test(trimmed)) return { problem: 'negative' };
      return /^\d+$/.test(trimmed) && Number(trimmed) >= 1 ? { value: Number(trimmed) } : { problem: 'integer' };
    case 'percent':
      return percentValue(trimmed, decimalMark);
    case 'date': {
      const day = parseIsoDate(trimmed);
      return day === undefined ? { problem: 'date' } : { value: serialFromDay(day, system) };
    }
    case 'text':
      return { value: trimmed };
  }
}

function amountValue(text: string, decimalMark: DecimalMark): TermInput {
  const negative = MINUS.test(text);
  const unsigned = (negative ? text.slice(1) : text).trim();
  const groupMark = decimalMark === ',' ? '.' : ',';
  if (!/^[\d.,\s\u00a0\u202f]+$/.test(unsigned) || !/\d/.test(unsigned)) return { problem: 'amount' };
  const decimals = unsigned.split(decimalMark).length - 1;
  const groups = unsigned.split(groupMark).length - 1;
  if (decimals === 0 && groups === 1) return { problem: 'ambiguous' };
  if (decimals > 1) return { problem: 'amount' };
  const [whole, fraction] = unsigned.split(decimalMark);
  const grouped = new RegExp(`^\\d{1,3}(?:[${groupMark === '.' ? '\\.' : ','}\\s\\u00a0\\u202f]\\d{3})+$`);
  if (!(/^\d+$/.test(whole) || grouped.test(whole))) return { problem: 'amount' };
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return { problem: 'amount' };
  if (negative) return { problem: 'negative' };
  const digits = whole.replace(SPACES, '').split(groupMark).join('');
  return { value: Number(fraction === undefined ? digits : `${digits}.${fraction}`) };
}

function percentValue(text: string, decimalMark: DecimalMark): TermInput {
  if (MINUS.test(text)) return { problem: 'negative' };
  const number = text.replace(/\s*%$/, '');
  const pattern = decimalMark === ',' ? /^\d+(?:,\d+)?$/ : /^\d+(?:\.\d+)?$/;
  if (!pattern.test(number)) return { problem: 'percent' };
  const percent = amount(number.replace(',', '.'));
  return percent.greaterThan(100) ? { problem: 'percent' } : { value: percent.dividedBy(100).toNumber() };
}

/** The text an input shows for a term's cell value; the inverse of termValue. */
export function termText(key: TermKey, value: CellValue | undefined, decimalMark: DecimalMark, system: DateSystem): string {
  if (value === undefined || value === null || isBlank(value)) return '';
  if (typeof value === 'number') {
    switch (termKind(key)) {
      case 'date': {
        const day = dayFromSerial(value, system);
        return day === undefined ? String(value) : formatDay(day);
      }
      case 'amount':
        return String(value).replace('.', decimalMark);
      case 'percent': {
        const percent = amount(value).times(100).toString().replace('.', decimalMark);
        return decimalMark === ',' ? `${percent} %` : `${percent}%`;
      }
      default:
        return String(value);
    }
  }
  return typeof value === 'object' ? value.error : String(value);
}
