import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import { CellValue, quoteSheetName } from '../../src/engine/cells';
import { formatAmount } from '../../src/engine/money';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { readContractTerms } from '../../src/sheet/contractTerms';
import { showFinding } from '../../src/sheet/findings';
import { CellSpec, DefinedNameSpec } from '../../src/workbook/types';
import { addScopedNames, scopeNames } from './scopedNames';

const CANDIDATES: CellValue[][] = [
  ['Candidate ID', '2021-W01', '2021-W02'],
  ['K-1', 'S', 'S'],
];

/** A real .xlsx: a contract sheet (A: name, B: value) with its names, and a candidate sheet. */
function book(
  terms: readonly [string, CellSpec][],
  options: { sheet?: string; names?: DefinedNameSpec[]; candidates?: CellValue[][] } = {},
): Uint8Array {
  const sheet = options.sheet ?? 'Contract';
  return createXlsx({
    addSheets: [
      { name: sheet, rows: [[{ value: 'Name' }, { value: 'Value' }], ...terms.map(([name, cell]) => [{ value: name }, cell])] },
      { name: 'Candidates', rows: (options.candidates ?? CANDIDATES).map((row) => row.map((value) => ({ value }))) },
    ],
    addNames: options.names ?? terms.map(([name], index) => ({ name, formula: `${quoteSheetName(sheet)}!$B$${index + 2}` })),
  });
}

async function read(bytes: Uint8Array) {
  return readContractTerms(openXlsx(bytes));
}

async function shown(bytes: Uint8Array, language: 'en' | 'da' = 'en') {
  return (await read(bytes)).findings.map((finding) => showFinding(finding, language));
}

const RATE: [string, CellSpec] = ['SIB_WeeklyRate', { value: 1000 }];

describe('names scoped to a sheet', () => {
  test('are read, and formulas on other sheets reach them by the sheet-qualified name', async () => {
    const bytes = scopeNames(book([RATE, ['SIB_MaxWeeks', { value: 52 }]], { sheet: "Bo's terms" }), {
      SIB_WeeklyRate: 0,
      SIB_MaxWeeks: 0,
    });
    const contract = await read(bytes);
    expect(contract.findings).toEqual([]);
    expect(formatAmount(contract.terms!.weeklyRate)).toBe('1000.00');
    expect(contract.terms!.maxWeeks).toBe(52);
    expect([...contract.defined]).toEqual([
      ['weeklyRate', "'Bo''s terms'!SIB_WeeklyRate"],
      ['maxWeeks', "'Bo''s terms'!SIB_MaxWeeks"],
    ]);
    expect(contract.sources.weeklyRate).toMatchObject({ scope: "Bo's terms", address: "'Bo''s terms'!B2" });
  });

  test('a name for the whole workbook wins over one scoped to a sheet, as it does on a new sheet in Excel', async () => {
    const bytes = addScopedNames(book([RATE, ['Other', { value: 2000 }]]), [
      { name: 'SIB_WeeklyRate', sheet: 1, formula: 'Contract!$B$3' },
    ]);
    const contract = await read(bytes);
    expect(formatAmount(contract.terms!.weeklyRate)).toBe('1000.00');
    expect(contract.defined.get('weeklyRate')).toBe('SIB_WeeklyRate');
  });

  test('defined for two sheets and never for the workbook: refused, naming each', async () => {
    const bytes = addScopedNames(book([['Other', { value: 2000 }]], { names: [] }), [
      { name: 'SIB_WeeklyRate', sheet: 0, formula: 'Contract!$B$2' },
      { name: 'SIB_WeeklyRate', sheet: 1, formula: 'Contract!$B$2' },
    ]);
    const [finding] = await shown(bytes);
    expect(finding).toEqual({
      severity: 'error',
      address: 'SIB_WeeklyRate',
      code: 'terms.ambiguousScope',
      message:
        'The contract term SIB_WeeklyRate is defined for single sheets only (Contract!SIB_WeeklyRate, Candidates!SIB_WeeklyRate), so no one of them is the term',
      action: 'Keep one SIB_WeeklyRate, for the whole workbook or for one sheet, and delete the others (Formulas → Name Manager)',
    });
  });
});

