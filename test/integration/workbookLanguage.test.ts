import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { CellValue, quoteSheetName } from '../../src/engine/cells';
import { formatAmount } from '../../src/engine/money';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { runCheck } from '../../src/jobs/checkJob';
import { runExplain } from '../../src/jobs/explainJob';
import { InvoiceJobResult, runInvoice } from '../../src/jobs/invoiceJob';
import { showFinding } from '../../src/sheet/findings';
import { readLedger } from '../../src/sheet/ledger';
import { SheetGrid } from '../../src/workbook/types';
import { recalculateWithLibreOffice } from '../support/libreoffice';
import { invoiceTestWorkbook, termCell } from './invoiceWorkbook';

/**
 * The workbook's language is the contract term SIB_Language. A Danish workbook gets Danish sheets, tables,
 * labels and ledger, with the same formulas as an English one, which LibreOffice recomputes to the
 * engine's øre; a workbook switched from English to Danish keeps its English sheets and ledger, and the
 * new Danish sheets beside them settle with them.
 */
const CANDIDATES = quoteSheetName("Kandidater (Bo's)");
const week = (label: string) => parseWeekLabel(label) as IsoWeek;
const built = new Date(2021, 0, 25, 9, 30);
const DANISH = { SIB_Language: 'da' };
/** Late news for 2020-W51 and W52, as in the ledger tests: a correction of each. */
const LATE_NEWS = [
  { address: `${CANDIDATES}!F5`, cell: { value: 'S' } },
  { address: `${CANDIDATES}!G9`, cell: { value: 'S' } },
  { address: `${CANDIDATES}!G4`, cell: { value: null } },
];

async function build(book: Uint8Array, label: string): Promise<{ result: InvoiceJobResult; book: Uint8Array }> {
  const result = await runInvoice(openXlsx(book), { week: week(label), builtAt: built });
  if (result.kind === 'refused') throw new Error(`${label} refused: ${JSON.stringify(result.refusal)}`);
  return { result, book: result.kind === 'unchanged' ? book : writeXlsx(book, result.changes) };
}

async function buildAll(book: Uint8Array, labels: readonly string[]): Promise<{ results: InvoiceJobResult[]; book: Uint8Array }> {
  const results: InvoiceJobResult[] = [];
  for (const label of labels) {
    const next = await build(book, label);
    results.push(next.result);
    book = next.book;
  }
  return { results, book };
}

type Rows = SheetGrid['rows'];
const columnA = (rows: Rows) => rows.map((row) => row?.[0] ?? null);

/** A table's lines as `{ column: value }`, from its header (`first` in column A) to its totals row (`total`). */
function tableRows(rows: Rows, first: string, total: string): Record<string, CellValue>[] {
  const header = rows.findIndex((row) => row?.[0] === first);
  const names = rows[header]! as string[];
  const end = rows.findIndex((row, index) => index > header && row?.[0] === total);
  return rows.slice(header + 1, end + 1).map((row) => Object.fromEntries(names.map((name, column) => [name, row?.[column] ?? null])));
}

const money = (value: CellValue) => (typeof value === 'number' ? value.toFixed(2) : `not a number: ${JSON.stringify(value)}`);
const labelled = (rows: Rows, label: string) => rows.find((row) => row?.[0] === label)?.[1];

