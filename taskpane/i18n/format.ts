import { Language } from '../../src/engine/messages';
import { Amount, formatAmount } from '../../src/engine/money';
import { Day, formatDay } from '../../src/engine/weeks';

/** Number formats of the pane's two languages; dates stay ISO, as in the workbook. */
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

const MONEY: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 2 };

/** Makes a language's amount format now, while the pane starts, rather than when the first amount shows. */
export function prepareFormats(language: Language): void {
  numberFormat(language, MONEY);
}

/** An amount to the øre, grouped as the reader expects (3,300.00 or 3.300,00), with its currency code. */
export function formatMoney(value: Amount, language: Language, currency?: string): string {
  const text = numberFormat(language, MONEY).format(Number(formatAmount(value)));
  if (!currency) return text;
  return language === 'da' ? `${text} ${currency}` : `${currency} ${text}`;
}

export function formatNumber(value: number, language: Language, digits = 0): string {
  return numberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatDecimal(value: Amount, language: Language, minimumFractionDigits = 0): string {
  const [whole, fraction = ''] = value.abs().toFixed(Math.max(minimumFractionDigits, value.decimalPlaces())).split('.');
  const grouped = `${value.isNegative() ? '-' : ''}${numberFormat(language, { maximumFractionDigits: 0 }).format(BigInt(whole))}`;
  return fraction === '' ? grouped : `${grouped}${decimalMark(language)}${fraction}`;
}

export function formatPercent(share: number, language: Language, digits = 1): string {
  return numberFormat(language, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

export function formatDate(day: Day): string {
  return formatDay(day);
}

/** The decimal mark a reader types amounts with. */
export function decimalMark(language: Language): ',' | '.' {
  return language === 'da' ? ',' : '.';
}
