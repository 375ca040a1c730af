/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithHost, testHost } from '../../testing/renderPane';
import { CLEAN_ROWS, workbookWith } from '../../testing/workbooks';
import { CheckView } from './CheckView';

const PROBLEMS = [
  ['Candidate ID', '2021-W01', '2021-W02'],
  ['K-1', 'S', 'X'],
  ['010190-1234', null, '0,5'],
  ['K-1', null, null],
];

describe('CheckView', () => {
  test('a clean sheet says so, with what it read', async () => {
    renderWithHost(<CheckView />, testHost(workbookWith(CLEAN_ROWS)));
    expect(await screen.findByText('No findings: the sheet is ready to invoice.')).toBeTruthy();
    expect(screen.getByText('Candidates: 2 candidates, 4 weeks (2021-W01 to 2021-W04)')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Candidate sheet' }) as HTMLSelectElement).value).toBe('');
    expect(screen.getByRole('option', { name: 'Find it automatically (Candidates)' })).toBeTruthy();
  });

  test('findings are grouped by severity with counts, and a click selects the cell', async () => {
    const host = testHost(workbookWith(PROBLEMS));
    renderWithHost(<CheckView />, host);
    const errors = await screen.findByRole('region', { name: /Errors/ });
    const warnings = screen.getByRole('region', { name: /Warnings/ });
    expect(within(errors).getAllByRole('listitem')).toHaveLength(2);
    expect(within(warnings).getAllByRole('listitem')).toHaveLength(2);
    const invalid = within(errors).getByRole('button', { name: /Candidates!C2/ });
    expect(invalid.textContent).toContain("Unknown status 'X'");
    await userEvent.click(invalid);
    expect(host.selected).toEqual(['Candidates!C2']);
    expect(within(warnings).getByRole('button', { name: /looks like a Danish CPR number/ })).toBeTruthy();
  });

  test('a header row chosen by hand is used, and a wrong one is reported', async () => {
    renderWithHost(<CheckView />, testHost(workbookWith(CLEAN_ROWS)));
    await screen.findByText(/No findings/);
    const headerRow = screen.getByRole('spinbutton', { name: 'Header row' });
    await userEvent.type(headerRow, '2');
    await waitFor(() => expect(screen.getByRole('button', { name: /Candidates!B2.*no candidate id column/ })).toBeTruthy());
    await userEvent.clear(headerRow);
    await userEvent.type(headerRow, '0');
    expect(screen.getByText('A row number, 1 or more')).toBeTruthy();
  });

  test('in Danish, findings use the engine’s Danish texts', async () => {
    renderWithHost(<CheckView />, testHost(workbookWith(PROBLEMS), 'da'));
    expect(await screen.findByRole('region', { name: /Fejl/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /ligner et CPR-nummer/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kontrollér igen' })).toBeTruthy();
  });

  test('a workbook without a candidate sheet is told so in the reader’s language', async () => {
    const onlyContract = { addSheets: [{ name: 'Contract', rows: [[{ value: 'Term' }]] }] };
    renderWithHost(<CheckView />, testHost(onlyContract, 'da'));
    expect(await screen.findByText(/^Projektmappen har intet kandidatark: tilføj et ark/)).toBeTruthy();
  });
});
