import { createContext, ReactNode, useContext, useMemo } from 'react';
import { fillTemplate, Language, MessageParams } from '../../src/engine/messages';
import { Amount } from '../../src/engine/money';
import { formatDecimal, formatMoney, formatNumber, formatPercent, prepareFormats } from '../../src/engine/numberFormat';
import { Day, formatDay } from '../../src/engine/weeks';
import { StringKey, strings } from './strings';

/** The pane's texts and number formats in the reader's language. */
export interface Strings {
  readonly language: Language;
  t(key: StringKey, params?: MessageParams): string;
  money(value: Amount, currency?: string): string;
  number(value: number, digits?: number): string;
  /** An exact decimal (a rate, a share) with all its digits, and at least `minimumFractionDigits` of them after the mark. */
  decimal(value: Amount, minimumFractionDigits?: number): string;
  percent(share: number, digits?: number): string;
  date(day: Day): string;
}

export function stringsFor(language: Language): Strings {
  const table = strings[language];
  prepareFormats(language);
  return {
    language,
    t: (key, params = {}) => fillTemplate(table[key], params),
    money: (value, currency) => formatMoney(value, language, currency),
    number: (value, digits) => formatNumber(value, language, digits),
    decimal: (value, minimumFractionDigits) => formatDecimal(value, language, minimumFractionDigits),
    percent: (share, digits) => formatPercent(share, language, digits),
    date: formatDay,
  };
}

const I18nContext = createContext<Strings>(stringsFor('en'));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => stringsFor(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useStrings(): Strings {
  return useContext(I18nContext);
}
