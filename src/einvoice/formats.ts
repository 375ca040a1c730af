import { VatCategory } from './terms';

/**
 * docs/rules.md §10: the two e-invoice formats NemHandel accepts, as data. Both are UBL 2.1 documents written by
 * the one writer in ublDocument.ts; what differs is how a document names its format, the identifier schemes,
 * how VAT is coded and a few parts OIOUBL asks for that Peppol BIS does not. The OIOUBL values follow
 * NemHandel's own mapping from Peppol BIS Billing 3.0 to OIOUBL 2.1 (Erhvervsstyrelsen's BIS3-to-OIOUBL
 * transformation) and are checked by the OIOUBL schematron in the tests.
 */
export type EInvoiceFormatName = 'peppol' | 'oioubl';

export const EINVOICE_FORMATS: readonly EInvoiceFormatName[] = ['peppol', 'oioubl'];

type Attributes = Readonly<Record<string, string>>;

/** A coded value and the attributes that name its code list. */
export interface Coded {
  readonly id: string;
  readonly attributes?: Attributes;
}

export interface EInvoiceFormat {
  readonly name: EInvoiceFormatName;
  /** The format's name as a reader knows it. */
  readonly title: string;
  /** UBLVersionID, which OIOUBL asks for and Peppol BIS leaves out. */
  readonly ublVersion?: string;
  readonly customization: string;
  readonly profile: Coded;
  /** The code list of the invoice type code (UNCL1001 codes in both). */
  readonly invoiceTypeCodeList?: Attributes;
  /** A CVR number (the seller's endpoint, both parties' legal registration) and a GLN (the buyer's endpoint), as the format writes them. */
  readonly cvr: (cvr: string) => Coded;
  readonly gln: (gln: string) => Coded;
  /** OIOUBL's address format code; both formats give the parties' country only. */
  readonly addressFormat?: Coded;
  /** OIOUBL asks for exactly one buyer contact, whose ID is the buyer's reference (where Peppol has BuyerReference). */
  readonly buyerReferenceAsContact: boolean;
  /** Peppol: a VAT-exempt seller states its CVR number as its tax registration (BR-E-02); OIOUBL has no such rule. */
  readonly exemptSellerTaxRegistration: boolean;
  /** The VAT category of a payment on which no VAT is charged, with its rate when the format wants one. */
  readonly vatCategory: (category: VatCategory) => Coded & { readonly percent?: string };
  /** The VAT tax scheme, with its name where the format asks for one. */
  readonly vatScheme: Coded & { readonly name?: string };
  /** OIOUBL's TaxExclusiveAmount is the document's total tax, where Peppol's is the total without tax. */
  readonly taxExclusiveAmountIsTax: boolean;
  /** OIOUBL asks for a tax total on every line, even at 0 %. */
  readonly lineTaxTotal: boolean;
  /** OIOUBL: the payment channel of a bank transfer (code 42), the amount in the payment terms, and a type on every document reference. */
  readonly paymentChannel?: Coded;
  readonly paymentTermsAmount: boolean;
  readonly documentTypeOfFingerprint?: string;
}

const NEMHANDEL = '320';

export const PEPPOL: EInvoiceFormat = {
  name: 'peppol',
  title: 'Peppol BIS Billing 3.0',
  customization: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
  profile: { id: 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0' },
  // ISO 6523 ICD: the Danish CVR register and GS1 GLN.
  cvr: (cvr) => ({ id: cvr, attributes: { schemeID: '0184' } }),
  gln: (gln) => ({ id: gln, attributes: { schemeID: '0088' } }),
  buyerReferenceAsContact: false,
  exemptSellerTaxRegistration: true,
  // O carries no rate (BR-O-05), E a rate of 0 (BR-E-05).
  vatCategory: (category) => (category === 'E' ? { id: 'E', percent: '0' } : { id: 'O' }),
  vatScheme: { id: 'VAT' },
  taxExclusiveAmountIsTax: false,
  lineTaxTotal: false,
  paymentTermsAmount: false,
};

export const OIOUBL: EInvoiceFormat = {
  name: 'oioubl',
  title: 'OIOUBL 2.1',
  ublVersion: '2.1',
  customization: 'OIOUBL-2.1',
  // Billing only (BilSim): an invoice or credit note with no order before it.
  profile: { id: 'Procurement-BilSim-1.0', attributes: { schemeAgencyID: NEMHANDEL, schemeID: 'urn:oioubl:id:profileid-1.6' } },
  invoiceTypeCodeList: { listAgencyID: NEMHANDEL, listID: 'urn:oioubl:codelist:invoicetypecode-1.1' },
  // OIOUBL writes a CVR number with its country code (F-LIB180, F-LIB190).
  cvr: (cvr) => ({ id: `DK${cvr}`, attributes: { schemeID: 'DK:CVR' } }),
  gln: (gln) => ({ id: gln, attributes: { schemeAgencyID: '9', schemeID: 'GLN' } }),
  addressFormat: { id: 'StructuredLax', attributes: { listAgencyID: NEMHANDEL, listID: 'urn:oioubl:codelist:addressformatcode-1.1' } },
  buyerReferenceAsContact: true,
  exemptSellerTaxRegistration: false,
  // OIOUBL 2.1's tax categories have no "outside the scope" or "exempt": NemHandel maps both O and E to ZeroRated at 0 %.
  vatCategory: () => ({
    id: 'ZeroRated',
    attributes: { schemeAgencyID: NEMHANDEL, schemeID: 'urn:oioubl:id:taxcategoryid-1.1' },
    percent: '0',
  }),
  // Tax type 63 is Danish VAT, "Moms".
  vatScheme: { id: '63', attributes: { schemeAgencyID: NEMHANDEL, schemeID: 'urn:oioubl:id:taxschemeid-1.1' }, name: 'Moms' },
  taxExclusiveAmountIsTax: true,
  lineTaxTotal: true,
  paymentChannel: { id: 'DK:BANK', attributes: { listAgencyID: NEMHANDEL, listID: 'urn:oioubl:codelist:paymentchannelcode-1.1' } },
  paymentTermsAmount: true,
  documentTypeOfFingerprint: 'Fingerprint',
};

export function eInvoiceFormat(name: EInvoiceFormatName): EInvoiceFormat {
  return name === 'oioubl' ? OIOUBL : PEPPOL;
}
