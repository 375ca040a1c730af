import { CellValue } from '../../src/engine/cells';
import { dayFromYmd, serialFromDay } from '../../src/engine/weeks';
import { DefinedName } from '../../src/workbook/types';

export const serial = (date: string): number => serialFromDay(dayFromYmd(...(date.split('-').map(Number) as [number, number, number])));

/** Contract terms on a `Contract` sheet, as defined names point at them. */
export function contractSheet(terms: Record<string, CellValue>): { rows: CellValue[][]; names: DefinedName[] } {
  const entries = Object.entries(terms);
  return {
    rows: [['Term', 'Value'], ...entries.map(([name, value]) => [name, value])],
    names: entries.map(([name], index) => ({ name, formula: `Contract!$B$${index + 2}` })),
  };
}
