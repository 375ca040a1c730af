import { openXlsx } from '../../src/adapters/xlsx';
import { formatAmount } from '../../src/engine/money';
import { EInvoiceJobResult, runEInvoice } from '../../src/jobs/einvoiceJob';
import { readLedger } from '../../src/sheet/ledger';
import { validateEInvoices, Validation } from '../support/einvoiceValidators';
import { descendants, parseXml } from '../support/xml';
import { EINVOICE_TERMS, issued, newBook, SETTLED_DOCUMENTS, settledBook, week } from './einvoiceWorkbook';

/** The W51 invoice of a contract whose payments are exempt from VAT (category E) rather than outside its scope. */
const VAT_EXEMPT = 'vat-category-E.xml';
/** The same weeks issued in a Danish workbook (SIB_Language da): `Faktura 2020-W51`, its correction, the ledger `Afregningslog`. */
const DANISH = (name: string) => `da-${name}`;

/**
 * The e-invoices of several issued weeks and of corrections, validated against the official artefacts:
 * the UBL 2.1 schemas and the Peppol BIS Billing 3.0 schematron (CEN EN 16931 and Peppol's own rules with
 * the Danish DK-R rules). W52 holds a line (an invalid status); 2021-W01 is cut by the contract cap and
 * holds a line; the W51 correction charges more, the W52 correction credits more than it charges.
 */
