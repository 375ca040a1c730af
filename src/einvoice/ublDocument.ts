import { Amount, formatAmount, ZERO } from '../engine/money';
import { formatDay, sundayOf, weekLabel } from '../engine/weeks';
import { looksLikeCpr } from '../sheet/check';
import { IssuedDocument, IssuedLine } from './issuedDocument';
import { EInvoiceRefusal, refusal } from './refusal';
import { Coded, EInvoiceFormat, EInvoiceFormatName } from './formats';
import { EInvoiceTerms, NOT_SUBJECT_TO_VAT } from './terms';
import { el, isXmlText, xmlDocument, XmlNode } from './xml';

/**
 * docs/rules.md §10: an issued invoice or correction as a UBL 2.1 e-invoice, Peppol BIS Billing 3.0 or OIOUBL
 * 2.1 (the differences are data, in formats.ts). An invoice, and a correction whose differences add up to
 * zero or more, is an Invoice; a correction that credits more than it charges is a CreditNote. Both carry
 * every changed line with its own sign, so the document foots to the sheet's total to the øre, and a
 * correction refers to the invoice it corrects.
 */
export interface EInvoice {
  readonly format: EInvoiceFormatName;
  readonly type: 'Invoice' | 'CreditNote';
  readonly number: string;
  readonly xml: string;
  readonly lines: number;
  /** What the buyer pays (an Invoice) or is credited (a CreditNote). */
  readonly payable: Amount;
  readonly currency: string;
}

