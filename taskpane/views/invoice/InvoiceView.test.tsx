/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithHost, testHost } from '../../testing/renderPane';
import { CLEAN_ROWS, workbookWith } from '../../testing/workbooks';
import { InvoiceView } from './InvoiceView';

async function preview(week?: string) {
  const select = (await screen.findByRole('combobox', { name: 'Week' })) as HTMLSelectElement;
  await waitFor(() => expect(select.value).not.toBe(''));
  if (week) await userEvent.selectOptions(select, week);
  await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
}

describe('InvoiceView', () => {
  test('defaults to the last week with data, previews lines and total before writing anything', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    renderWithHost(<InvoiceView />, host);
    await preview();
    expect((screen.getByRole('combobox', { name: 'Week' }) as HTMLSelectElement).value).toBe('2021-W04');
    const table = await screen.findByRole('table', { name: 'Preview of Invoice 2021-W04' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['CandidateStatusAmountNot paid because', 'K-1S1,000.00']);
    expect(screen.getByText('DKK 1,000.00', { selector: 'dd' })).toBeTruthy();
    expect(await (await host.workbook()).sheetNames()).toEqual(['Contract', 'Candidates']);
  });

  test('a reason is given for a line that is not paid', async () => {
    renderWithHost(<InvoiceView />, testHost(workbookWith([...CLEAN_ROWS.slice(0, 2), ['K-2', 44300, 'S', null, null, null]])));
    await preview('2021-W01');
    const table = await screen.findByRole('table', { name: 'Preview of Invoice 2021-W01' });
    expect(within(table).getByRole('row', { name: /K-2/ }).textContent).toContain('outside enrolment');
  });

  test('building writes the sheet and the ledger; the same week again is unchanged', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    renderWithHost(<InvoiceView />, host);
    await preview();
    await screen.findByRole('table', { name: 'Preview of Invoice 2021-W04' });
    await userEvent.click(screen.getByRole('button', { name: 'Build invoice' }));
    expect(await screen.findByText('Written to the workbook.')).toBeTruthy();
    expect(await (await host.workbook()).sheetNames()).toEqual(['Contract', 'Candidates', 'Invoice 2021-W04', 'Settlement ledger']);
    const ledger = await screen.findByRole('table', { name: 'Settlement ledger' });
    expect(within(ledger).getAllByRole('row')[1].textContent).toBe('2021-W03Invoiced before the ledgerDKK 3,000.00');
    expect(within(ledger).getAllByRole('row')[2].textContent).toBe('2021-W04Invoice 2021-W04DKK 1,000.00');
    await userEvent.click(screen.getByRole('button', { name: 'Go to Invoice 2021-W04' }));
    expect(host.selected).toEqual(["'Invoice 2021-W04'!A1"]);
    await preview();
    expect(await screen.findByText('2021-W04 is invoiced already')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Build invoice' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('a progress bar shows while the workbook is written', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    let finish: () => void = () => undefined;
    const slow = {
      ...host,
      apply: (changes: Parameters<typeof host.apply>[0], progress?: Parameters<typeof host.apply>[1]) =>
        new Promise<void>((resolve) => {
          progress?.(30, 120);
          finish = () => void host.apply(changes).then(resolve);
        }),
    };
    renderWithHost(<InvoiceView />, slow);
    await preview();
    await screen.findByRole('table', { name: 'Preview of Invoice 2021-W04' });
    await userEvent.click(screen.getByRole('button', { name: 'Build invoice' }));
    const bar = await screen.findByRole('progressbar', { name: 'Writing to the workbook' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0.25');
    expect(screen.getByText('25%')).toBeTruthy();
    finish();
    expect(await screen.findByText('Written to the workbook.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('after a late status change, the week gets a correction with only the difference, and the ledger records it', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    renderWithHost(<InvoiceView />, host);
    await preview();
    await screen.findByRole('table', { name: 'Preview of Invoice 2021-W04' });
    await userEvent.click(screen.getByRole('button', { name: 'Build invoice' }));
    await screen.findByText('Written to the workbook.');
    await act(() => host.setCells([{ address: 'Candidates!F3', cell: { value: 'S' } }]));
    await preview();
    const table = await screen.findByRole('table', { name: 'Correction: Correction 2021-W04' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['CandidateIssuedNowDifference', 'K-20.001,000.001,000.00']);
    await userEvent.click(screen.getByRole('button', { name: 'Build correction' }));
    expect(await screen.findByText('Written to the workbook.')).toBeTruthy();
    const ledger = await screen.findByRole('table', { name: 'Settlement ledger' });
    await waitFor(() =>
      expect(
        within(ledger)
          .getAllByRole('row')
          .slice(1)
          .map((row) => row.textContent),
      ).toEqual([
        '2021-W03Invoiced before the ledgerDKK 3,000.00',
        '2021-W04Invoice 2021-W04DKK 1,000.00',
        '2021-W04Correction 2021-W04DKK 1,000.00',
      ]),
    );
  });

  test('blocking findings stop the invoice and are listed, each going to its cell', async () => {
    const host = testHost(workbookWith([...CLEAN_ROWS, ['K-1', null, null, null, null, 'S']]));
    renderWithHost(<InvoiceView />, host);
    await preview();
    expect(await screen.findByText('No invoice can be built')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Candidates!A4/ }));
    expect(host.selected).toEqual(['Candidates!A4']);
  });
});
