import { openXlsx } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { quoteSheetName } from '../../src/engine/cells';
import { refusalText } from '../../src/einvoice/refusal';
import { runCheck } from '../../src/jobs/checkJob';
import { runEInvoice } from '../../src/jobs/einvoiceJob';
import { EINVOICE_TERMS, issued, newBook, week } from './einvoiceWorkbook';

const CANDIDATES = quoteSheetName("Kandidater (Bo's)");
const W51 = quoteSheetName('Invoice 2020-W51');

/** The refusals' texts, in English (or Danish), for the week's invoice or its nth correction. */
async function refusals(book: Uint8Array, label = '2020-W51', correction?: number, language: 'en' | 'da' = 'en'): Promise<string[]> {
  const result = await runEInvoice(openXlsx(book), { week: week(label), correction });
  return result.kind === 'refused' ? result.refusals.map((refused) => refusalText(refused, language)) : [];
}

describe('the e-invoice refuses cleanly, naming what to fix, and writes nothing', () => {
  let book: Uint8Array;
  beforeAll(async () => {
    book = await issued(newBook(), ['2020-W51']);
  });

  test('before anything is issued, for a week not issued, for a correction that does not exist', async () => {
    expect(await refusals(newBook())).toEqual([expect.stringContaining('has no Settlement ledger')]);
    expect(await refusals(book, '2020-W52')).toEqual([
      'The Settlement ledger records no invoice for 2020-W52 — build the invoice for that week first',
    ]);
    expect(await refusals(book, '2020-W51', 1)).toEqual([
      'The Settlement ledger records 0 correction(s) for 2020-W51, so there is no correction 1',
    ]);
    expect(await refusals(book, '2020-W52', undefined, 'da')).toEqual([
      'Settlement ledger har ingen faktura for 2020-W52 — dan fakturaen for ugen først',
    ]);
  });

  test('every missing term is named at once; the buyer reference falls back to the contract’s name', async () => {
    const bare = await issued(newBook({}), ['2020-W51']);
    expect(await refusals(bare)).toEqual(
      ['SIB_Investor', 'SIB_InvestorCVR', 'SIB_Commissioner', 'SIB_CommissionerCVR', 'SIB_CommissionerEAN', 'SIB_InvestorIBAN'].map(
        (name) => `The contract term ${name} is not defined, and the e-invoice needs it — define it on the Contract view or sheet`,
      ),
    );
  });

  test('malformed terms are check warnings that do not stop the weekly invoice, and refusals of the e-invoice', async () => {
    const terms = {
      ...EINVOICE_TERMS,
      SIB_InvestorCVR: '30000006',
      SIB_InvestorIBAN: 'DK5100400440116243',
      SIB_PaymentDays: 'thirty',
      SIB_VATCategory: 'S',
    };
    const malformed = await issued(newBook(terms), ['2020-W51']);
    const check = await runCheck(openXlsx(malformed));
    expect(check.findings.filter((finding) => finding.code.startsWith('terms.'))).toEqual([
      { severity: 'warning', address: 'Contract!B11', code: 'terms.cvr', params: { name: 'SIB_InvestorCVR', value: '30000006' } },
      {
        severity: 'warning',
        address: 'Contract!B14',
        code: 'terms.iban',
        params: { name: 'SIB_InvestorIBAN', value: 'DK5100400440116243' },
      },
      { severity: 'warning', address: 'Contract!B16', code: 'terms.paymentDays', params: { name: 'SIB_PaymentDays', value: 'thirty' } },
      { severity: 'warning', address: 'Contract!B17', code: 'terms.vatCategory', params: { name: 'SIB_VATCategory', value: 'S' } },
    ]);
    expect(await refusals(malformed)).toEqual([
      "The contract term SIB_InvestorCVR holds '30000006', which is not a CVR number (8 digits that pass the modulus-11 check) — correct it",
      "The contract term SIB_InvestorIBAN holds 'DK5100400440116243', which is not an IBAN (it fails the mod-97 check) — correct it",
      "The contract term SIB_PaymentDays holds 'thirty', which is not a whole number of days from 0 to 365 — correct it",
      "The contract term SIB_VATCategory holds 'S'; the e-invoice supports O (not subject to VAT) and E (exempt from VAT)",
    ]);
    const foreign = await issued(newBook({ ...EINVOICE_TERMS, SIB_InvestorIBAN: 'GB82WEST12345698765432' }), ['2020-W51']);
    expect(await refusals(foreign)).toEqual([expect.stringContaining('SIB_InvestorIBAN holds a foreign IBAN')]);
    const exempt = await issued(newBook({ ...EINVOICE_TERMS, SIB_VATCategory: 'E' }), ['2020-W51']);
    expect(await refusals(exempt)).toEqual([expect.stringContaining('SIB_VATExemptionReason is blank')]);
  });

  test('an issued sheet changed after issue is refused: its amounts, its fingerprint, its week', async () => {
    expect(await refusals(setCellsXlsx(book, [{ address: `${W51}!I17`, cell: { value: 1000 } }]))).toEqual([
      "The issued lines on 'Invoice 2020-W51' sum to 4086.42, its totals row says 4320.99 and Settlement ledger row 3 4320.99 — they must agree to the øre; restore the issued sheet",
    ]);
    expect(await refusals(setCellsXlsx(book, [{ address: `${W51}!B11`, cell: { value: 'f'.repeat(64) } }]))).toEqual([
      expect.stringContaining("The fingerprint on the sheet 'Invoice 2020-W51' differs from the one Settlement ledger row 3 recorded"),
    ]);
    expect(await refusals(setCellsXlsx(book, [{ address: `${W51}!B6`, cell: { value: '2020-W50' } }]))).toEqual([
      "The sheet 'Invoice 2020-W51' says week 2020-W50, but Settlement ledger row 3 records 2020-W51 — restore the issued sheet",
    ]);
  });

  test('a candidate id that looks like a CPR number never goes into an e-invoice', async () => {
    const cpr = await issued(setCellsXlsx(newBook(), [{ address: `${CANDIDATES}!A5`, cell: { value: '010190-1234' } }]), ['2020-W51']);
    expect(await refusals(cpr)).toEqual([
      `The candidate id at ${W51}!A18 looks like a Danish CPR number; an e-invoice never carries one — give the candidate a pseudonymous id such as K-001`,
    ]);
  });

  test('a control character in an id, and an invoice that charges nothing, are refused', async () => {
    const control = await issued(setCellsXlsx(newBook(), [{ address: `${CANDIDATES}!A4`, cell: { value: 'K-\u000101' } }]), ['2020-W51']);
    expect(await refusals(control)).toEqual([
      `The cell ${W51}!A17 holds a character an XML document cannot carry (a control character) — remove it`,
    ]);
    const outside = await issued(newBook(), ['2020-W50']);
    expect(await refusals(outside, '2020-W50')).toEqual([
      "The invoice on 'Invoice 2020-W50' charges nothing (no line was paid), so there is nothing to send",
    ]);
  });
});

