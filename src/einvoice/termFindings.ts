import { Finding } from '../sheet/findings';
import { FindingCode } from '../sheet/findingTexts';
import { TermKey, TermSource } from '../sheet/contractTerms';
import { RefusalCode } from './refusal';
import { malformedTerms } from './terms';

const FINDING: Partial<Record<RefusalCode, FindingCode>> = {
  termCvr: 'terms.cvr',
  termGln: 'terms.gln',
  termIban: 'terms.iban',
  termPaymentDays: 'terms.paymentDays',
  termVatCategory: 'terms.vatCategory',
  termVatReason: 'terms.vatReason',
  termNotXml: 'terms.notXml',
};

/**
 * The sheet check's findings on the e-invoice terms: warnings, because a mistyped CVR, EAN or IBAN stops
 * the e-invoice but not the week's invoice sheet. A term left out is no finding: not every contract sends
 * e-invoices from this workbook.
 */
export function eInvoiceTermFindings(sources: Partial<Record<TermKey, TermSource>>, where: (key: TermKey) => string): Finding[] {
  return malformedTerms(sources).map(({ key, refusal }) => ({
    severity: 'warning',
    address: where(key),
    code: FINDING[refusal.code]!,
    params: refusal.params,
  }));
}
