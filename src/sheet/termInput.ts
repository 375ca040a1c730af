import { CellValue, isBlank } from '../engine/cells';
import { DateSystem, dayFromSerial, formatDay, parseIsoDate, serialFromDay } from '../engine/weeks';
import { termKind } from './contractSheet';
import { TermKey } from './contractTerms';

/**
 * A contract term as a person types it and as its cell holds it. Amounts are typed with the reader's
 * decimal mark (`3.300,50` in Danish, `3,300.50` in English); the other mark may group thousands. Dates are
 * ISO (`2021-03-08`, what a date input gives) and become serials in the workbook's date system. Whether a
 * value is a valid term is the contract reader's business (termsFrom), not this file's.
 */
export type TermInputProblem = 'amount' | 'integer' | 'date';

export type TermInput = { readonly value: CellValue } | { readonly problem: TermInputProblem };

export function termValue(key: TermKey, text: string, decimalMark: ',' | '.', system: DateSystem): TermInput {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  switch (termKind(key)) {
    case 'amount': {
      const group = decimalMark === ',' ? '.' : ',';
      const plain = trimmed
        .replace(/[\s\u00a0]/g, '')
        .split(group)
        .join('')
        .replace(decimalMark, '.');
      return /^-?\d+(\.\d+)?$/.test(plain) ? { value: Number(plain) } : { problem: 'amount' };
    }
    case 'integer':
      return /^\d+$/.test(trimmed) ? { value: Number(trimmed) } : { problem: 'integer' };
    case 'date': {
      const day = parseIsoDate(trimmed);
      return day === undefined ? { problem: 'date' } : { value: serialFromDay(day, system) };
    }
    case 'text':
      return { value: trimmed };
  }
}

/** The text an input shows for a term's cell value; the inverse of termValue. */
export function termText(key: TermKey, value: CellValue | undefined, decimalMark: ',' | '.', system: DateSystem): string {
  if (value === undefined || value === null || isBlank(value)) return '';
  if (typeof value === 'number') {
    const kind = termKind(key);
    if (kind === 'date') {
      const day = dayFromSerial(value, system);
      return day === undefined ? String(value) : formatDay(day);
    }
    if (kind === 'amount') return String(value).replace('.', decimalMark);
    return String(value);
  }
  return typeof value === 'object' ? value.error : String(value);
}
