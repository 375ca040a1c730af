/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Host } from '../../host/host';
import { renderWithHost, testHost } from '../../testing/renderPane';
import { CLEAN_ROWS, workbookWith } from '../../testing/workbooks';
import { InvoiceView } from './InvoiceView';

async function chooseWeek(week?: string, label = 'Week') {
  const select = (await screen.findByRole('combobox', { name: label })) as HTMLSelectElement;
  await waitFor(() => expect(select.value).not.toBe(''));
  if (week) await userEvent.selectOptions(select, week);
}

async function preview(week?: string) {
  await chooseWeek(week);
  await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => row.textContent);

describe('InvoiceView', () => {
  test('defaults to the last week with data, previews lines and total before writing anything', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    renderWithHost(<InvoiceView />, host);
    await preview();
    expect((screen.getByRole('combobox', { name: 'Week' }) as HTMLSelectElement).value).toBe('2021-W04');
    const table = await screen.findByRole('table', { name: 'Preview of Invoice 2021-W04' });
    expect(rowsOf(table)).toEqual(['CandidateStatusAmountNot paid because', 'K-1S1,000.00']);
    expect(screen.getByText('DKK 1,000.00', { selector: 'dd' })).toBeTruthy();
    expect(await (await host.workbook()).sheetNames()).toEqual(['Contract', 'Candidates']);
  });

  test('a reason is given for a line that is not paid; a share reads in the reader’s decimal mark', async () => {
    renderWithHost(<InvoiceView />, testHost(workbookWith([...CLEAN_ROWS.slice(0, 2), ['K-2', 44300, 'S', null, 0.5, null]]), 'da'));
    await chooseWeek('2021-W03', 'Uge');
    await userEvent.click(screen.getByRole('button', { name: 'Vis udkast' }));
    const table = await screen.findByRole('table', { name: 'Udkast til Invoice 2021-W03' });
    expect(within(table).getByRole('row', { name: /K-2/ }).textContent).toBe('K-20,50,00uden for forløbet');
  });

  test('building writes the sheet and the ledger; the same week again is unchanged, and building says why it cannot', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    renderWithHost(<InvoiceView />, host);
    await preview();
    await screen.findByRole('table', { name: 'Preview of Invoice 2021-W04' });
    await userEvent.click(screen.getByRole('button', { name: 'Build invoice' }));
    expect(await screen.findByText('Written to the workbook.')).toBeTruthy();
    expect(await (await host.workbook()).sheetNames()).toEqual(['Contract', 'Candidates', 'Invoice 2021-W04', 'Settlement ledger']);
    const ledger = await screen.findByRole('table', { name: 'Settlement ledger' });
    await waitFor(() => expect(within(ledger).getAllByRole('row')).toHaveLength(3));
    expect(rowsOf(ledger).slice(1)).toEqual(['2021-W03Invoiced before the ledgerDKK 3,000.00', '2021-W04Invoice 2021-W04DKK 1,000.00']);
    await userEvent.click(screen.getByRole('button', { name: 'Go to Invoice 2021-W04' }));
    expect(host.selected).toEqual(["'Invoice 2021-W04'!A1"]);
    await preview();
    expect(await screen.findByText('2021-W04 is invoiced already')).toBeTruthy();
    expect(screen.queryByText('Written to the workbook.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Build invoice' }).getAttribute('aria-disabled')).toBe('true');
  });

  test('a week can be built without a preview; the focus then goes to what the build did, not to the page', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    renderWithHost(<InvoiceView />, host);
    await chooseWeek('2021-W02');
    const build = screen.getByRole('button', { name: 'Build invoice' });
    expect(build.getAttribute('aria-disabled')).toBeNull();
    await userEvent.click(build);
    const written = await screen.findByText('Written to the workbook.');
    await waitFor(() => expect(document.activeElement?.contains(written)).toBe(true));
    expect(await (await host.workbook()).sheetNames()).toContain('Invoice 2021-W02');
  });

  test('a progress bar shows at once and moves while the invoice is built', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    let finish: () => void = () => undefined;
    const slow: Host = {
      ...host,
      build: (request, progress) =>
        new Promise((resolve) => {
          progress?.(2, 5);
          finish = () => void host.build(request, progress).then(resolve);
        }),
    };
    renderWithHost(<InvoiceView />, slow);
    await chooseWeek();
    await userEvent.click(screen.getByRole('button', { name: 'Build invoice' }));
    const bar = await screen.findByRole('progressbar', { name: 'Writing to the workbook' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0.4');
    expect(screen.getByText('40%')).toBeTruthy();
    act(() => finish());
    expect(await screen.findByText('Written to the workbook.')).toBeTruthy();
    expect(screen.queryByRole('progressbar', { name: 'Writing to the workbook' })).toBeNull();
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
    const table = await screen.findByRole('table', { name: 'Preview of Correction 2021-W04' });
    expect(screen.getByRole('heading', { name: 'Preview of Correction 2021-W04' })).toBeTruthy();
    expect(screen.queryByText('Written to the workbook.')).toBeNull();
    expect(rowsOf(table)).toEqual(['CandidateIssuedNowDifference', 'K-20.001,000.001,000.00']);
    await userEvent.click(screen.getByRole('button', { name: 'Build correction' }));
    expect(await screen.findByText('Written to the workbook.')).toBeTruthy();
    const ledger = await screen.findByRole('table', { name: 'Settlement ledger' });
    await waitFor(() =>
      expect(rowsOf(ledger).slice(1)).toEqual([
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
