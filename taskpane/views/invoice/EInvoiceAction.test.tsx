/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithHost, testHost } from '../../testing/renderPane';
import { CLEAN_ROWS, TERMS, workbookWith } from '../../testing/workbooks';
import { InvoiceView } from './InvoiceView';

const EINVOICE_TERMS = {
  ...TERMS,
  investor: 'Test Investor ApS',
  commissioner: 'Test Kommune',
  investorCvr: '30000005',
  commissionerCvr: '29189420',
  commissionerEan: '5798000000001',
  investorIban: 'DK5000400440116243',
  buyerReference: 'IMPACT60',
};

/** jsdom cannot download: what the pane hands the browser is kept instead, to read back. */
let downloads: Blob[];
beforeEach(() => {
  downloads = [];
  URL.createObjectURL = (blob: Blob) => {
    downloads.push(blob);
    return `blob:download-${downloads.length}`;
  };
  URL.revokeObjectURL = () => undefined;
});

async function buildWeek() {
  const select = (await screen.findByRole('combobox', { name: 'Week' })) as HTMLSelectElement;
  await waitFor(() => expect(select.value).toBe('2021-W04'));
  await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
  await screen.findByRole('table', { name: 'Preview of Invoice 2021-W04' });
  await userEvent.click(screen.getByRole('button', { name: 'Build invoice' }));
  await screen.findByText('Written to the workbook.');
}

describe('the Invoice view’s e-invoice', () => {
  test('an issued week downloads as a Peppol BIS Billing 3.0 invoice that foots to the issued total', async () => {
    renderWithHost(<InvoiceView />, testHost(workbookWith(CLEAN_ROWS, EINVOICE_TERMS)));
    expect(await screen.findByText('Nothing for 2021-W04 is issued yet: build its invoice first.')).toBeTruthy();
    await buildWeek();
    await userEvent.click(await screen.findByRole('button', { name: 'E-invoice (XML)' }));
    expect(await screen.findByText('einvoice-2021-W04.xml is ready')).toBeTruthy();
    expect(screen.getByText(/An e-invoice in Peppol BIS Billing 3.0: invoice of DKK 1,000.00 with 1 line/)).toBeTruthy();
    expect(downloads.map((blob) => blob.type)).toEqual(['application/xml']);
    const xml = new TextDecoder().decode(await downloads[0].arrayBuffer());
    expect(xml).toContain('<cbc:PayableAmount currencyID="DKK">1000.00</cbc:PayableAmount>');
    expect(xml).toContain('<cbc:EndpointID schemeID="0088">5798000000001</cbc:EndpointID>');
  });

  test('OIOUBL 2.1 can be chosen for a buyer that takes only OIOUBL: the same issued invoice, in its own file', async () => {
    renderWithHost(<InvoiceView />, testHost(workbookWith(CLEAN_ROWS, EINVOICE_TERMS), 'da'));
    const select = (await screen.findByRole('combobox', { name: 'Uge' })) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('2021-W04'));
    await userEvent.click(screen.getByRole('button', { name: 'Vis udkast' }));
    await screen.findByRole('table', { name: 'Udkast til Invoice 2021-W04' });
    await userEvent.click(screen.getByRole('button', { name: 'Dan faktura' }));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'E-fakturaformat' }), 'OIOUBL 2.1');
    await userEvent.click(screen.getByRole('button', { name: 'E-faktura (XML)' }));
    expect(await screen.findByText('einvoice-2021-W04-oioubl.xml er klar')).toBeTruthy();
    expect(screen.getByText(/En e-faktura i OIOUBL 2.1: faktura på/)).toBeTruthy();
    const xml = new TextDecoder().decode(await downloads[0].arrayBuffer());
    expect(xml).toContain('<cbc:CustomizationID>OIOUBL-2.1</cbc:CustomizationID>');
    expect(xml).toContain('<cbc:PayableAmount currencyID="DKK">1000.00</cbc:PayableAmount>');
    expect(xml).toContain('<cbc:EndpointID schemeAgencyID="9" schemeID="GLN">5798000000001</cbc:EndpointID>');
  });

  test('missing terms refuse the e-invoice, naming each, in the reader’s language; nothing is downloaded', async () => {
    renderWithHost(<InvoiceView />, testHost(workbookWith(CLEAN_ROWS), 'da'));
    const select = (await screen.findByRole('combobox', { name: 'Uge' })) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('2021-W04'));
    await userEvent.click(screen.getByRole('button', { name: 'Vis udkast' }));
    await screen.findByRole('table', { name: 'Udkast til Invoice 2021-W04' });
    await userEvent.click(screen.getByRole('button', { name: 'Dan faktura' }));
    await userEvent.click(await screen.findByRole('button', { name: 'E-faktura (XML)' }));
    expect(await screen.findByText('Der blev ikke dannet nogen e-faktura')).toBeTruthy();
    expect(screen.getByText(/Kontraktvilkåret SIB_InvestorCVR er ikke defineret/)).toBeTruthy();
    expect(downloads).toEqual([]);
  });
});
