import { fillTemplate, Language, MessageParams } from '../../engine/messages';
import { amount } from '../../engine/money';
import { decimalMark, formatMoney, formatNumber, formatPercent } from '../../engine/numberFormat';
import { reasonText } from '../../engine/reasonTexts';
import { Reason } from '../../engine/rules';
import { Severity } from '../../sheet/findings';
import { CliTextKey, cliTexts } from './cliTexts';

/** What the command prints, in the reader's language: its texts and its numbers, formatted as the task pane formats them. */
export interface CliStrings {
  readonly language: Language;
  t(key: CliTextKey, params?: MessageParams): string;
  /** A report's decimal string (`"1987.45"`) grouped, with the currency where the language puts it. */
  money(value: string, currency?: string | null): string;
  count(value: number): string;
  number(value: number, digits: number): string;
  percent(share: number, digits: number): string;
  /** A status cell as the report gives it (`"S"`, `"0.4"`), a number in the reader's decimal mark as the pane shows it (`0,4`). */
  status(value: string): string;
  reason(reason: Reason | null): string;
  severity(severity: Severity): string;
}

/** How a report writes a number from a status cell: JavaScript's shortest form, with a point. */
const NUMBER = /^-?\d+\.\d+$/;

export function cliStrings(language: Language): CliStrings {
  const texts = cliTexts[language];
  return {
    language,
    t: (key, params = {}) => fillTemplate(texts[key], params),
    money: (value, currency) => formatMoney(amount(value), language, currency ?? undefined),
    count: (value) => formatNumber(value, language),
    number: (value, digits) => formatNumber(value, language, digits),
    percent: (share, digits) => formatPercent(share, language, digits),
    status: (value) => (NUMBER.test(value) ? value.replace('.', decimalMark(language)) : value),
    reason: (reason) => reasonText(reason, language),
    severity: (severity) => texts[`severity.${severity}`],
  };
}

/** A column's label with the currency its amounts are in: `Amount (DKK)`. */
export function inCurrency(label: string, currency: string | null): string {
  return currency ? `${label} (${currency})` : label;
}