describe('a term that is not one cell with a value is a finding that names it and its reference', () => {
  test.each(['Contract!$B$2:$B$3', 'Contract!$B$2,Contract!$B$3', 'Contract!$B:$B', 'Contract!2:3'])(
    '%s: more than one cell',
    async (formula) => {
      const bytes = book([RATE, ['Spare', { value: 5 }]], { names: [{ name: 'SIB_WeeklyRate', formula }] });
      const contract = await read(bytes);
      expect(contract.terms).toBeUndefined();
      expect(contract.findings.map((finding) => showFinding(finding))).toEqual([
        {
          severity: 'error',
          address: 'SIB_WeeklyRate',
          code: 'terms.notOneCell',
          message: `The contract term SIB_WeeklyRate refers to ${formula}, which is more than one cell`,
          action: 'Point SIB_WeeklyRate at the one cell that holds the term (Formulas → Name Manager)',
        },
      ]);
    },
  );

  test.each(['#REF!', 'Gone!$B$2', 'Contract!$B$2*2'])('%s: neither a cell nor a value, reported at the name', async (formula) => {
    const bytes = book([RATE], { names: [{ name: 'SIB_WeeklyRate', formula }] });
    expect((await shown(bytes)).map(({ address, code, message }) => [address, code, message])).toEqual([
      ['SIB_WeeklyRate', 'terms.unresolved', `The contract term SIB_WeeklyRate refers to ${formula}, which is neither a cell nor a value`],
    ]);
  });

  test('an error value, in any kind of term, is named as the error, at its cell', async () => {
    const bytes = book([RATE, ['SIB_PaymentCap', { value: { error: '#DIV/0!' } }], ['SIB_Currency', { value: { error: '#N/A' } }]]);
    expect(await shown(bytes)).toEqual([
      {
        severity: 'error',
        address: 'Contract!B3',
        code: 'terms.errorValue',
        message: 'The contract term SIB_PaymentCap holds the error #DIV/0!',
        action: 'Fix the formula or value in the cell SIB_PaymentCap points at (Contract!$B$3)',
      },
      {
        severity: 'error',
        address: 'Contract!B4',
        code: 'terms.errorValue',
        message: 'The contract term SIB_Currency holds the error #N/A',
        action: 'Fix the formula or value in the cell SIB_Currency points at (Contract!$B$4)',
      },
    ]);
    expect((await shown(bytes, 'da'))[1].message).toBe('Kontraktvilkåret SIB_Currency indeholder fejlen #N/A');
  });

  test('a formula whose value the file does not store is not "not defined"', async () => {
    const bytes = book([['SIB_WeeklyRate', { formula: '500*2' }]]);
    expect(await shown(bytes)).toEqual([
      {
        severity: 'error',
        address: 'Contract!B2',
        code: 'terms.noCachedValue',
        message: 'The contract term SIB_WeeklyRate is a formula whose value the file does not store',
        action: 'Open the workbook in Excel and save it, so the value is stored, or type the value into Contract!$B$2',
      },
    ]);
  });

  test('a formula with its value stored is read like any value', async () => {
    const contract = await read(book([['SIB_WeeklyRate', { formula: '500*2', value: 1000 }]]));
    expect(contract.findings).toEqual([]);
    expect(formatAmount(contract.terms!.weeklyRate)).toBe('1000.00');
  });

  test('a workbook without the weekly rate, or any Contract sheet, is told so at the name, not at a cell that does not exist', async () => {
    const bytes = createXlsx({ addSheets: [{ name: 'Candidates', rows: CANDIDATES.map((row) => row.map((value) => ({ value }))) }] });
    expect((await shown(bytes)).map(({ address, code, message }) => [address, code, message])).toEqual([
      ['SIB_WeeklyRate', 'terms.missing', 'The contract term SIB_WeeklyRate is not defined'],
    ]);
  });

  test('values of the wrong kind are named with what was found, in both languages', async () => {
    const bytes = book([
      ['SIB_WeeklyRate', { value: -5 }],
      ['SIB_MaxWeeks', { value: 2.5 }],
      ['SIB_ContractStart', { value: 'soon' }],
      ['SIB_SuccessTarget', { value: 50 }],
      ['SIB_Invested', { value: true }],
    ]);
    expect((await shown(bytes)).map(({ address, message }) => `${address}: ${message}`)).toEqual([
      "Contract!B2: The contract term SIB_WeeklyRate holds '-5', which is not an amount of 0 or more",
      "Contract!B3: The contract term SIB_MaxWeeks holds '2.5', which is not a whole number of weeks, 1 or more",
      "Contract!B4: The contract term SIB_ContractStart holds 'soon', which is not a date",
      "Contract!B6: The contract term SIB_Invested holds 'TRUE', which is not an amount of 0 or more",
      "Contract!B5: The contract term SIB_SuccessTarget holds '50', which is not a share between 0 % and 100 %",
    ]);
    expect((await shown(bytes, 'da'))[4].action).toBe(
      'Indtast en procent som 50 % (tallet 0,5) i cellen, som SIB_SuccessTarget peger på (Contract!$B$5)',
    );
  });

  test('the success target is a share, 50 % when the contract does not say', async () => {
    expect((await read(book([RATE, ['SIB_SuccessTarget', { value: 0.6 }]]))).terms!.successTarget).toBe(0.6);
    expect((await read(book([RATE]))).terms!.successTarget).toBeUndefined();
  });

  test('all of this is decided before anything is written: no invoice is built', async () => {
    const bytes = book([RATE, ['SIB_PaymentCap', { value: 5000 }]], {
      names: [
        { name: 'SIB_WeeklyRate', formula: 'Contract!$B$2' },
        { name: 'SIB_PaymentCap', formula: 'Contract!$B$2:$B$3' },
      ],
    });
    const result = await runInvoice(openXlsx(bytes), { week: parseWeekLabel('2021-W01') as IsoWeek });
    expect(result.kind).toBe('refused');
    expect('changes' in result).toBe(false);
    expect(
      result.kind === 'refused' && result.refusal.refused === 'blocking-findings' && result.refusal.findings.map((f) => f.code),
    ).toEqual(['terms.notOneCell']);
  });
});
