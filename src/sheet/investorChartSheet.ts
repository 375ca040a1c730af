import { Language } from '../engine/messages';
import { toNumber } from '../engine/money';
import { DateSystem, serialFromDay } from '../engine/weeks';
import { SheetSpec } from '../workbook/types';
import { InvestorFigures } from './investor';
import { workbookText } from './workbookTexts';

/**
 * `Investor chart`, or `Investor chart (2)`, … in the workbook's language: the first name no sheet has
 * (compared as Excel does, ignoring case).
 */
export function investorChartSheetName(existing: readonly string[], language: Language): string {
  const base = workbookText(language, 'sheet.investorChart');
  const taken = new Set(existing.map((name) => name.toUpperCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!taken.has(name.toUpperCase())) return name;
  }
}

/**
 * The data behind the native Excel chart of the investor view: one row per repayment day with the
 * cumulative repayments and the amount invested, so break-even is where the two lines cross. The top-left
 * cell is empty, which makes Excel take the first column as the chart's (date) categories. Its headers
 * are in the workbook's language.
 */
export function investorChartSheet(figures: InvestorFigures, name: string, system: DateSystem, language: Language): SheetSpec {
  const invested = figures.invested && toNumber(figures.invested.amount);
  const currency = { currency: figures.currency };
  return {
    name,
    rows: [
      [
        null,
        { value: workbookText(language, 'chart.repaid', currency), bold: true },
        ...(invested === undefined ? [] : [{ value: workbookText(language, 'chart.invested', currency), bold: true }]),
      ],
      ...figures.curve.map((point) => [
        { value: serialFromDay(point.day, system), format: 'date' as const },
        { value: toNumber(point.cumulative), format: 'amount' as const },
        ...(invested === undefined ? [] : [{ value: invested, format: 'amount' as const }]),
      ]),
    ],
    columnWidths: [12, 26, 20],
  };
}
