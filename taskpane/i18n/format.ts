import { Language } from '../../src/engine/messages';
import { Amount, formatAmount } from '../../src/engine/money';
import { Day, formatDay } from '../../src/engine/weeks';

/** Number formats of the pane's two languages; dates stay ISO, as in the workbook. */
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', da: 'da-DK' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** An amount to the øre, grouped as the reader expects (3,300.00 or 3.300,00), with its currency code. */
export function formatMoney(value: Amount, language: Language, currency?: string): string {
  const text = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    Number(formatAmount(value)),
  );
  if (!currency) return text;
  return language === 'da' ? `${text} ${currency}` : `${currency} ${text}`;
}

export function formatNumber(value: number, language: Language, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatDecimal(value: Amount, language: Language, minimumFractionDigits = 0): string {
  const [whole, fraction = ''] = value.abs().toFixed(Math.max(minimumFractionDigits, value.decimalPlaces())).split('.');
  const grouped = `${value.isNegative() ? '-' : ''}${new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(BigInt(whole))}`;
  return fraction === '' ? grouped : `${grouped}${decimalMark(language)}${fraction}`;
}

export function formatPercent(share: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

export function formatDate(day: Day): string {
  return formatDay(day);
}

/** The decimal mark a reader types amounts with. */
export function decimalMark(language: Language): ',' | '.' {
  return language === 'da' ? ',' : '.';
}
