import { openXlsx } from '../../src/adapters/xlsx';
import { formatAmount } from '../../src/engine/money';
import { EInvoiceJobResult, runEInvoice } from '../../src/jobs/einvoiceJob';
import { readLedger } from '../../src/sheet/ledger';
import { OioublValidation, validateOioublEInvoices } from '../support/einvoiceValidators';
import { descendants, parseXml, XmlElement } from '../support/xml';
import { EINVOICE_TERMS, issued, newBook, SETTLED_DOCUMENTS, settledBook, week } from './einvoiceWorkbook';

type Exported = Extract<EInvoiceJobResult, { kind: 'einvoice' }>;

/** The W51 invoice of a contract whose payments are exempt from VAT (category E) rather than outside its scope. */
const VAT_EXEMPT = 'vat-category-E-oioubl.xml';
const OIOUBL_SCHEMATRON = /^Checking OIOUBL-2\.1 (Invoice|CreditNote),2024-06-21, Version 1\.14\.2\./;

const text = (element: XmlElement, name: string) => descendants(element, name)[0]?.text;
const linesOf = (xml: string) => {
  const root = parseXml(xml);
  return descendants(root, root.name === 'Invoice' ? 'cac:InvoiceLine' : 'cac:CreditNoteLine').map((line) => [
    descendants(line, 'cbc:ID')[1].text,
    text(line, 'cbc:LineExtensionAmount'),
  ]);
};

/**
 * The same issued weeks and corrections as the Peppol test, written as OIOUBL 2.1 and validated against the
 * UBL 2.1 schemas and NemHandel's OIOUBL 2.1 schematron (release 1.14.2): an invoice, a week with a held
 * line, a week cut by the contract cap, a correction that charges more and one that credits more (a CreditNote).
 */