describe('a workbook whose language is Danish (SIB_Language da)', () => {
  let book: Uint8Array;
  let english: Uint8Array;
  let results: InvoiceJobResult[];
  let englishResults: InvoiceJobResult[];

  beforeAll(async () => {
    ({ book } = await buildAll(createXlsx(invoiceTestWorkbook(DANISH)), ['2020-W51', '2020-W52']));
    ({ results, book } = await buildAll(setCellsXlsx(book, LATE_NEWS), ['2020-W51', '2020-W52', '2020-W53']));
    ({ book: english } = await buildAll(createXlsx(invoiceTestWorkbook()), ['2020-W51', '2020-W52']));
    ({ results: englishResults, book: english } = await buildAll(setCellsXlsx(english, LATE_NEWS), ['2020-W51', '2020-W52', '2020-W53']));
  });

  test('its sheets, tables and ledger have Danish names', async () => {
    const workbook = openXlsx(book);
    expect(await workbook.sheetNames()).toEqual([
      'Contract',
      "Kandidater (Bo's)",
      'Faktura 2020-W51',
      'Afregningslog',
      'Faktura 2020-W52',
      'Korrektion 2020-W51',
      'Korrektion 2020-W52',
      'Faktura 2020-W53',
    ]);
    expect((await workbook.tables()).map((table) => table.name)).toEqual([
      'Faktura_2020_W51',
      'Faktura_2020_W52',
      'Korrektion_2020_W51',
      'Korrektion_2020_W52',
      'Faktura_2020_W53',
    ]);
    expect(results.map((result) => result.kind)).toEqual(['correction', 'correction', 'invoice']);
  });

  test('the header block, the table and the totals row are labelled in Danish', async () => {
    const rows = (await openXlsx(book).readSheet('Faktura 2020-W53')).rows;
    expect(columnA(rows).slice(0, 16)).toEqual([
      'Faktura 2020-W53',
      'Kontrakt',
      'Kommune (køber)',
      'Investor',
      'Leverandør',
      'Uge',
      'Mandag',
      'Søndag',
      'Kildeark',
      'Dannet',
      'Fingeraftryk (SHA-256)',
      'Valuta',
      'Faktureret før denne uge (afregningslog)',
      'Tilbage af loftet før denne uge',
      "Mandagene i ugerne i 'Kandidater (Bo''s)'!E3:K3",
      'Kandidat-ID',
    ]);
    expect(rows[15]).toEqual([
      'Kandidat-ID',
      'Status',
      'Andel',
      'Takst',
      'Betalingsberettigede uger før',
      'Beløb før loft',
      'Beløb',
      'Årsag',
      'Faktureret',
    ]);
    expect(columnA(rows).at(-1)).toBe('I alt');
    const correction = (await openXlsx(book).readSheet('Korrektion 2020-W52')).rows;
    expect(correction[15]?.slice(-3)).toEqual(['Faktureret', 'Tidligere faktureret', 'Forskel']);
  });

  test('the ledger: Danish columns and kinds, the same figures as an English workbook’s', async () => {
    const danish = (await openXlsx(book).readSheet('Afregningslog')).rows;
    expect(danish[0]).toEqual([
      'Uge',
      'Mandag',
      'Art',
      'Ark',
      'Linjer',
      'I alt',
      'I alt, akkumuleret',
      'Tilbage af loftet',
      'Nettoafkast, akkumuleret',
      'Fingeraftryk',
      'Dannet',
    ]);
    expect(danish.slice(1).map((row) => [row?.[2], row?.[3]])).toEqual([
      ['primo', null],
      ['faktura', 'Faktura 2020-W51'],
      ['faktura', 'Faktura 2020-W52'],
      ['korrektion', 'Korrektion 2020-W51'],
      ['korrektion', 'Korrektion 2020-W52'],
      ['faktura', 'Faktura 2020-W53'],
    ]);
    const englishRows = (await openXlsx(english).readSheet('Settlement ledger')).rows;
    const figures = (rows: Rows) => rows.slice(1).map((row) => [row?.[0], row?.[4], ...[5, 6, 7].map((column) => money(row![column]))]);
    expect(figures(danish)).toEqual(figures(englishRows));
    expect(readLedger(await openXlsx(book).readSheet('Afregningslog')).entries.map((entry) => entry.kind)).toEqual([
      'opening',
      'invoice',
      'invoice',
      'correction',
      'correction',
      'invoice',
    ]);
  });

  test('every formula is the English workbook’s, but for the sheet names it refers to', () => {
    const formulas = (result: InvoiceJobResult) =>
      result.kind === 'invoice' || result.kind === 'correction'
        ? [...result.changes.addSheets[0].rows, ...(result.changes.appendRows?.[0].rows ?? [])].flatMap((row) =>
            (row ?? []).flatMap((cell) => (cell?.formula ? [cell.formula] : [])),
          )
        : [];
    const translate = (formula: string) =>
      formula
        .replace(/'Settlement ledger'/g, 'Afregningslog')
        .replace(/'Invoice (\d{4}-W\d{2})'/g, "'Faktura $1'")
        .replace(/'Correction (\d{4}-W\d{2})'/g, "'Korrektion $1'");
    results.forEach((result, index) => {
      expect(formulas(result).length).toBeGreaterThan(20);
      expect(formulas(result)).toEqual(formulas(englishResults[index]).map(translate));
    });
  });

  test('LibreOffice recomputes the Danish sheets built last and the ledger to the engine’s øre', async () => {
    const written = openXlsx(book);
    const recalculated = openXlsx(await recalculateWithLibreOffice(book));
    const figures = async (workbook: ReturnType<typeof openXlsx>, sheet: string, columns: string[]) =>
      tableRows((await workbook.readSheet(sheet)).rows, 'Kandidat-ID', 'I alt').map((row) => [
        row['Kandidat-ID'],
        ...columns.map((column) => (column === 'Årsag' ? row[column] : money(row[column]))),
      ]);
    const invoiceColumns = ['Betalingsberettigede uger før', 'Beløb før loft', 'Beløb', 'Årsag'];
    expect(await figures(recalculated, 'Faktura 2020-W53', invoiceColumns)).toEqual(
      await figures(written, 'Faktura 2020-W53', invoiceColumns),
    );
    for (const sheet of ['Korrektion 2020-W51', 'Korrektion 2020-W52']) {
      const columns = ['Beløb', 'Årsag', 'Tidligere faktureret', 'Forskel'];
      expect(await figures(recalculated, sheet, columns)).toEqual(await figures(written, sheet, columns));
    }
    const ledger = async (workbook: ReturnType<typeof openXlsx>) =>
      (await workbook.readSheet('Afregningslog')).rows.slice(1).map((row) => row?.slice(5, 8).map(money));
    expect(await ledger(recalculated)).toEqual(await ledger(written));
    const before = (await recalculated.readSheet('Faktura 2020-W53')).rows;
    expect(labelled(before, 'Faktureret før denne uge (afregningslog)')).toBe(9876.55);
  });

  test('the explain view finds a Danish invoice line', async () => {
    const explanation = await runExplain(openXlsx(book), "'Faktura 2020-W53'!G17", undefined);
    expect('line' in explanation && [explanation.source.kind, explanation.line.candidateId, formatAmount(explanation.line.amount)]).toEqual(
      ['invoice', 'K-01', '1234.57'],
    );
  });
});