describe('what the e-invoice says', () => {
  test('the ledger row is its number, the day it was built its issue date; due after the payment days; the week its period', async () => {
    const book = await issued(newBook({ ...EINVOICE_TERMS, SIB_PaymentDays: 14 }), ['2020-W51'], new Date(2021, 0, 25, 23, 59));
    const result = await runEInvoice(openXlsx(book), { week: week('2020-W51') });
    if (result.kind !== 'einvoice') throw new Error(JSON.stringify(result));
    const { xml } = result.einvoice;
    expect(xml).toContain('<cbc:ID>3</cbc:ID>\n  <cbc:IssueDate>2021-01-25</cbc:IssueDate>\n  <cbc:DueDate>2021-02-08</cbc:DueDate>');
    expect(xml).toContain('<cbc:StartDate>2020-12-14</cbc:StartDate>\n    <cbc:EndDate>2020-12-20</cbc:EndDate>');
    expect(xml).toContain(`<cbc:ID>${result.document.fingerprint}</cbc:ID>`);
    expect(xml).toContain('<cbc:Note>Payment within 14 days</cbc:Note>');
    expect(xml).toContain('<cbc:BuyerReference>IMPACT-TEST &amp; &lt;Co&gt;</cbc:BuyerReference>');
    expect(xml).toContain('<cbc:ID>0440116243</cbc:ID>\n      <cac:FinancialInstitutionBranch>\n        <cbc:ID>0040</cbc:ID>');
  });

  test('VAT category E carries a rate of 0 and the exemption reason given', async () => {
    const reason = 'Momsfritaget, jf. momslovens § 13, stk. 1, nr. 2';
    const book = await issued(newBook({ ...EINVOICE_TERMS, SIB_VATCategory: 'e', SIB_VATExemptionReason: reason }), ['2020-W51']);
    const result = await runEInvoice(openXlsx(book), { week: week('2020-W51') });
    if (result.kind !== 'einvoice') throw new Error(JSON.stringify(result));
    expect(result.einvoice.xml).toContain(
      `<cbc:ID>E</cbc:ID>\n        <cbc:Percent>0</cbc:Percent>\n        <cbc:TaxExemptionReason>${reason}</cbc:TaxExemptionReason>`,
    );
  });
});
