/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IsoWeek, parseWeekLabel } from '../../../src/engine/weeks';
import { runInvoice } from '../../../src/jobs/invoiceJob';
import { renderWithHost, testHost } from '../../testing/renderPane';
import { CLEAN_ROWS, TERMS, workbookWith } from '../../testing/workbooks';
import { InvestorView } from './InvestorView';

const figure = (label: string | RegExp) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('InvestorView', () => {
  test('without a ledger, the figures come from the weekly invoices the sheet gives', async () => {
    renderWithHost(<InvestorView />, testHost(workbookWith(CLEAN_ROWS)));
    expect(
      await screen.findByText('No ledger yet: repayments are the weekly invoices the candidate sheet gives, up to 2021-W04.'),
    ).toBeTruthy();
    expect(figure('Invested (2021-01-04)')).toBe('DKK 2,500.00');
    expect(figure('Repaid')).toBe('DKK 4,000.00');
    expect(figure('Net return')).toBe('DKK 1,500.00');
    expect(figure('Money multiple')).toBe('1.6000×');
    expect(figure('IRR (as XIRR)')).toMatch(/%$/);
    expect(figure('Success rate')).toBe('100.0% (2 of 2)target 50% met');
    const chart = screen.getByRole('img', { name: 'Cumulative repayments against the amount invested' });
    expect(chart.querySelector('desc')?.textContent).toBe(
      'Repaid DKK 4,000.00 by 2021-01-31. Invested DKK 2,500.00. Break-even on 2021-01-17.',
    );
  });

  test('with a ledger, the figures are what it records', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    const result = await runInvoice(await host.workbook(), { week: parseWeekLabel('2021-W01') as IsoWeek, builtAt: new Date(2021, 1, 1) });
    if (result.kind !== 'invoice') throw new Error(result.kind);
    await host.apply(result.changes);
    renderWithHost(<InvestorView />, host);
    expect(await screen.findByText('From the settlement ledger, up to 2021-W01.')).toBeTruthy();
    expect(figure('Repaid')).toBe('DKK 1,000.00');
    expect(figure('Net return')).toBe('DKK -1,500.00');
    expect(screen.getByRole('img').querySelector('desc')?.textContent).toContain('Break-even is not reached yet.');
  });

  test('a first invoice changes no figure: the weeks before it keep their dates', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    const figures = () => [...document.querySelectorAll('dd')].map((each) => each.textContent);
    const view = renderWithHost(<InvestorView />, host);
    await screen.findByText(/^No ledger yet/);
    const before = [...figures(), screen.getByRole('img').querySelector('desc')?.textContent];
    view.unmount();
    const result = await runInvoice(await host.workbook(), { week: parseWeekLabel('2021-W04') as IsoWeek, builtAt: new Date(2021, 1, 1) });
    if (result.kind !== 'invoice') throw new Error(result.kind);
    await host.apply(result.changes);
    renderWithHost(<InvestorView />, host);
    expect(await screen.findByText('From the settlement ledger, up to 2021-W04.')).toBeTruthy();
    expect([...figures(), screen.getByRole('img').querySelector('desc')?.textContent]).toEqual(before);
  });

  test('the success target is the contract’s SIB_SuccessTarget', async () => {
    renderWithHost(<InvestorView />, testHost(workbookWith([...CLEAN_ROWS, ['K-3', null]], { ...TERMS, successTarget: 0.8 })));
    expect(await screen.findByText('below the 80% target')).toBeTruthy();
    expect(figure('Success rate')).toBe('66.7% (2 of 3)below the 80% target');
  });

  test('in a browser there is no native chart to insert; in Danish the figures are Danish', async () => {
    renderWithHost(<InvestorView />, testHost(workbookWith(CLEAN_ROWS), 'da'));
    expect(await screen.findByText('Tilbagebetalt')).toBeTruthy();
    expect(figure('Tilbagebetalt')).toBe('4.000,00 DKK');
    expect(screen.queryByRole('button', { name: 'Indsæt som Excel-diagram' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Beregn igen' }));
    expect(await screen.findByText('Tilbagebetalt')).toBeTruthy();
  });

  test('inside Excel the chart is inserted through the host', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    const insertChart = jest.fn(async () => undefined);
    renderWithHost(<InvestorView />, { ...host, insertChart });
    await userEvent.click(await screen.findByRole('button', { name: 'Insert as Excel chart' }));
    expect(await screen.findByRole('button', { name: 'Chart inserted on Investor chart' })).toBeTruthy();
    expect(insertChart).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Investor chart' }),
      'Cumulative repayments against the amount invested',
    );
  });
});
