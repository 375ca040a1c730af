/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IsoWeek, parseWeekLabel } from '../../../src/engine/weeks';
import { runInvoice } from '../../../src/jobs/invoiceJob';
import { renderWithHost, testHost } from '../../testing/renderPane';
import { CLEAN_ROWS, workbookWith } from '../../testing/workbooks';
import { ExplainView } from './ExplainView';

async function invoicedHost(week: string) {
  const host = testHost(workbookWith(CLEAN_ROWS));
  const result = await runInvoice(await host.workbook(), { week: parseWeekLabel(week) as IsoWeek, builtAt: new Date(2021, 1, 1) });
  if (result.kind !== 'invoice') throw new Error(result.kind);
  await host.apply(result.changes);
  return host;
}

const steps = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('ExplainView', () => {
  test('a picked invoice line is explained step by step, as the invoice settles it', async () => {
    renderWithHost(<ExplainView />, await invoicedHost('2021-W03'));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Invoice sheet' }),
      await screen.findByRole('option', { name: 'Invoice 2021-W03' }),
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Line' }), await screen.findByRole('option', { name: 'K-2' }));
    expect(await screen.findByRole('heading', { name: "How 'Invoice 2021-W03'!G17 comes about" })).toBeTruthy();
    expect(steps()).toEqual([
      'A line of Invoice 2021-W03; its amount is a live formula over the candidate sheet and the contract terms.',
      'Candidate K-2, week 2021-W03 (2021-01-18 to 2021-01-24): the status is 0.5, in Candidates!E3',
      'That means partly self-supporting by degree: 50% of the weekly rate.',
      'The rate is DKK 1,000 (SIB_WeeklyRate).',
      'The week pays 1,000 × 0.5 = 500, rounded to øre (half away from zero): DKK 500.00.',
      'Enrolment 2021-01-04 – …: the week is within it.',
      'Contract period 2021-01-04 – …: the week is within it.',
      'Payable weeks before this week: 1 of at most 3.',
      'Amount: DKK 500.00.',
      "The invoice sheet issued DKK 500.00, the same. 'Invoice 2021-W03'!I17",
    ]);
  });

  test('the cell the pane went to last is the selected cell; a status cell explains its week', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    renderWithHost(<ExplainView />, host);
    const useSelection = screen.getByRole('button', { name: 'Explain the selected cell' }) as HTMLButtonElement;
    expect(useSelection.disabled).toBe(true);
    await act(() => host.select('Candidates!F2'));
    await userEvent.click(useSelection);
    expect(await screen.findByRole('heading', { name: 'How Candidates!F2 comes about' })).toBeTruthy();
    expect(steps()).toContain('Payable weeks before this week: 2 of at most 3.');
    expect(steps()).toContain('Amount: DKK 1,000.00.');
  });

  test('a typed address of a cell with a SIB formula explains the status cell it refers to', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    await host.apply({
      addSheets: [{ name: 'Notes', rows: [[{ formula: 'SIB.RESULTPAYMENT(Candidates!D3,SIB_WeeklyRate,SIB_PartialRate)', value: 500 }]] }],
    });
    renderWithHost(<ExplainView />, host);
    await userEvent.type(screen.getByRole('textbox', { name: 'Cell address' }), 'Notes!A1{Enter}');
    expect(await screen.findByRole('heading', { name: 'How Notes!A1 comes about' })).toBeTruthy();
    expect(steps()[0]).toBe('=SIB.RESULTPAYMENT(Candidates!D3,SIB_WeeklyRate,SIB_PartialRate) — RESULTPAYMENT of one status cell.');
    expect(steps()).toContain('That means partly self-supporting: the week is paid at the partial rate.');
  });

  test('a term on the Contract sheet is not an amount: it says so, and reports no false error about the sheet', async () => {
    renderWithHost(<ExplainView />, testHost(workbookWith(CLEAN_ROWS)));
    await userEvent.type(screen.getByRole('textbox', { name: 'Cell address' }), 'Contract!C7');
    await userEvent.click(screen.getByRole('button', { name: 'Explain' }));
    expect(await screen.findByText('Contract!C7 cannot be explained')).toBeTruthy();
    expect(screen.getByText('It is not an invoice line, a SIB formula of a status cell, or a status on the candidate sheet.')).toBeTruthy();
    expect(screen.queryByText(/no candidate id column/)).toBeNull();
    expect(screen.queryByRole('region', { name: /Errors/ })).toBeNull();
  });
});
