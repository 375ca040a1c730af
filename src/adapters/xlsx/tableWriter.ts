import { rangeText, tableRange } from '../../workbook/tableRules';
import { CellSpec, SheetSpec, TableSpec } from '../../workbook/types';
import { fileFormula } from './formulaText';
import { encodeCellTextAttribute, escapeXml } from './xmlText';

/**
 * A new table part. Excel requires the header cells to hold exactly the column names, so that is checked
 * before anything is written. The totals row mirrors what the sheet's totals-row cells hold: a text cell
 * becomes the column's `totalsRowLabel`, a formula cell its `totalsRowFormula` (function "custom").
 */

export function tableXml(table: TableSpec, id: number, sheet: SheetSpec): string {
  const range = tableRange(table);
  const ref = rangeText(range);
  const totals = table.totalsRow ? sheet.rows[range.bottom] : undefined;
  const columns = table.columns.map((column, i) => columnXml(i + 1, column, totals?.[range.left + i] ?? null)).join('');
  const filter = rangeText({ ...range, bottom: table.totalsRow ? range.bottom - 1 : range.bottom });
  const name = escapeXml(table.name);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${ref}"${table.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    `<autoFilter ref="${filter}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

function columnXml(id: number, name: string, totals: CellSpec | null): string {
  const start = `<tableColumn id="${id}" name="${encodeCellTextAttribute(name)}"`;
  if (totals?.formula !== undefined) {
    return `${start} totalsRowFunction="custom"><totalsRowFormula>${escapeXml(fileFormula(totals.formula))}</totalsRowFormula></tableColumn>`;
  }
  if (typeof totals?.value === 'string' && totals.value !== '')
    return `${start} totalsRowLabel="${encodeCellTextAttribute(totals.value)}"/>`;
  return `${start}/>`;
}
