import { CellValue, isBlank } from '../engine/cells';
import { TERM_NAMES, TermKey, TermSource } from '../sheet/contractTerms';
import { danishAccount, isCvr, isGln, isIban } from './identifiers';
import { EInvoiceRefusal, refusal, RefusalCode } from './refusal';
import { isXmlText } from './xml';

/**
 * VAT categories of EN 16931 (UNCL5305) that fit a payment on which no VAT is charged: O, outside the scope
 * of VAT, the default (see docs/einvoice.md for why), and E, exempt, which needs the exemption's reason.
 */
export type VatCategory = 'O' | 'E';

export const DEFAULT_PAYMENT_DAYS = 30;
export const DEFAULT_VAT_CATEGORY: VatCategory = 'O';
/** The text BR-O-10 of EN 16931 asks for with category O, with its code from the CEF VATEX list. */
export const NOT_SUBJECT_TO_VAT = { code: 'VATEX-EU-O', text: 'Not subject to VAT' } as const;

/**
 * The contract terms an e-invoice needs beyond the settlement's own (docs/rules.md §10): who sells and who
 * buys, where the buyer receives e-invoices, where to pay, when, and how VAT applies. Read from the same
 * defined names as every other term; checked here, in one place, for both the sheet check and the export.
 */
export interface EInvoiceTerms {
  readonly investor: string;
  readonly investorCvr: string;
  readonly commissioner: string;
  readonly commissionerCvr: string;
  /** The buyer's GLN, its NemHandel/Peppol endpoint (scheme 0088). */
  readonly commissionerEan: string;
  readonly bankRegistration: string;
  readonly bankAccount: string;
  readonly paymentDays: number;
  /** The buyer's reference (BT-10): SIB_BuyerReference, else the contract's name. */
  readonly buyerReference: string;
  readonly contractName?: string;
  readonly vatCategory: VatCategory;
  readonly vatExemptionReason: string;
}

type Sources = Partial<Record<TermKey, TermSource>>;

/** A problem with one term: its key and the refusal that names it. */
export interface TermProblem {
  readonly key: TermKey;
  readonly refusal: EInvoiceRefusal;
}

/** The cell's text: numbers as their digits (an EAN typed as a number is still 13 digits), texts trimmed. */
function textOf(value: CellValue | undefined): string | undefined {
  if (value === undefined || value === null || isBlank(value)) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'object') return value.error;
  return String(value).trim();
}

/** What is wrong with the e-invoice terms that are given; a missing term is not a problem here. */
export function malformedTerms(sources: Sources): TermProblem[] {
  const problems: TermProblem[] = [];
  const problem = (key: TermKey, code: RefusalCode, value?: string) =>
    problems.push({ key, refusal: refusal(code, { name: TERM_NAMES[key], ...(value === undefined ? {} : { value }) }) });
  const checked = (key: TermKey, valid: (text: string) => boolean, code: RefusalCode) => {
    const text = textOf(sources[key]?.value);
    if (text !== undefined && !valid(text)) problem(key, code, text);
  };
  checked('investorCvr', isCvr, 'termCvr');
  checked('commissionerCvr', isCvr, 'termCvr');
  checked('commissionerEan', isGln, 'termGln');
  checked('investorIban', isIban, 'termIban');
  checked('paymentDays', (text) => /^\d{1,3}$/.test(text) && Number(text) <= 365, 'termPaymentDays');
  checked('vatCategory', (text) => text.toUpperCase() === 'O' || text.toUpperCase() === 'E', 'termVatCategory');
  if (textOf(sources.vatCategory?.value)?.toUpperCase() === 'E' && textOf(sources.vatExemptionReason?.value) === undefined)
    problem('vatExemptionReason', 'termVatReason');
  for (const key of ['buyerReference', 'vatExemptionReason'] as const) checked(key, isXmlText, 'termNotXml');
  return problems;
}

/** The e-invoice's terms, or every term that is missing or malformed. */
export function readEInvoiceTerms(sources: Sources): EInvoiceTerms | TermProblem[] {
  const problems = malformedTerms(sources);
  const required = (key: TermKey): string => {
    const text = textOf(sources[key]?.value);
    if (text === undefined) problems.push({ key, refusal: refusal('termMissing', { name: TERM_NAMES[key] }) });
    else if (!isXmlText(text)) problems.push({ key, refusal: refusal('termNotXml', { name: TERM_NAMES[key] }) });
    return text ?? '';
  };
  const investor = required('investor');
  const investorCvr = required('investorCvr');
  const commissioner = required('commissioner');
  const commissionerCvr = required('commissionerCvr');
  const commissionerEan = required('commissionerEan');
  const iban = required('investorIban');
  const account = danishAccount(iban);
  if (iban && isIban(iban) && !account)
    problems.push({ key: 'investorIban', refusal: refusal('termIbanNotDanish', { name: TERM_NAMES.investorIban }) });
  const contractName = textOf(sources.contractName?.value);
  if (contractName !== undefined && !isXmlText(contractName))
    problems.push({ key: 'contractName', refusal: refusal('termNotXml', { name: TERM_NAMES.contractName }) });
  const buyerReference = textOf(sources.buyerReference?.value) ?? contractName;
  if (buyerReference === undefined)
    problems.push({ key: 'buyerReference', refusal: refusal('termMissing', { name: TERM_NAMES.buyerReference }) });
  if (problems.length > 0) return dedupe(problems);
  const vatCategory = (textOf(sources.vatCategory?.value)?.toUpperCase() ?? DEFAULT_VAT_CATEGORY) as VatCategory;
  return {
    investor,
    investorCvr,
    commissioner,
    commissionerCvr,
    commissionerEan,
    bankRegistration: account!.registration,
    bankAccount: account!.account,
    paymentDays: Number(textOf(sources.paymentDays?.value) ?? DEFAULT_PAYMENT_DAYS),
    buyerReference: buyerReference!,
    contractName,
    vatCategory,
    vatExemptionReason: textOf(sources.vatExemptionReason?.value) ?? NOT_SUBJECT_TO_VAT.text,
  };
}

/** One problem per term: a malformed term is not also reported as unusable. */
function dedupe(problems: readonly TermProblem[]): TermProblem[] {
  return problems.filter((problem, index) => problems.findIndex((other) => other.key === problem.key) === index);
}
