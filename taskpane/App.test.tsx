/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createXlsx } from '../src/adapters/xlsx';
import { Root } from './Root';
import { testHost } from './testing/renderPane';
import { CLEAN_ROWS, workbookWith } from './testing/workbooks';

const PROBLEM_ROWS = [
  ['Candidate ID', '2021-W01'],
  ['K-1', 'X'],
];

/** Whether the page asks before it is left. */
function leaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function xlsxFile(name: string, rows = PROBLEM_ROWS): File {
  return new File([createXlsx(workbookWith(rows)) as Uint8Array<ArrayBuffer>], name);
}

describe('the task pane', () => {
  test('one tab per view; Check is open first', async () => {
    render(<Root host={testHost(workbookWith(CLEAN_ROWS))} />);
    expect(screen.getAllByRole('tab')).toHaveLength(6);
    for (const name of ['Contract', 'Check', 'Invoice', 'Statement', 'Explain', 'Investor'])
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(screen.getByRole('tab', { selected: true, name: 'Check' })).toBeTruthy();
    expect(await screen.findByRole('tabpanel', { name: 'Check' })).toBeTruthy();
    expect(await screen.findByText(/No findings/)).toBeTruthy();
  });

  test('Enter on a tab opens its view, and a view keeps its state when another is shown', async () => {
    render(<Root host={testHost(workbookWith(CLEAN_ROWS))} />);
    await screen.findByText(/No findings/);
    screen.getByRole('tab', { name: 'Invoice' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('tab', { selected: true, name: 'Invoice' })).toBeTruthy();
    expect(await screen.findByRole('tabpanel', { name: 'Invoice' })).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Week' }) as HTMLSelectElement).value).toBe('2021-W04'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Week' }), '2021-W02');
    await userEvent.click(screen.getByRole('tab', { name: 'Check' }));
    expect(screen.getByText(/No findings/)).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Invoice' }));
    expect((screen.getByRole('combobox', { name: 'Week' }) as HTMLSelectElement).value).toBe('2021-W02');
  });

  test('every control of every view has an accessible name', async () => {
    render(<Root host={testHost(workbookWith(CLEAN_ROWS))} />);
    await screen.findByText(/No findings/);
    const unnamed: string[] = [];
    for (const tab of ['Contract', 'Check', 'Invoice', 'Statement', 'Explain', 'Investor']) {
      await userEvent.click(screen.getByRole('tab', { name: tab }));
      const panel = await screen.findByRole('tabpanel', { name: tab });
      await waitFor(() => expect(within(panel).queryByText(/…$/)).toBeNull());
      for (const role of ['button', 'textbox', 'spinbutton', 'combobox', 'radio', 'tab'] as const) {
        for (const control of screen.queryAllByRole(role, { name: (name) => name.trim() === '' }))
          unnamed.push(`${tab}: ${control.outerHTML.slice(0, 100)}`);
      }
    }
    expect(unnamed).toEqual([]);
  });

  test('in Danish', async () => {
    render(<Root host={testHost(workbookWith(CLEAN_ROWS), 'da')} />);
    for (const name of ['Kontrakt', 'Kontrol', 'Faktura', 'Opgørelse', 'Forklar', 'Investor'])
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(await screen.findByText('Ingen fund: arket er klar til fakturering.')).toBeTruthy();
  });

  test('in a browser, another workbook opens from the file chooser and every view works on it', async () => {
    render(<Root host={testHost(workbookWith(CLEAN_ROWS))} />);
    await screen.findByText(/No findings/);
    await userEvent.upload(screen.getByLabelText('Workbook file (.xlsx)'), xlsxFile('received.xlsx'));
    expect(await screen.findByText('received.xlsx')).toBeTruthy();
    expect(await screen.findByRole('button', { name: /Candidates!B2/ })).toBeTruthy();
  });

  test('a file dropped on the pane opens; one that is not a workbook is refused and the old one kept', async () => {
    render(<Root host={testHost(workbookWith(CLEAN_ROWS))} />);
    await screen.findByText(/No findings/);
    const pane = screen.getByRole('main');
    fireEvent.dragOver(pane, { dataTransfer: { types: ['Files'], files: [] } });
    expect(screen.getByText('Drop the .xlsx file to open it')).toBeTruthy();
    fireEvent.drop(pane, { dataTransfer: { types: ['Files'], files: [new File(['not a workbook'], 'notes.txt')] } });
    expect(await screen.findByText('The file could not be opened')).toBeTruthy();
    expect(screen.getByText("'notes.txt' is not an Excel workbook (.xlsx). Open a file saved as an Excel Workbook (.xlsx).")).toBeTruthy();
    expect(screen.getByText('test.xlsx')).toBeTruthy();
    fireEvent.drop(pane, { dataTransfer: { types: ['Files'], files: [xlsxFile('dropped.xlsx')] } });
    expect(await screen.findByText('dropped.xlsx')).toBeTruthy();
    expect(screen.queryByText('Drop the .xlsx file to open it')).toBeNull();
  });

  test('changes not downloaded are shown, guarded when leaving, and another file asks first', async () => {
    const host = testHost(workbookWith(CLEAN_ROWS));
    render(<Root host={host} />);
    await screen.findByText(/No findings/);
    expect(screen.queryByText('Not downloaded')).toBeNull();
    expect(leaving()).toBe(false);
    await act(() => host.setCells([{ address: 'Candidates!F3', cell: { value: 'S' } }]));
    expect(await screen.findByText('Not downloaded')).toBeTruthy();
    expect(leaving()).toBe(true);

    // jsdom runs no transitions, so a dialog may not be exposed by role while it opens: it is found by its texts.
    await userEvent.upload(screen.getByLabelText('Workbook file (.xlsx)'), xlsxFile('next.xlsx'));
    const question = (await screen.findByText('Download the changes first?')).closest('[role="dialog"]') as HTMLElement;
    expect(question.textContent).toContain('test.xlsx has changes that are not downloaded yet. Opening next.xlsx replaces it');
    await userEvent.click(within(question).getByText('Cancel'));
    await waitFor(() => expect(screen.queryByText('Download the changes first?')).toBeNull());
    expect(screen.getByText('test.xlsx')).toBeTruthy();

    await userEvent.upload(screen.getByLabelText('Workbook file (.xlsx)'), xlsxFile('next.xlsx'));
    await userEvent.click(await screen.findByText('Open without downloading'));
    expect(await screen.findByText('next.xlsx')).toBeTruthy();
    expect(screen.queryByText('Not downloaded')).toBeNull();
    expect(leaving()).toBe(false);
  });

  test('inside Excel, which saves the workbook itself, leaving the pane asks nothing', async () => {
    const host = { ...testHost(workbookWith(CLEAN_ROWS)), file: undefined };
    render(<Root host={host} />);
    await screen.findByText(/No findings/);
    await act(() => host.setCells([{ address: 'Candidates!F3', cell: { value: 'S' } }]));
    expect(host.state().unsaved).toBe(true);
    expect(leaving()).toBe(false);
  });
});