describe('a workbook switched from English to Danish', () => {
  let book: Uint8Array;
  const results: Record<string, InvoiceJobResult> = {};
  const more = { SIB_Language: null };

  beforeAll(async () => {
    book = createXlsx(invoiceTestWorkbook(more));
    for (const label of ['2020-W51', '2020-W52']) ({ result: results[label], book } = await build(book, label));
    book = setCellsXlsx(book, [{ address: termCell('SIB_Language', more), cell: { value: 'da' } }]);
    ({ result: results.again, book } = await build(book, '2020-W52'));
    ({ result: results['2020-W53'], book } = await build(book, '2020-W53'));
    book = setCellsXlsx(book, LATE_NEWS);
    for (const label of ['2020-W51', '2020-W52']) ({ result: results[`late ${label}`], book } = await build(book, label));
  });

  test('the English sheets stay, the ledger keeps its name and language, new sheets are Danish', async () => {
    expect(await openXlsx(book).sheetNames()).toEqual([
      'Contract',
      "Kandidater (Bo's)",
      'Invoice 2020-W51',
      'Settlement ledger',
      'Invoice 2020-W52',
      'Faktura 2020-W53',
      'Korrektion 2020-W51',
      'Korrektion 2020-W52',
    ]);
    const ledger = (await openXlsx(book).readSheet('Settlement ledger')).rows;
    expect(ledger.slice(1).map((row) => [row?.[2], row?.[3]])).toEqual([
      ['opening', null],
      ['invoice', 'Invoice 2020-W51'],
      ['invoice', 'Invoice 2020-W52'],
      ['invoice', 'Faktura 2020-W53'],
      ['correction', 'Korrektion 2020-W51'],
      ['correction', 'Korrektion 2020-W52'],
    ]);
  });

  test('an English invoice built again with unchanged data is unchanged, in Danish as in English', () => {
    expect(results.again).toMatchObject({ kind: 'unchanged', sheets: ['Invoice 2020-W52'] });
  });

  test('a Danish correction finds what the English invoice issued, and its header sums the English ledger', async () => {
    const rows = (await openXlsx(book).readSheet('Korrektion 2020-W52')).rows;
    const lines = tableRows(rows, 'Kandidat-ID', 'I alt').map((row) => [
      row['Kandidat-ID'],
      money(row['Tidligere faktureret']),
      money(row.Forskel),
    ]);
    // Under the contract's cap the correction lists the whole week; the lines it does not change show 0.
    expect(lines.filter(([id, , difference]) => id === 'I alt' || difference !== '0.00')).toEqual([
      ['K-01', '1234.57', '-1234.57'],
      ['K-06', '0.00', '1234.57'],
      ['I alt', '4938.28', '0.00'],
    ]);
    const recalculated = openXlsx(await recalculateWithLibreOffice(book));
    const recomputed = (await recalculated.readSheet('Korrektion 2020-W52')).rows;
    expect(tableRows(recomputed, 'Kandidat-ID', 'I alt').map((row) => money(row['Tidligere faktureret']))).toEqual(
      lines.map(([, previous]) => previous),
    );
    // Built before the corrections, W53's header counted W51 and W52 as invoiced; recomputed, the English
    // ledger's rows for their corrections (617.28 and 0.00) count as well.
    expect(results['2020-W53'].kind === 'invoice' && formatAmount(results['2020-W53'].invoice.cumulativeBefore)).toBe('9259.27');
    const invoiced = labelled((await recalculated.readSheet('Faktura 2020-W53')).rows, 'Faktureret før denne uge (afregningslog)');
    expect(invoiced).toBe(9876.55);
  });

  test('an English sheet the ledger does not record still stops a Danish build of its week', async () => {
    const stray = writeXlsx(book, { addSheets: [{ name: 'Invoice 2021-W01', rows: [[{ value: 'made by hand' }]] }] });
    expect(await runInvoice(openXlsx(stray), { week: week('2021-W01'), builtAt: built })).toMatchObject({
      kind: 'refused',
      refusal: { refused: 'sheet-without-ledger', sheet: 'Invoice 2021-W01' },
    });
  });

  test('the candidate sheet is still found among sheets of both languages', async () => {
    expect((await runCheck(openXlsx(book))).sheet?.layout.sheet).toBe("Kandidater (Bo's)");
  });
});