describe('OIOUBL 2.1 e-invoices validate against the UBL 2.1 schemas and the OIOUBL 2.1 schematron', () => {
  const oioubl: Record<string, Exported> = {};
  const peppol: Record<string, Exported> = {};
  let validations: Record<string, OioublValidation>;
  let ledgerTotals: Map<string, string>;
  const xmlOf = (name: string) => oioubl[name].einvoice.xml;

  beforeAll(async () => {
    const workbook = openXlsx(await settledBook());
    ledgerTotals = new Map(
      readLedger(await workbook.readSheet('Settlement ledger')).entries.map((entry) => [entry.sheet, formatAmount(entry.total)]),
    );
    for (const [label, correction] of SETTLED_DOCUMENTS) {
      const asOioubl = await runEInvoice(workbook, { week: week(label), correction, format: 'oioubl' });
      const asPeppol = await runEInvoice(workbook, { week: week(label), correction });
      if (asOioubl.kind !== 'einvoice' || asPeppol.kind !== 'einvoice') throw new Error(`${label} ${correction ?? ''} refused`);
      oioubl[asOioubl.fileName] = asOioubl;
      peppol[asOioubl.fileName] = asPeppol;
    }
    const exempt = await issued(
      newBook({ ...EINVOICE_TERMS, SIB_VATCategory: 'E', SIB_VATExemptionReason: 'Momsfritaget, jf. momslovens § 13' }),
      ['2020-W51'],
    );
    const exemptInvoice = await runEInvoice(openXlsx(exempt), { week: week('2020-W51'), format: 'oioubl' });
    if (exemptInvoice.kind !== 'einvoice') throw new Error(JSON.stringify(exemptInvoice.refusals));
    // Broken copies, validated in the same run, show the schematron looks at what it is given.
    const invoice = xmlOf('einvoice-2020-W51-oioubl.xml');
    validations = await validateOioublEInvoices({
      ...Object.fromEntries(Object.keys(oioubl).map((name) => [name, xmlOf(name)])),
      [VAT_EXEMPT]: exemptInvoice.einvoice.xml,
      'broken-no-contact.xml': invoice.replace(/\s*<cac:Contact>\s*<cbc:ID>[^<]*<\/cbc:ID>\s*<\/cac:Contact>/, ''),
      'broken-cvr.xml': invoice.replace(/>DK30000005</g, '>30000005<'),
      'broken-tax-exclusive.xml': invoice.replace(
        '<cbc:TaxExclusiveAmount currencyID="DKK">0.00<',
        '<cbc:TaxExclusiveAmount currencyID="DKK">4320.99<',
      ),
    });
  }, 600000);

  test('each document has the type, number, lines and amount of its Peppol twin, footing with the issued sheet and its ledger row', () => {
    const summary = Object.entries(oioubl).map(([name, { einvoice, document }]) => [
      name,
      einvoice.type,
      einvoice.number,
      einvoice.lines,
      formatAmount(einvoice.payable),
      ledgerTotals.get(document.sheet),
    ]);
    expect(summary).toEqual([
      ['einvoice-2020-W51-oioubl.xml', 'Invoice', '3', 5, '4320.99', '4320.99'],
      ['einvoice-2020-W52-oioubl.xml', 'Invoice', '4', 5, '4938.28', '4938.28'],
      ['einvoice-2020-W53-oioubl.xml', 'Invoice', '5', 4, '3395.07', '3395.07'],
      ['einvoice-2021-W01-oioubl.xml', 'Invoice', '6', 3, '2345.66', '2345.66'],
      ['einvoice-2020-W51-correction-1-oioubl.xml', 'Invoice', '7', 1, '617.28', '617.28'],
      ['einvoice-2020-W52-correction-1-oioubl.xml', 'CreditNote', '8', 3, '617.28', '-617.28'],
    ]);
    for (const name of Object.keys(oioubl)) {
      expect(linesOf(xmlOf(name))).toEqual(linesOf(peppol[name].einvoice.xml));
      expect(oioubl[name].einvoice.format).toBe('oioubl');
    }
    expect(linesOf(xmlOf('einvoice-2021-W01-oioubl.xml'))).toEqual([
      ['K-01', '1234.57'],
      ['K-02', '617.29'],
      ['K-03', '493.80'],
    ]);
    expect(linesOf(xmlOf('einvoice-2020-W52-correction-1-oioubl.xml'))).toEqual([
      ['K-01', '1234.57'],
      ['K-03', '617.28'],
      ['K-06', '-1234.57'],
    ]);
  });

  test('zero XSD errors and zero failed schematron rules, fatal or warning, for every document, VAT category O or E', () => {
    for (const name of [...Object.keys(oioubl), VAT_EXEMPT]) {
      const validation = validations[name];
      expect({ name, xsdErrors: validation.xsdErrors, failed: validation.failed }).toEqual({ name, xsdErrors: [], failed: [] });
      expect(validation.checkedBy).toMatch(OIOUBL_SCHEMATRON);
    }
    expect(validations['einvoice-2020-W52-correction-1-oioubl.xml'].checkedBy).toContain('CreditNote');
  });

  test('the schematron is live: broken copies fail, naming the rule', () => {
    expect(validations['broken-no-contact.xml'].failed.map((each) => each.id)).toContain('F-INV046');
    expect(validations['broken-cvr.xml'].failed.map((each) => each.id)).toEqual(expect.arrayContaining(['F-LIB180', 'F-LIB190']));
    expect(validations['broken-tax-exclusive.xml'].failed.map((each) => each.id)).toContain('F-INV127');
  });

  test('what OIOUBL writes differently: its customization and profile, CVR and GLN schemes, the buyer reference as contact, VAT as ZeroRated', () => {
    const root = parseXml(xmlOf('einvoice-2020-W51-oioubl.xml'));
    expect([text(root, 'cbc:UBLVersionID'), text(root, 'cbc:CustomizationID'), text(root, 'cbc:ProfileID')]).toEqual([
      '2.1',
      'OIOUBL-2.1',
      'Procurement-BilSim-1.0',
    ]);
    expect(descendants(root, 'cbc:EndpointID').map((id) => [id.attributes.schemeID, id.text])).toEqual([
      ['DK:CVR', 'DK30000005'],
      ['GLN', '5798000000001'],
    ]);
    const buyer = descendants(root, 'cac:AccountingCustomerParty')[0];
    expect(text(descendants(buyer, 'cac:Contact')[0], 'cbc:ID')).toBe('IMPACT-TEST & <Co>');
    expect(descendants(root, 'cac:TaxCategory').map((category) => text(category, 'cbc:ID'))).toEqual(Array(6).fill('ZeroRated'));
    expect(text(descendants(root, 'cac:LegalMonetaryTotal')[0], 'cbc:TaxExclusiveAmount')).toBe('0.00');
    expect(text(descendants(root, 'cac:PaymentTerms')[0], 'cbc:Amount')).toBe('4320.99');
  });
});
