import { formatAmount } from '../../src/engine/money';
import { formatDay } from '../../src/engine/weeks';
import { addedTermRows, CONTRACT_TERMS, newContractSheet } from '../../src/sheet/contractSheet';
import { readContractTerms, TERM_NAMES, TermKey } from '../../src/sheet/contractTerms';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { serial } from './fixtures';

describe('the Contract sheet the task pane creates (docs/rules.md §6)', () => {
  test('every term on its own row, a defined name pointing at its value, read back by the contract reader', async () => {
    const keys = CONTRACT_TERMS.map((term) => term.key);
    const changes = newContractSheet(keys, { weeklyRate: 3300, maxWeeks: 52, contractStart: serial('2018-01-01'), currency: 'DKK' }, 'en');
    expect(changes.addSheets.map((sheet) => sheet.name)).toEqual(['Contract']);
    expect(changes.addNames!.map((name) => `${name.name}=${name.formula}`)).toContain('SIB_WeeklyRate=Contract!$C$7');
    expect(changes.addNames).toHaveLength(CONTRACT_TERMS.length);
    const contract = await readContractTerms(MemoryWorkbook.fromChanges(changes));
    expect(contract.findings).toEqual([]);
    expect(formatAmount(contract.terms!.weeklyRate)).toBe('3300.00');
    expect(contract.terms!.maxWeeks).toBe(52);
    expect(formatDay(contract.terms!.contractStart!)).toBe('2018-01-01');
    expect(contract.sources.paymentCap).toEqual({
      name: 'SIB_PaymentCap',
      reference: 'Contract!$C$12',
      value: null,
      address: 'Contract!C12',
    });
    expect(contract.terms!.successTarget).toBeUndefined();
  });

  test('a blank weekly rate is reported as missing, at its cell', async () => {
    const contract = await readContractTerms(MemoryWorkbook.fromChanges(newContractSheet(['weeklyRate'], {}, 'en')));
    expect(contract.findings.map((finding) => `${finding.code} ${finding.address}`)).toEqual(['terms.missing Contract!C3']);
  });

  test('missing terms go right below what an existing Contract sheet holds, with names for them', () => {
    const grid = {
      name: 'Contract',
      rows: [['Contract terms'], ['Name', 'Term', 'Value'], ['SIB_WeeklyRate', 'Weekly rate', 1000], [], []],
    };
    const keys: TermKey[] = ['invested', 'paymentCap'];
    const { edits, names } = addedTermRows(grid, keys, { invested: 4_000_000 }, 'en');
    expect(edits.map((edit) => `${edit.address}=${edit.cell.value}`)).toEqual([
      'Contract!A4=SIB_PaymentCap',
      'Contract!B4=Contract payment cap',
      'Contract!C4=null',
      'Contract!A5=SIB_Invested',
      'Contract!B5=Invested by the investor',
      'Contract!C5=4000000',
    ]);
    expect(names).toEqual([
      { name: TERM_NAMES.paymentCap, formula: 'Contract!$C$4' },
      { name: TERM_NAMES.invested, formula: 'Contract!$C$5' },
    ]);
  });

  test('in Danish: the sheet Kontrakt, its labels in Danish, the names the same, read back alike', async () => {
    const changes = newContractSheet(['weeklyRate', 'language'], { weeklyRate: 3300, language: 'da' }, 'da');
    const [sheet] = changes.addSheets;
    expect(sheet.name).toBe('Kontrakt');
    expect(sheet.rows.map((row) => row?.map((cell) => cell?.value ?? null))).toEqual([
      ['Kontraktvilkår — inddata. Formlerne henviser til disse celler ved deres navne.'],
      ['Navn', 'Vilkår', 'Værdi'],
      ['SIB_WeeklyRate', 'Ugetakst, helt selvforsørgende', 3300],
      ['SIB_Language', 'Sproget i de ark, tilføjelsesprogrammet skriver: da eller en (tom: en)', 'da'],
    ]);
    expect(changes.addNames).toEqual([
      { name: 'SIB_WeeklyRate', formula: 'Kontrakt!$C$3' },
      { name: 'SIB_Language', formula: 'Kontrakt!$C$4' },
    ]);
    const contract = await readContractTerms(MemoryWorkbook.fromChanges(changes));
    expect([contract.findings, contract.language, formatAmount(contract.terms!.weeklyRate)]).toEqual([[], 'da', '3300.00']);

    const { edits } = addedTermRows(
      { name: 'Kontrakt', rows: sheet.rows.map((row) => row!.map((cell) => cell?.value ?? null)) },
      ['invested'],
      {},
      'da',
    );
    expect(edits.map((edit) => `${edit.address}=${edit.cell.value}`)).toEqual([
      'Kontrakt!A5=SIB_Invested',
      'Kontrakt!B5=Investeret af investor',
      'Kontrakt!C5=null',
    ]);
  });
});