describe('SIB_Language itself', () => {
  test.each<[CellValue, string]>([
    ['da', 'da'],
    [' DA ', 'da'],
    ['da-DK', 'da'],
    ['Dansk', 'da'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['English', 'en'],
    [null, 'en'],
  ])('%j is %s', async (value, language) => {
    expect((await runCheck(openXlsx(createXlsx(invoiceTestWorkbook({ SIB_Language: value }))))).contract.language).toBe(language);
  });

  test('anything else is an error at its cell that stops the invoice, naming what to enter', async () => {
    const book = createXlsx(invoiceTestWorkbook({ SIB_Language: 'fr' }));
    const check = await runCheck(openXlsx(book));
    const terms = check.findings.filter((finding) => finding.code.startsWith('terms.'));
    expect(terms.map((finding) => `${finding.severity} ${finding.address} ${finding.code}`)).toEqual(['error Contract!B9 terms.language']);
    expect(showFinding(terms[0], 'da')).toMatchObject({
      message: "Kontraktvilkåret SIB_Language indeholder 'fr', som ikke er et sprog, projektmappen skrives på",
      action: 'Indtast da for dansk eller en for engelsk i cellen, som SIB_Language peger på (Contract!$B$9), eller ryd den for engelsk',
    });
    const result = await runInvoice(openXlsx(book), { week: week('2020-W51'), builtAt: built });
    expect(result.kind === 'refused' && result.refusal.refused).toBe('blocking-findings');
  });
});
