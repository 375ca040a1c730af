/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatAmount } from '../../../src/engine/money';
import { formatDay } from '../../../src/engine/weeks';
import { readContractTerms } from '../../../src/sheet/contractTerms';
import { SheetSpec } from '../../../src/workbook/types';
import { renderWithHost, testHost } from '../../testing/renderPane';
import { CLEAN_ROWS, workbookWith } from '../../testing/workbooks';
import { ContractView } from './ContractView';

const candidatesOnly: SheetSpec = {
  name: 'Candidates',
  rows: CLEAN_ROWS.map((row) => row.map((value) => (value === null ? null : { value }))),
};

/** A field's accessible description: its validation message, then its hint (the name and cell). */
const startsWith = (text: string) => (description: string) => description.startsWith(text);

/** Saving ends with the workbook read again; the test waits for that too, so no update lands after it. */
async function expectSaved(saved: string): Promise<void> {
  expect(await screen.findByText(saved)).toBeTruthy();
  await waitFor(() =>
    expect((screen.getByRole('button', { name: /^(Save changes|Gem ændringer)$/ }) as HTMLButtonElement).disabled).toBe(true),
  );
}

describe('ContractView', () => {
  test('shows every term with its name and cell; saving writes only the cells changed', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    const setCells = jest.spyOn(host, 'setCells');
    renderWithHost(<ContractView />, host);
    const rate = (await screen.findByRole('textbox', { name: 'Weekly rate, wholly self-supporting' })) as HTMLInputElement;
    await waitFor(() => expect(rate.value).toBe('1000'));
    expect(screen.getByText('SIB_WeeklyRate · Contract!C7')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save changes' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.clear(rate);
    await userEvent.type(rate, '1,250.50');
    expect(
      screen.getByRole('textbox', { name: 'Weekly rate, wholly self-supporting', description: startsWith('Will be saved as 1,250.50') }),
    ).toBe(rate);
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await expectSaved('Saved.');
    expect(setCells).toHaveBeenCalledWith([{ address: 'Contract!C7', cell: { value: 1250.5, format: 'amount' } }]);
    const terms = await readContractTerms(await host.workbook());
    expect(formatAmount(terms.terms!.weeklyRate)).toBe('1250.50');
  });

  test('a value that is not an amount is refused before anything is written', async () => {
    renderWithHost(<ContractView />, testHost(workbookWith(CLEAN_ROWS)));
    const cap = (await screen.findByRole('textbox', { name: 'Contract payment cap' })) as HTMLInputElement;
    await userEvent.type(cap, 'a lot');
    expect(screen.getByText('An amount, for example 3300 or 1,650.50')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save changes' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('a workbook without terms gets a Contract sheet with the names, and the check finds them', async () => {
    const host = testHost({ addSheets: [candidatesOnly] }, 'da');
    renderWithHost(<ContractView />, host);
    expect(await screen.findByText('Projektmappen har endnu ingen kontraktvilkår')).toBeTruthy();
    expect(screen.getByRole('button', { name: /SIB_WeeklyRate/ })).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: 'Ugetakst, helt selvforsørgende' }), '3.300,50');
    await userEvent.type(screen.getByLabelText('Kontraktstart'), '2021-01-04');
    await userEvent.click(screen.getByRole('button', { name: 'Opret kontraktarket' }));
    await expectSaved('Gemt.');
    const workbook = await host.workbook();
    expect(await workbook.sheetNames()).toEqual(['Candidates', 'Contract']);
    const terms = await readContractTerms(workbook);
    expect(terms.findings).toEqual([]);
    expect(formatAmount(terms.terms!.weeklyRate)).toBe('3300.50');
    expect(formatDay(terms.terms!.contractStart!)).toBe('2021-01-04');
    expect(terms.sources.paymentCap?.address).toBe('Contract!C12');
  });

  test('SIB_Language da, typed on a new workbook, gives it a Danish contract sheet, Kontrakt', async () => {
    const host = testHost({ addSheets: [candidatesOnly] });
    renderWithHost(<ContractView />, host);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Weekly rate, wholly self-supporting' }), '3300');
    await userEvent.type(screen.getByRole('textbox', { name: /^Language of the sheets/ }), 'da');
    await userEvent.click(screen.getByRole('button', { name: 'Create the Contract sheet' }));
    await expectSaved('Saved.');
    const workbook = await host.workbook();
    expect(await workbook.sheetNames()).toEqual(['Candidates', 'Kontrakt']);
    expect((await workbook.readSheet('Kontrakt')).rows[1]).toEqual(['Navn', 'Vilkår', 'Værdi']);
    const terms = await readContractTerms(workbook);
    expect([terms.findings, terms.language, terms.sources.weeklyRate?.address]).toEqual([[], 'da', 'Kontrakt!C7']);
  });

  test.each([
    ['en', 'Weekly rate, wholly self-supporting', '3300,50', 'A comma alone is ambiguous'],
    ['en', 'Weekly rate, wholly self-supporting', '1.650,50', 'An amount, for example 3300 or 1,650.50'],
    ['en', 'Invested by the investor', '-5', 'Cannot be negative'],
    ['da', 'Ugetakst, helt selvforsørgende', '1650.50', 'Et punktum alene er tvetydigt'],
    ['da', 'Ugetakst, delvis selvforsørgende', '-1.650,50', 'Kan ikke være negativ'],
    ['da', 'Maks. betalingsberettigede uger pr. kandidat', '-52', 'Kan ikke være negativ'],
  ] as const)('%s pane: %s “%s” is refused at entry, nothing saved', async (language, label, typed, message) => {
    const host = testHost(workbookWith(CLEAN_ROWS), language);
    const setCells = jest.spyOn(host, 'setCells');
    renderWithHost(<ContractView />, host);
    const input = await screen.findByRole('textbox', { name: label });
    await waitFor(() => expect((input as HTMLInputElement).value).not.toBe(''));
    await userEvent.clear(input);
    await userEvent.type(input, typed);
    expect(screen.getByRole('textbox', { name: label, description: startsWith(message) })).toBe(input);
    const save = screen.getByRole('button', { name: language === 'da' ? 'Gem ændringer' : 'Save changes' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await userEvent.type(input, '{Enter}');
    expect(setCells).not.toHaveBeenCalled();
  });

  test('the Danish pane shows what will be stored before saving, and stores exactly that', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS), 'da');
    renderWithHost(<ContractView />, host);
    const rate = await screen.findByRole('textbox', { name: 'Ugetakst, helt selvforsørgende' });
    await waitFor(() => expect((rate as HTMLInputElement).value).toBe('1000'));
    await userEvent.clear(rate);
    await userEvent.type(rate, '1.650,5');
    expect(screen.getByRole('textbox', { name: 'Ugetakst, helt selvforsørgende', description: startsWith('Gemmes som 1.650,50') })).toBe(
      rate,
    );
    const target = screen.getByRole('textbox', { name: 'Succesmål, andel af kandidaterne selvforsørgende' });
    await userEvent.type(target, '37,5 %');
    expect(screen.getByRole('textbox', { name: /^Succesmål/, description: startsWith('Gemmes som 37,5\u00a0%') })).toBe(target);
    await userEvent.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    await expectSaved('Gemt.');
    const terms = await readContractTerms(await host.workbook());
    expect(formatAmount(terms.terms!.weeklyRate)).toBe('1650.50');
    expect(terms.terms!.successTarget).toBe(0.375);
  });

  test('a term whose name is not one cell is shown with its reference and its finding, and is not edited here', async () => {
    const { addSheets, addNames } = workbookWith(CLEAN_ROWS);
    const names = addNames!.map((name) => (name.name === 'SIB_WeeklyRate' ? { ...name, formula: 'Contract!$C$7:$C$8' } : name));
    renderWithHost(<ContractView />, testHost({ addSheets, addNames: names }));
    expect(
      await screen.findByText('The contract term SIB_WeeklyRate refers to Contract!$C$7:$C$8, which is more than one cell'),
    ).toBeTruthy();
    const rate = screen.getByRole('textbox', {
      name: 'Weekly rate, wholly self-supporting',
      description: 'SIB_WeeklyRate · Contract!$C$7:$C$8',
    });
    expect((rate as HTMLInputElement).readOnly).toBe(true);
  });

  test('terms missing from an existing Contract sheet are added below it', async () => {
    const { addSheets, addNames } = workbookWith(CLEAN_ROWS, { weeklyRate: 1000 });
    const host = testHost({ addSheets, addNames: addNames!.filter((name) => name.name === 'SIB_WeeklyRate') });
    renderWithHost(<ContractView />, host);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Invested by the investor' }), '2500');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await expectSaved('Saved.');
    const terms = await readContractTerms(await host.workbook());
    expect(terms.sources.invested).toEqual({ name: 'SIB_Invested', reference: 'Contract!$C$25', value: 2500, address: 'Contract!C25' });
  });
});

describe('ContractView: the e-invoice terms', () => {
  test('are edited like the others, and a mistyped CVR number shows as a finding at its cell', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS, { weeklyRate: 1000, investorCvr: '30000006' }));
    renderWithHost(<ContractView />, host);
    expect(await screen.findByText(/SIB_InvestorCVR holds '30000006', which is not a CVR number/)).toBeTruthy();
    const field = await screen.findByRole('textbox', { name: 'E-invoice: investor’s CVR number (seller)' });
    await userEvent.clear(field);
    await userEvent.type(field, '30000005');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await expectSaved('Saved.');
    const terms = await readContractTerms(await host.workbook());
    expect(terms.sources.investorCvr?.value).toBe('30000005');
    expect(terms.findings).toEqual([]);
  });
});
