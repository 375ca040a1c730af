/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IsoWeek, parseWeekLabel } from '../../../src/engine/weeks';
import { runInvoice } from '../../../src/jobs/invoiceJob';
import { renderWithHost, testHost } from '../../testing/renderPane';
import { CLEAN_ROWS, workbookWith } from '../../testing/workbooks';
import { StatementView } from './StatementView';

/** The fund's workbook with the provider's invoice for 2021-W04 built into it. */
async function invoicedHost() {
  const host = testHost(workbookWith(CLEAN_ROWS));
  const result = await runInvoice(await host.workbook(), { week: parseWeekLabel('2021-W04') as IsoWeek, builtAt: new Date(2021, 1, 1) });
  if (result.kind !== 'invoice') throw new Error(result.kind);
  await host.apply(result.changes);
  return host;
}

describe('StatementView', () => {
  test('a statement that agrees says so, with its lines and total', async () => {
    renderWithHost(<StatementView />, await invoicedHost());
    await userEvent.click(screen.getByRole('button', { name: 'Check the statement' }));
    expect(await screen.findByText('The statement for 2021-W04 agrees')).toBeTruthy();
    expect(screen.getByText('Every line and the total (DKK 1,000.00, lines: 1) are what your own sheet gives.')).toBeTruthy();
  });

  test('each difference is listed with both sides, and its cells are links', async () => {
    const host = await invoicedHost();
    const issued = (await (await host.workbook()).readSheet('Invoice 2021-W04')).rows.findIndex((row) => row?.[0] === 'K-1') + 1;
    await host.setCells([{ address: `'Invoice 2021-W04'!I${issued}`, cell: { value: 1100 } }]);
    renderWithHost(<StatementView />, host);
    await userEvent.click(screen.getByRole('button', { name: 'Check the statement' }));
    expect(await screen.findByText('The statement for 2021-W04 differs')).toBeTruthy();
    const differences = screen.getByRole('list');
    const item = within(differences).getByRole('listitem');
    expect(item.textContent).toContain('Different amount');
    expect(item.textContent).toContain('DKK 1,100.00');
    expect(item.textContent).toContain('DKK 100.00');
    await userEvent.click(within(item).getByRole('button', { name: `'Invoice 2021-W04'!I${issued}` }));
    await userEvent.click(within(item).getByRole('button', { name: 'Candidates!F2' }));
    expect(host.selected).toEqual([`'Invoice 2021-W04'!I${issued}`, 'Candidates!F2']);
  });

  test('the received table can come from another workbook file', async () => {
    const received = await invoicedHost();
    const bytes = await received.bytes();
    const host = testHost(workbookWith(CLEAN_ROWS));
    renderWithHost(<StatementView />, host);
    await userEvent.click(screen.getByRole('radio', { name: 'In another workbook file' }));
    await userEvent.upload(
      screen.getByLabelText('Received workbook (.xlsx)'),
      new File([bytes as Uint8Array<ArrayBuffer>], 'received.xlsx'),
    );
    expect(screen.getByText('received.xlsx')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Check the statement' }));
    expect(await screen.findByText('The statement for 2021-W04 agrees')).toBeTruthy();
  });

  test('a workbook without an invoice table is refused with the engine’s message', async () => {
    renderWithHost(<StatementView />, testHost(workbookWith(CLEAN_ROWS), 'da'));
    await userEvent.click(screen.getByRole('button', { name: 'Kontrollér opgørelsen' }));
    expect(await screen.findByText('Opgørelsen kan ikke kontrolleres')).toBeTruthy();
    expect(screen.getByText(/Der blev ikke fundet nogen fakturatabel/)).toBeTruthy();
  });
});
