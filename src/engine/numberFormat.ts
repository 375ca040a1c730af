import { Language } from './messages';
import { Amount, formatAmount } from './money';

/**
 * Numbers as a reader of each language writes them, for the task pane and the `sib` command alike: one
 * place decides grouping, decimal mark and where the currency goes. Dates stay ISO, as in the workbook.
 */
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', da: 'da-DK' };

/**
 * Making a number format costs far more than using one (the first one of a language loads its locale
 * data), and a preview formats thousands of amounts: each is made once.
 */
const FORMATS = new Map<string, Intl.NumberFormat>();

export function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    FORMATS.set(key, format);
  }
  return format;
}

const WHOLE_DIGITS: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

/** Makes a language's amount format now, while the pane starts, rather than when the first amount shows. */
export function prepareFormats(language: Language): void {
  numberFormat(language, WHOLE_DIGITS);
}

/** Digits grouped and marked by language, every digit kept: `-1234567.5` → `-1,234,567.5` or `-1.234.567,5`. */
function groupDigits(digits: string, language: Language): string {
  const [, sign, whole, fraction] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(digits)!;
  const grouped = `${sign}${numberFormat(language, WHOLE_DIGITS).format(BigInt(whole))}`;
  return fraction === undefined ? grouped : `${grouped}${decimalMark(language)}${fraction}`;
}

/**
 * An amount to the øre, grouped as the reader expects, with its currency code where each language puts it:
 * `DKK 3,300.00` in English, `3.300,00 DKK` in Danish. Exact for any amount: no binary number in between.
 */
export function formatMoney(value: Amount, language: Language, currency?: string): string {
  const rounded = formatAmount(value);
  const text = groupDigits(/^-0\.00$/.test(rounded) ? '0.00' : rounded, language);
  if (!currency) return text;
  return language === 'da' ? `${text} ${currency}` : `${currency} ${text}`;
}

export function formatNumber(value: number, language: Language, digits = 0): string {
  return numberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** An exact decimal (a rate, a share) with all its digits, and at least `minimumFractionDigits` of them after the mark. */
export function formatDecimal(value: Amount, language: Language, minimumFractionDigits = 0): string {
  const digits = value.abs().toFixed(Math.max(minimumFractionDigits, value.decimalPlaces()));
  return groupDigits(value.isNegative() ? `-${digits}` : digits, language);
}

export function formatPercent(share: number, language: Language, digits = 1): string {
  return numberFormat(language, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

/** The decimal mark a reader types amounts with. */
export function decimalMark(language: Language): ',' | '.' {
  return language === 'da' ? ',' : '.';
}
