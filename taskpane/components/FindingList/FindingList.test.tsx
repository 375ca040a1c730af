/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Finding } from '../../../src/sheet/findings';
import { FakeExcel } from '../../../test/adapters/office/fakeExcel';
import { createOfficeHost } from '../../host/officeHost';
import { createInlineEngine } from '../../testing/inlineEngine';
import { renderWithHost, testHost } from '../../testing/renderPane';
import { FindingList } from './FindingList';

const blank = (row: number): Finding => ({ severity: 'error', address: `Candidates!A${row}`, code: 'id.blank', params: {} });
const cpr: Finding = { severity: 'warning', address: 'Candidates!A2', code: 'id.looksLikeCpr', params: {} };

describe('FindingList', () => {
  test('errors first, then warnings, each with its count, message and what to do', () => {
    renderWithHost(<FindingList findings={[cpr, blank(3)]} />);
    const [errors, warnings] = screen.getAllByRole('region');
    expect(within(errors).getByRole('heading').textContent).toBe('Errors1');
    expect(within(warnings).getByRole('heading').textContent).toBe('Warnings1');
    expect(within(errors).getByRole('button').textContent).toBe(
      'Candidates!A3A row with statuses has no candidate idGive the candidate a pseudonymous id, or clear the row',
    );
  });

  test('a long list renders only the findings in view, and says how many there are in all', () => {
    renderWithHost(<FindingList findings={Array.from({ length: 10_000 }, (_, index) => blank(index + 2))} />);
    const items = screen.getAllByRole('listitem');
    expect(items.length).toBeLessThan(100);
    expect([items[0].getAttribute('aria-posinset'), items[0].getAttribute('aria-setsize')]).toEqual(['1', '10000']);
    expect(screen.getByRole('heading').textContent).toBe('Errors10000');
  });

  test('a cell that cannot be selected says why', async () => {
    const host = testHost();
    renderWithHost(<FindingList findings={[blank(3)]} />, {
      ...host,
      select: async () => Promise.reject(new Error('This version of Excel cannot select cells')),
    });
    await userEvent.click(screen.getByRole('button', { name: /Candidates!A3/ }));
    expect(await screen.findByText('This version of Excel cannot select cells')).toBeTruthy();
  });

  test('a cell Excel could not select is explained in the reader’s language, from Excel’s error code', async () => {
    Object.assign(globalThis, { Office: { context: { displayLanguage: 'da-DK', requirements: { isSetSupported: () => true } } } });
    const excel = new FakeExcel();
    excel.addSheet('Candidates', { values: [['Candidate ID']] });
    const host = createOfficeHost(createInlineEngine(), excel.run);
    await host.selectedCell();
    excel.failAtSync = excel.syncs.length + 1;
    excel.failure = { code: 'InvalidOperationInCellEditMode', message: 'Excel is in cell-editing mode' };
    renderWithHost(<FindingList findings={[blank(3)]} />, host);
    await userEvent.click(screen.getByRole('button', { name: /Candidates!A3/ }));
    expect(
      await screen.findByText(
        'Candidates!A3 kan ikke markeres: Excel er ved at redigere en celle (InvalidOperationInCellEditMode) — afslut med Enter eller Esc, og prøv så igen',
      ),
    ).toBeTruthy();
    delete (globalThis as { Office?: unknown }).Office;
  });
});