const NAMESPACES = {
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;
/** UNCL1001: commercial invoice, credit note. UNCL4461: payment to bank account, as DK-R-005 allows for Danish parties. */
const TYPE_CODE = { Invoice: '380', CreditNote: '381' } as const;
const PAYMENT_TO_BANK_ACCOUNT = '42';
/** UN/ECE Recommendation 20: week, the unit of an outcome payment. */
const WEEK_UNIT = 'WEE';

export function ublDocument(document: IssuedDocument, terms: EInvoiceTerms, format: EInvoiceFormat): EInvoice | EInvoiceRefusal {
  const lines = document.lines.filter((line) => !line.amount.isZero());
  if (lines.length === 0) return refusal('nothingToInvoice', { sheet: document.sheet });
  const personal = lines.find((line) => looksLikeCpr(line.candidateId));
  if (personal) return refusal('cprLikeId', { address: personal.idAddress });
  const unwritable = lines.find((line) => !isXmlText(line.candidateId) || !isXmlText(line.status));
  if (unwritable) return refusal('cellNotXml', { address: unwritable.idAddress });
  if (!/^[A-Z]{3}$/.test(document.currency)) return refusal('currency', { sheet: document.sheet, value: document.currency });

  const type = document.total.isNegative() ? 'CreditNote' : 'Invoice';
  // A CreditNote's amounts are what it credits: a correction's differences with the sign turned.
  const sign = type === 'CreditNote' ? -1 : 1;
  const signed = (value: Amount) => (sign < 0 ? value.negated() : value);
  const payable = signed(document.total);
  const money = (name: string, value: Amount) => el(`cbc:${name}`, formatAmount(value), { currencyID: document.currency });
  const cbc = (name: string, content: string | undefined, attributes?: Record<string, string>) =>
    content === undefined ? undefined : el(`cbc:${name}`, content, attributes);
  const issued = formatDay(document.issued);
  const due = formatDay(document.issued + terms.paymentDays);
  const invoice = type === 'Invoice';

  const taxTotal = (taxable: Amount) =>
    el('cac:TaxTotal', [
      money('TaxAmount', ZERO),
      el('cac:TaxSubtotal', [money('TaxableAmount', taxable), money('TaxAmount', ZERO), taxCategory('TaxCategory', terms, format, true)]),
    ]);

  const root = el(
    type,
    [
      cbc('UBLVersionID', format.ublVersion),
      cbc('CustomizationID', format.customization),
      coded('ProfileID', format.profile),
      cbc('ID', document.number),
      cbc('IssueDate', issued),
      invoice ? cbc('DueDate', due) : undefined,
      cbc(`${type}TypeCode`, TYPE_CODE[type], invoice ? format.invoiceTypeCodeList : undefined),
      cbc('Note', note(document)),
      cbc('DocumentCurrencyCode', document.currency),
      cbc('BuyerReference', terms.buyerReference),
      el('cac:InvoicePeriod', [cbc('StartDate', formatDay(document.week.monday)), cbc('EndDate', formatDay(sundayOf(document.week)))]),
      document.corrects &&
        el('cac:BillingReference', [
          el('cac:InvoiceDocumentReference', [cbc('ID', document.corrects.number), cbc('IssueDate', formatDay(document.corrects.issued))]),
        ]),
      terms.contractName === undefined ? undefined : el('cac:ContractDocumentReference', [cbc('ID', terms.contractName)]),
      el('cac:AdditionalDocumentReference', [
        cbc('ID', document.fingerprint),
        cbc('DocumentType', format.documentTypeOfFingerprint),
        cbc(
          'DocumentDescription',
          `SHA-256 fingerprint of the candidate data and contract terms the sheet '${document.sheet}' was built from (Settlement ledger row ${document.number})`,
        ),
      ]),
      el('cac:AccountingSupplierParty', [
        party(terms.investor, format.cvr(terms.investorCvr), terms.investorCvr, format, {
          taxRegistration: format.exemptSellerTaxRegistration && terms.vatCategory === 'E',
        }),
      ]),
      el('cac:AccountingCustomerParty', [
        party(terms.commissioner, format.gln(terms.commissionerEan), terms.commissionerCvr, format, {
          contact: format.buyerReferenceAsContact ? terms.buyerReference : undefined,
        }),
      ]),
      invoice
        ? el('cac:PaymentMeans', [
            format.paymentChannel && cbc('ID', '1'),
            cbc('PaymentMeansCode', PAYMENT_TO_BANK_ACCOUNT),
            format.paymentChannel && cbc('PaymentDueDate', due),
            format.paymentChannel && coded('PaymentChannelCode', format.paymentChannel),
            cbc('PaymentID', document.number),
            el('cac:PayeeFinancialAccount', [
              cbc('ID', terms.bankAccount),
              el('cac:FinancialInstitutionBranch', [cbc('ID', terms.bankRegistration)]),
            ]),
          ])
        : undefined,
      invoice
        ? el('cac:PaymentTerms', [
            cbc('Note', `Payment within ${terms.paymentDays} days`),
            format.paymentTermsAmount ? money('Amount', payable) : undefined,
          ])
        : undefined,
      taxTotal(payable),
      el('cac:LegalMonetaryTotal', [
        money('LineExtensionAmount', payable),
        money('TaxExclusiveAmount', format.taxExclusiveAmountIsTax ? ZERO : payable),
        money('TaxInclusiveAmount', payable),
        money('PayableAmount', payable),
      ]),
      ...lines.map((line, index) => {
        const amount = signed(line.amount);
        return documentLine(type, index + 1, line, amount, document, terms, format, format.lineTaxTotal ? taxTotal(amount) : undefined);
      }),
    ],
    { xmlns: NAMESPACES[type], 'xmlns:cac': NAMESPACES.cac, 'xmlns:cbc': NAMESPACES.cbc },
  );
  return {
    format: format.name,
    type,
    number: document.number,
    xml: xmlDocument(root),
    lines: lines.length,
    payable,
    currency: document.currency,
  };
}

/** A basic element holding a code, with the attributes that name its list or scheme. */
function coded(name: string, code: Coded): XmlNode {
  return el(`cbc:${name}`, code.id, code.attributes);
}

function note(document: IssuedDocument): string {
  const what = document.kind === 'invoice' ? 'Outcome payments' : `Correction of the outcome payments`;
  return `${what} for ${weekLabel(document.week)} (${formatDay(document.week.monday)} to ${formatDay(sundayOf(document.week))}), as issued on the sheet '${document.sheet}'.`;
}

/**
 * A Danish party by its name, endpoint and CVR number. A Peppol seller of VAT-exempt payments also states its
 * CVR as its tax registration (BT-32, which BR-E-02 asks for); it has no VAT number to state. An OIOUBL buyer
 * has one contact: its reference.
 */
function party(
  name: string,
  endpoint: Coded,
  cvr: string,
  format: EInvoiceFormat,
  { taxRegistration = false, contact }: { taxRegistration?: boolean; contact?: string },
): XmlNode {
  return el('cac:Party', [
    el('cbc:EndpointID', endpoint.id, endpoint.attributes),
    el('cac:PartyName', [el('cbc:Name', name)]),
    el('cac:PostalAddress', [
      format.addressFormat && el('cbc:AddressFormatCode', format.addressFormat.id, format.addressFormat.attributes),
      el('cac:Country', [el('cbc:IdentificationCode', 'DK')]),
    ]),
    taxRegistration ? el('cac:PartyTaxScheme', [el('cbc:CompanyID', cvr), el('cac:TaxScheme', [el('cbc:ID', 'TAX')])]) : undefined,
    el('cac:PartyLegalEntity', [el('cbc:RegistrationName', name), coded('CompanyID', format.cvr(cvr))]),
    contact === undefined ? undefined : el('cac:Contact', [el('cbc:ID', contact)]),
  ]);
}

/** The VAT category, as the format codes it; the breakdown gives the reason (with its code for O, as BR-O-10 asks). */
function taxCategory(
  name: 'TaxCategory' | 'ClassifiedTaxCategory',
  terms: EInvoiceTerms,
  format: EInvoiceFormat,
  breakdown: boolean,
): XmlNode {
  const category = format.vatCategory(terms.vatCategory);
  const reason =
    breakdown && terms.vatCategory === 'O'
      ? [el('cbc:TaxExemptionReasonCode', NOT_SUBJECT_TO_VAT.code), el('cbc:TaxExemptionReason', terms.vatExemptionReason)]
      : breakdown
        ? [el('cbc:TaxExemptionReason', terms.vatExemptionReason)]
        : [];
  return el(`cac:${name}`, [
    el('cbc:ID', category.id, category.attributes),
    category.percent === undefined ? undefined : el('cbc:Percent', category.percent),
    ...reason,
    el('cac:TaxScheme', [
      el('cbc:ID', format.vatScheme.id, format.vatScheme.attributes),
      format.vatScheme.name === undefined ? undefined : el('cbc:Name', format.vatScheme.name),
    ]),
  ]);
}

/**
 * One paid candidate line: quantity one week (minus one for a line that goes against the document, e.g. a
 * charge in a CreditNote), the price its amount, the candidate id as the line's object identifier (BT-128).
 */
function documentLine(
  type: EInvoice['type'],
  id: number,
  line: IssuedLine,
  amount: Amount,
  document: IssuedDocument,
  terms: EInvoiceTerms,
  format: EInvoiceFormat,
  taxTotal: XmlNode | undefined,
): XmlNode {
  const money = (name: string, value: Amount) => el(`cbc:${name}`, formatAmount(value), { currencyID: document.currency });
  const quantity = type === 'Invoice' ? 'InvoicedQuantity' : 'CreditedQuantity';
  return el(`cac:${type}Line`, [
    el('cbc:ID', String(id)),
    el('cbc:Note', `Candidate ${line.candidateId}, status ${line.status === '' ? '(blank)' : line.status}, ${line.amountAddress}`),
    el(`cbc:${quantity}`, amount.isNegative() ? '-1' : '1', { unitCode: WEEK_UNIT }),
    money('LineExtensionAmount', amount),
    el('cac:DocumentReference', [el('cbc:ID', line.candidateId), el('cbc:DocumentTypeCode', '130')]),
    taxTotal,
    el('cac:Item', [
      el('cbc:Name', `Outcome payment ${weekLabel(document.week)}, candidate ${line.candidateId}`),
      taxCategory('ClassifiedTaxCategory', terms, format, false),
    ]),
    el('cac:Price', [money('PriceAmount', amount.abs())]),
  ]);
}
