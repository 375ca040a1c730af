import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { CellValue, quoteSheetName } from '../../src/engine/cells';
import { formatAmount } from '../../src/engine/money';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { runStatement, StatementJobResult } from '../../src/jobs/statementJob';
import { readReceivedTables } from '../../src/sheet/statementTable';
import { invoiceTestWorkbook } from '../integration/invoiceWorkbook';

/**
 * docs/rules.md §8 across languages: the provider's workbook is Danish (SIB_Language da), the fund's own
 * is English. The fund checks the received Danish invoice, its Danish correction, and a values copy of the
 * Danish table, against its own English candidate sheet.
 */
const CANDIDATES = quoteSheetName("Kandidater (Bo's)");
const week = (label: string) => parseWeekLabel(label) as IsoWeek;

async function built(book: Uint8Array, label: string): Promise<Uint8Array> {
  const result = await runInvoice(openXlsx(book), { week: week(label), builtAt: new Date(2021, 0, 25, 9, 30) });
  if (result.kind !== 'invoice' && result.kind !== 'correction') throw new Error(`${label}: ${JSON.stringify(result)}`);
  return writeXlsx(book, result.changes);
}

function comparisonOf(result: StatementJobResult) {
  if (!('comparison' in result)) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.comparison;
}

const totals = (comparison: ReturnType<typeof comparisonOf>) =>
  [comparison.receivedTotal, comparison.expectedTotal, comparison.difference].map(formatAmount);

describe('the fund’s English workbook checks a Danish invoice', () => {
  const own = createXlsx(invoiceTestWorkbook());
  let danish: Uint8Array;

  beforeAll(async () => {
    danish = await built(createXlsx(invoiceTestWorkbook({ SIB_Language: 'da' })), '2020-W51');
  });

  test('the Danish table is found, its week read from its header block and its name', async () => {
    const tables = readReceivedTables(await openXlsx(danish).readSheet('Faktura 2020-W51'), await openXlsx(danish).tables());
    expect(tables.map((table) => [table.kind, table.address, table.lines.length, table.totals?.address])).toEqual([
      ['invoice', "'Faktura 2020-W51'!A16", 5, "'Faktura 2020-W51'!I22"],
    ]);
    expect(tables[0].week).toEqual(week('2020-W51'));
  });

  test('it agrees with the English data it was built from, without being told the week', async () => {
    const comparison = comparisonOf(await runStatement(openXlsx(danish), openXlsx(own)));
    expect(comparison).toMatchObject({ agrees: true, differences: [], receivedLines: 5, receivedFoots: true });
    expect(totals(comparison)).toEqual(['4320.99', '4320.99', '0.00']);
  });

  test('a status the fund has otherwise is a difference, with the Danish sheet’s cells', async () => {
    const differing = setCellsXlsx(own, [{ address: `${CANDIDATES}!F5`, cell: { value: 'S' } }]);
    const comparison = comparisonOf(await runStatement(openXlsx(danish), openXlsx(differing)));
    expect(comparison.differences).toMatchObject([
      {
        kind: 'status',
        candidateId: 'K-02',
        received: { status: 'd', address: "'Faktura 2020-W51'!B18" },
        expected: { status: 'S', address: `${CANDIDATES}!F5` },
      },
    ]);
    expect(totals(comparison)).toEqual(['4320.99', '4938.27', '-617.28']);
  });

  test('with the late news, the Danish correction is applied and the week agrees again', async () => {
    const late = [{ address: `${CANDIDATES}!F5`, cell: { value: 'S' as CellValue } }];
    const corrected = await built(setCellsXlsx(danish, late), '2020-W51');
    expect(await openXlsx(corrected).sheetNames()).toContain('Korrektion 2020-W51');
    const result = await runStatement(openXlsx(corrected), openXlsx(setCellsXlsx(own, late)));
    expect('corrections' in result && result.corrections.map((table) => table.sheet)).toEqual(['Korrektion 2020-W51']);
    expect(totals(comparisonOf(result))).toEqual(['4938.27', '4938.27', '0.00']);
  });

  test('the Danish table’s values pasted elsewhere, with its Danish column names, agree too', async () => {
    const rows = (await openXlsx(danish).readSheet('Faktura 2020-W51')).rows.slice(15, 22);
    const pasted = createXlsx({
      addSheets: [{ name: 'Modtaget', rows: rows.map((row) => (row ?? []).map((value) => (value === null ? null : { value }))) }],
    });
    expect(rows[0]?.slice(0, 3)).toEqual(['Kandidat-ID', 'Status', 'Andel']);
    const comparison = comparisonOf(await runStatement(openXlsx(pasted), openXlsx(own), { week: week('2020-W51') }));
    expect(comparison).toMatchObject({ agrees: true, receivedTotalAddress: 'Modtaget!I7' });
  });
});
