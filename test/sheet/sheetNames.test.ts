import { isoWeek } from '../../src/engine/weeks';
import { explainableLines } from '../../src/sheet/explain';
import { readIssued } from '../../src/sheet/issued';
import { readLedger } from '../../src/sheet/ledger';
import {
  correctionSheetName,
  findLedgerSheet,
  findProductSheet,
  invoiceSheetName,
  invoiceSheetWeek,
  LINE_SHEETS,
  lineTableName,
  PRODUCT_SHEETS,
} from '../../src/sheet/sheetNames';
import { everyLanguage, isWorkbookText, workbookTexts } from '../../src/sheet/workbookTexts';

const W10 = isoWeek(2021, 10);

describe('the names of the sheets the product writes, in the workbook’s language', () => {
  test('written in English or Danish', () => {
    expect([invoiceSheetName(W10, 'en'), invoiceSheetName(W10, 'da')]).toEqual(['Invoice 2021-W10', 'Faktura 2021-W10']);
    expect([correctionSheetName(W10, 1, 'en'), correctionSheetName(W10, 2, 'da')]).toEqual([
      'Correction 2021-W10',
      'Korrektion 2021-W10 (2)',
    ]);
    expect([lineTableName('invoice', W10, 1, 'da'), lineTableName('correction', W10, 3, 'en')]).toEqual([
      'Faktura_2021_W10',
      'Correction_2021_W10_3',
    ]);
  });

  test('found in either language, as Excel compares names; the first in workbook order', () => {
    expect(findLedgerSheet(['Candidates', 'AFREGNINGSLOG'])).toBe('AFREGNINGSLOG');
    expect(findLedgerSheet(['Settlement ledger', 'Afregningslog'])).toBe('Settlement ledger');
    expect(findLedgerSheet(['Candidates', 'Ledger'])).toBeUndefined();
    expect(findProductSheet(['Kandidater', 'Kontrakt'], 'sheet.contract')).toBe('Kontrakt');
  });

  test('an invoice sheet’s week, from its name in either language', () => {
    expect(
      ['Invoice 2021-W10', 'faktura  2021W10', 'Faktura 2021-W10 copy', 'Fakturaer 2021-W10', 'Korrektion 2021-W10'].map(invoiceSheetWeek),
    ).toEqual(['2021-W10', '2021W10', '2021-W10', undefined, undefined]);
  });

  test('the sheets with lines to explain, and the sheets that are never candidate sheets', () => {
    const names = ['Faktura 2021-W10', 'Korrektion 2021-W10 (2)', 'Invoice 2021-W10', 'Correction 2021-W10', 'Kandidater', 'Fakturaer'];
    expect(names.filter((name) => LINE_SHEETS.test(name))).toEqual(names.slice(0, 4));
    const own = [
      'Contract',
      'Kontrakt',
      'Settlement ledger',
      'Afregningslog',
      'Investor chart (2)',
      'Investordiagram',
      ...names.slice(0, 4),
    ];
    expect(own.filter((name) => !PRODUCT_SHEETS.test(name))).toEqual([]);
    expect(['Kandidater', 'Contracts', 'Faktura 2021', 'Investordiagrammer'].filter((name) => PRODUCT_SHEETS.test(name))).toEqual([]);
  });

  test('every text has both languages, and readers compare them trimmed and in any case', () => {
    expect(Object.keys(workbookTexts.da).sort()).toEqual(Object.keys(workbookTexts.en).sort());
    expect(everyLanguage('row.total')).toEqual(['total', 'i alt']);
    expect(['  KANDIDAT-ID ', 'Candidate  ID', 'Candidate'].map((text) => isWorkbookText(text, 'column.id'))).toEqual([true, true, false]);
  });
});

describe('readers of a Danish sheet', () => {
  const danishInvoice = {
    name: 'Faktura 2021-W10',
    rows: [
      ['Faktura 2021-W10'],
      ['Uge', '2021-W10'],
      ['Kildeark', 'Kandidater'],
      ['Kandidat-ID', 'Status', 'Andel', 'Takst', 'Betalingsberettigede uger før', 'Beløb før loft', 'Beløb', 'Årsag', 'Faktureret'],
      ['K-1', 'S', 1, 1000, 0, 1000, 1000, '', 1000],
      ['K-2', 'D', null, 500, 2, 500, 0, 'max-weeks', 0],
      ['I alt', null, null, null, null, 1500, 1000, null, 1000],
    ],
  };

  test('what an invoice issued, and the lines the explain view offers', () => {
    expect([...readIssued(danishInvoice).values()].map((line) => [line.candidateId, line.amount.toFixed(2), line.address])).toEqual([
      ['K-1', '1000.00', 'I5'],
      ['K-2', '0.00', 'I6'],
    ]);
    expect(explainableLines(danishInvoice)).toEqual([
      { candidateId: 'K-1', address: "'Faktura 2021-W10'!G5" },
      { candidateId: 'K-2', address: "'Faktura 2021-W10'!G6" },
    ]);
  });

  test('a ledger: its rows in either language, its name and language kept for the rows to come', () => {
    const ledger = readLedger({
      name: 'Afregningslog',
      rows: [
        ['Uge', 'Mandag', 'Art', 'Ark', 'Linjer', 'I alt'],
        ['2021-W09', 44249, 'primo', null, 0, 0],
        ['2021-W10', 44256, 'faktura', 'Faktura 2021-W10', 2, 1000],
        ['2021-W10', 44256, 'correction', 'Correction 2021-W10', 1, 500],
        ['2021-W11', 44263, 'bill', 'Faktura 2021-W11', 1, 500],
      ],
    });
    expect(ledger.entries.map((entry) => [entry.kind, entry.sheet])).toEqual([
      ['opening', ''],
      ['invoice', 'Faktura 2021-W10'],
      ['correction', 'Correction 2021-W10'],
    ]);
    expect([ledger.sheet, ledger.language, ledger.unreadable]).toEqual(['Afregningslog', 'da', ['Afregningslog!A5']]);
  });
});
