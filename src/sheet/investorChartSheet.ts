import { toNumber } from '../engine/money';
import { DateSystem, serialFromDay } from '../engine/weeks';
import { SheetSpec } from '../workbook/types';
import { InvestorFigures } from './investor';

export const INVESTOR_CHART_SHEET = 'Investor chart';

/** `Investor chart`, or `Investor chart (2)`, … : the first name no sheet has (compared as Excel does, ignoring case). */
export function investorChartSheetName(existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toUpperCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? INVESTOR_CHART_SHEET : `${INVESTOR_CHART_SHEET} (${n})`;
    if (!taken.has(name.toUpperCase())) return name;
  }
}

/**
 * The data behind the native Excel chart of the investor view: one row per repayment day with the
 * cumulative repayments and the amount invested, so break-even is where the two lines cross. The top-left
 * cell is empty, which makes Excel take the first column as the chart's (date) categories.
 */
export function investorChartSheet(figures: InvestorFigures, name: string, system: DateSystem): SheetSpec {
  const invested = figures.invested && toNumber(figures.invested.amount);
  return {
    name,
    rows: [
      [
        null,
        { value: `Repaid (${figures.currency}, cumulative)`, bold: true },
        ...(invested === undefined ? [] : [{ value: `Invested (${figures.currency})`, bold: true }]),
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
