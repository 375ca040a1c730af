import { CellSpec, NumberFormatKind, SheetSpec } from '../../../src/workbook/types';

/**
 * A sheet shaped like docs/rules.md §7's invoice, built here rather than by the invoice builder so that these
 * tests measure the adapter only: a bold header block, then a table of `lines` lines whose formulas have the
 * invoice's shape and length (about 1 KB a line, `_xlfn.` prefix included), and a totals row.
 */

export const COLUMNS = ['Candidate ID', 'Status', 'Share', 'Rate', 'Payable weeks before', 'Amount before cap', 'Amount', 'Reason'];
const FORMATS: NumberFormatKind[] = ['text', 'general', 'share', 'amount', 'integer', 'amount', 'amount', 'text'];
export const FIRST_LINE_ROW = 17;
const SOURCE = "'Candidates 2021'";

export function invoiceLikeSheet(name: string, tableName: string, lines: number): SheetSpec {
  const label = (value: string): CellSpec => ({ value, bold: true });
  const header: (CellSpec | null)[][] = [
    [{ value: name, bold: true }],
    [label('Contract'), { formula: 'SIB_ContractName', value: 'Job first' }],
    [label('Commissioner'), { value: 'Municipality' }],
    [label('Investor'), { value: 'Fund' }],
    [label('Provider'), { value: 'Provider' }],
    [label('Week'), { value: '2021-W10' }],
    [label('Monday'), { value: 44263, format: 'date' }],
    [label('Sunday'), { value: 44269, format: 'date' }],
    [label('Source sheet'), { value: 'Candidates 2021' }],
    [label('Built'), { value: 44270.5, format: 'datetime' }],
    [label('Fingerprint (SHA-256)'), { value: 'ab'.repeat(32) }],
    [label('Currency'), { value: 'DKK' }],
    [label('Invoiced before this week'), { value: 123456.5, format: 'amount' }],
    [label('Cap remaining before this week'), { formula: 'MAX(0,SIB_PaymentCap-B13)', value: 876543.5, format: 'amount' }],
  ];
  const lineRows = Array.from({ length: lines }, (_, i) => line(FIRST_LINE_ROW + i, 2 + i));
  const last = FIRST_LINE_ROW + lines - 1;
  const totals: (CellSpec | null)[] = [
    label('Total'),
    null,
    null,
    null,
    null,
    { formula: `SUM(F${FIRST_LINE_ROW}:F${last})`, value: lines * 1000, format: 'amount', bold: true },
    { formula: `SUM(G${FIRST_LINE_ROW}:G${last})`, value: lines * 1000, format: 'amount', bold: true },
    null,
  ];
  return {
    name,
    rows: [...header, null, COLUMNS.map(label), ...lineRows, totals],
    columnWidths: [28, 10, 10, 12, 12, 16, 16, 18],
    tables: [{ name: tableName, range: `A16:H${last + 1}`, columns: COLUMNS, totalsRow: true }],
  };
}

function line(row: number, sourceRow: number): CellSpec[] {
  const [status, share, rate, before, uncapped, paid] = ['B', 'C', 'D', 'E', 'F', 'G'].map((column) => `${column}${row}`);
  const word = (words: string[]) => `OR(${words.map((each) => `UPPER(TRIM(${status}))="${each}"`).join(',')})`;
  const full = word(['S', 'FULL', 'SELV']);
  const partial = word(['D', 'PARTIAL', 'DELVIS']);
  const enrolment = [
    `OR(${SOURCE}!$B${sourceRow}="",INT(${SOURCE}!$B${sourceRow})<=$B$8)`,
    `OR(${SOURCE}!$C${sourceRow}="",INT(${SOURCE}!$C${sourceRow})>=$B$7)`,
  ].join(',');
  const contract = 'INT(SIB_ContractStart)<=$B$8,INT(SIB_ContractEnd)>=$B$7';
  const formulas = [
    `${SOURCE}!$A${sourceRow}`,
    `${SOURCE}!K${sourceRow}`,
    `IF(ISNUMBER(${status}),${status},IF(OR(${full},${partial}),1,_xlfn.NUMBERVALUE(SUBSTITUTE(TRIM(${status}),",","."),".",",")))`,
    `IF(${partial},SIB_PartialRate,SIB_WeeklyRate)`,
    undefined,
    `IFERROR(IF(AND(${share}>0,${share}<=1,${enrolment},${contract},${before}<SIB_MaxWeeks),ROUND(${rate}*${share},2),0),0)`,
    `MIN(${uncapped},MAX(0,SIB_PaymentCap-$B$13-SUM(G$${FIRST_LINE_ROW}:G${row - 1})))`,
    `IF(ISERROR(${rate}*${share}),"invalid-status",IF(OR(${share}<=0,${share}>1),"invalid-status",IF(NOT(AND(${enrolment})),"outside-enrolment",IF(NOT(AND(${contract})),"outside-contract",IF(${before}>=SIB_MaxWeeks,"max-weeks",IF(${paid}<${uncapped},"cap",""))))))`,
  ];
  const cached = [`K-${String(sourceRow).padStart(5, '0')}`, 'S', 1, 1000, sourceRow % 52, 1000, 1000, ''];
  return formulas.map((formula, column) => ({ ...(formula ? { formula } : {}), value: cached[column], format: FORMATS[column] }));
}