describe('e-invoices validate against the UBL 2.1 schemas and the Peppol BIS Billing 3.0 schematron', () => {
  const exported: Record<string, Extract<EInvoiceJobResult, { kind: 'einvoice' }>> = {};
  const danishExported: Record<string, Extract<EInvoiceJobResult, { kind: 'einvoice' }>> = {};
  let validations: Record<string, Validation>;
  let ledgerTotals: Map<string, string>;
  const xmlOf = (name: string) => exported[name].einvoice.xml;
  const lineAmounts = (name: string) =>
    descendants(parseXml(xmlOf(name)), exported[name].einvoice.type === 'Invoice' ? 'cac:InvoiceLine' : 'cac:CreditNoteLine').map(
      (line) => [descendants(line, 'cbc:ID')[1].text, descendants(line, 'cbc:LineExtensionAmount')[0].text],
    );

  beforeAll(async () => {
    const workbook = openXlsx(await settledBook());
    const danish = await settledBook({ ...EINVOICE_TERMS, SIB_Language: 'da' });
    ledgerTotals = new Map(
      readLedger(await workbook.readSheet('Settlement ledger')).entries.map((entry) => [entry.sheet, formatAmount(entry.total)]),
    );
    for (const [label, correction] of SETTLED_DOCUMENTS) {
      const result = await runEInvoice(workbook, { week: week(label), correction });
      if (result.kind !== 'einvoice') throw new Error(`${label} ${correction ?? ''}: ${JSON.stringify(result.refusals)}`);
      exported[result.fileName] = result;
      const fromDanish = await runEInvoice(openXlsx(danish), { week: week(label), correction });
      if (fromDanish.kind !== 'einvoice') throw new Error(`Danish ${label} ${correction ?? ''}: ${JSON.stringify(fromDanish.refusals)}`);
      danishExported[DANISH(fromDanish.fileName)] = fromDanish;
    }
    const exempt = await issued(
      newBook({ ...EINVOICE_TERMS, SIB_VATCategory: 'E', SIB_VATExemptionReason: 'Momsfritaget, jf. momslovens § 13' }),
      ['2020-W51'],
    );
    const exemptInvoice = await runEInvoice(openXlsx(exempt), { week: week('2020-W51') });
    if (exemptInvoice.kind !== 'einvoice') throw new Error(JSON.stringify(exemptInvoice.refusals));
    // Broken copies, validated in the same run, show the validators look at what they are given.
    const invoice = xmlOf('einvoice-2020-W51.xml');
    validations = validateEInvoices({
      ...Object.fromEntries(Object.keys(exported).map((name) => [name, xmlOf(name)])),
      ...Object.fromEntries(Object.entries(danishExported).map(([name, result]) => [name, result.einvoice.xml])),
      [VAT_EXEMPT]: exemptInvoice.einvoice.xml,
      'broken-no-buyer-reference.xml': invoice.replace(/\s*<cbc:BuyerReference>[^<]*<\/cbc:BuyerReference>/, ''),
      'broken-total.xml': invoice.replace('<cbc:PayableAmount currencyID="DKK">4320.99<', '<cbc:PayableAmount currencyID="DKK">4321.00<'),
      'broken-order.xml': invoice.replace(/(\s*<cbc:IssueDate>[^<]*<\/cbc:IssueDate>)(\s*<cbc:DueDate>[^<]*<\/cbc:DueDate>)/, '$2$1'),
    });
  });

  test('each document’s type, number (its ledger row), paid lines and amount foot with the issued sheet and its ledger row', () => {
    const summary = Object.entries(exported).map(([name, { einvoice, document }]) => [
      name,
      einvoice.type,
      einvoice.number,
      `${einvoice.lines} of ${document.lines.length}`,
      formatAmount(einvoice.payable),
      ledgerTotals.get(document.sheet),
    ]);
    expect(summary).toEqual([
      ['einvoice-2020-W51.xml', 'Invoice', '3', '5 of 5', '4320.99', '4320.99'],
      ['einvoice-2020-W52.xml', 'Invoice', '4', '5 of 6', '4938.28', '4938.28'],
      ['einvoice-2020-W53.xml', 'Invoice', '5', '4 of 6', '3395.07', '3395.07'],
      ['einvoice-2021-W01.xml', 'Invoice', '6', '3 of 7', '2345.66', '2345.66'],
      ['einvoice-2020-W51-correction-1.xml', 'Invoice', '7', '1 of 1', '617.28', '617.28'],
      ['einvoice-2020-W52-correction-1.xml', 'CreditNote', '8', '3 of 3', '617.28', '-617.28'],
    ]);
  });

  test('zero XSD errors and zero failed schematron assertions, fatal or warning, for every document, VAT category O or E', () => {
    for (const name of [...Object.keys(exported), VAT_EXEMPT]) {
      const validation = validations[name];
      expect({ name, xsdErrors: validation.xsdErrors, failed: validation.failed }).toEqual({ name, xsdErrors: [], failed: [] });
      expect(validation.firedRules).toBeGreaterThan(50);
    }
  });

  test('from a Danish workbook: the same documents, valid alike, but for the sheet names they cite', () => {
    const english = (xml: string) =>
      xml.replace(/'Faktura (\d{4}-W\d{2})'/g, "'Invoice $1'").replace(/'Korrektion (\d{4}-W\d{2})'/g, "'Correction $1'");
    expect(Object.keys(danishExported)).toEqual(Object.keys(exported).map(DANISH));
    for (const name of Object.keys(exported)) {
      const danish = danishExported[DANISH(name)].einvoice.xml;
      expect(danish).toContain(exported[name].document.kind === 'invoice' ? "'Faktura " : "'Korrektion ");
      expect(english(danish)).toBe(xmlOf(name));
      expect({ name, xsdErrors: validations[DANISH(name)].xsdErrors, failed: validations[DANISH(name)].failed }).toEqual({
        name,
        xsdErrors: [],
        failed: [],
      });
    }
  });

  test('the validators are live: broken copies fail, naming the rule', () => {
    expect(validations['broken-no-buyer-reference.xml'].failed.map((each) => each.id)).toContain('PEPPOL-EN16931-R003');
    expect(validations['broken-total.xml'].failed.map((each) => each.id)).toContain('BR-CO-16');
    expect(validations['broken-order.xml'].xsdErrors.join('\n')).toMatch(/IssueDate|DueDate/);
  });

  test('the cap-cut week carries the cut line at its cut amount; held and unpaid lines are left out', () => {
    expect(lineAmounts('einvoice-2021-W01.xml')).toEqual([
      ['K-01', '1234.57'],
      ['K-02', '617.29'],
      ['K-03', '493.80'],
    ]);
    expect(lineAmounts('einvoice-2020-W52.xml').map(([id]) => id)).toEqual(['K-01', 'K-02', 'K-03', 'K-04', 'K-05']);
  });

  test('a correction that credits more than it charges is one CreditNote, each line with its own sign, referring to the invoice', () => {
    expect(lineAmounts('einvoice-2020-W52-correction-1.xml')).toEqual([
      ['K-01', '1234.57'],
      ['K-03', '617.28'],
      ['K-06', '-1234.57'],
    ]);
    const reference = descendants(parseXml(xmlOf('einvoice-2020-W52-correction-1.xml')), 'cac:InvoiceDocumentReference')[0];
    expect(descendants(reference, 'cbc:ID')[0].text).toBe(exported['einvoice-2020-W52.xml'].einvoice.number);
  });
});
