import { Catalogue, fillTemplate, Language, MessageParams } from '../engine/messages';

/**
 * Every text this product writes into a workbook — sheet names, table and ledger columns, header-block
 * labels, the Contract sheet's labels — in the workbook's language (the contract term SIB_Language).
 * Whatever reads them back accepts every language here, so a workbook keeps working when its language is
 * switched. Placeholders are `{name}`. Formulas are not texts: their function names are the same in
 * every language's file.
 */
const en = {
  'sheet.invoice': 'Invoice {week}',
  'sheet.correction': 'Correction {week}',
  'sheet.ledger': 'Settlement ledger',
  'sheet.contract': 'Contract',
  'sheet.investorChart': 'Investor chart',
  /** The start of an invoice or correction table's name, e.g. `Invoice_2021_W10`: a name, so no spaces. */
  'table.invoice': 'Invoice',
  'table.correction': 'Correction',

  'column.id': 'Candidate ID',
  'column.status': 'Status',
  'column.share': 'Share',
  'column.rate': 'Rate',
  'column.before': 'Payable weeks before',
  'column.uncapped': 'Amount before cap',
  'column.amount': 'Amount',
  'column.reason': 'Reason',
  'column.issued': 'Issued',
  'column.previouslyIssued': 'Previously issued',
  'column.difference': 'Difference',
  'row.total': 'Total',
  'invoice.noLines': 'No candidate has a self-supporting status in {week}.',

  'header.contract': 'Contract',
  'header.commissioner': 'Commissioner',
  'header.investor': 'Investor',
  'header.provider': 'Provider',
  'header.week': 'Week',
  'header.monday': 'Monday',
  'header.sunday': 'Sunday',
  'header.sourceSheet': 'Source sheet',
  'header.built': 'Built',
  'header.fingerprint': 'Fingerprint (SHA-256)',
  'header.currency': 'Currency',
  'header.invoicedBefore': 'Invoiced before this week (ledger)',
  'header.capRemaining': 'Cap remaining before this week',
  'header.weekMondays': 'Mondays of the weeks in {range}',

  'ledger.week': 'Week',
  'ledger.monday': 'Monday',
  'ledger.kind': 'Kind',
  'ledger.sheet': 'Sheet',
  'ledger.lines': 'Lines',
  'ledger.total': 'Total',
  'ledger.cumulative': 'Cumulative total',
  'ledger.remainingCap': 'Remaining cap',
  'ledger.netReturn': 'Cumulative net return',
  'ledger.fingerprint': 'Fingerprint',
  'ledger.built': 'Built',
  'ledger.opening': 'opening',
  'ledger.invoice': 'invoice',
  'ledger.correction': 'correction',

  'contract.title': 'Contract terms — inputs. Formulas refer to these cells by their names.',
  'contract.name': 'Name',
  'contract.term': 'Term',
  'contract.value': 'Value',
  'term.contractName': 'Contract',
  'term.commissioner': 'Commissioner',
  'term.investor': 'Investor',
  'term.provider': 'Provider',
  'term.weeklyRate': 'Weekly rate, wholly self-supporting',
  'term.partialRate': 'Weekly rate, partly self-supporting',
  'term.maxWeeks': 'Max payable weeks per candidate',
  'term.contractStart': 'Contract start',
  'term.contractEnd': 'Contract end',
  'term.paymentCap': 'Contract payment cap',
  'term.invested': 'Invested by the investor',
  'term.currency': 'Currency',
  'term.successTarget': 'Success target, share of candidates self-supporting',
  'term.language': 'Language of the sheets the add-in writes: en or da (blank: en)',
  'term.investorCvr': 'E-invoice: investor’s CVR number (seller)',
  'term.commissionerCvr': 'E-invoice: commissioner’s CVR number (buyer)',
  'term.commissionerEan': 'E-invoice: commissioner’s EAN location number (NemHandel)',
  'term.investorIban': 'E-invoice: investor’s IBAN, paid to',
  'term.paymentDays': 'E-invoice: days to pay (blank: 30)',
  'term.buyerReference': 'E-invoice: buyer’s reference (blank: the contract)',
  'term.vatCategory': 'E-invoice: VAT category, O or E (blank: O)',
  'term.vatExemptionReason': 'E-invoice: VAT exemption reason (needed for E)',

  'chart.title': 'Cumulative repayments against the amount invested',
  'chart.repaid': 'Repaid ({currency}, cumulative)',
  'chart.invested': 'Invested ({currency})',
} as const;

export type WorkbookTextKey = keyof typeof en;

const da: Record<WorkbookTextKey, string> = {
  'sheet.invoice': 'Faktura {week}',
  'sheet.correction': 'Korrektion {week}',
  'sheet.ledger': 'Afregningslog',
  'sheet.contract': 'Kontrakt',
  'sheet.investorChart': 'Investordiagram',
  'table.invoice': 'Faktura',
  'table.correction': 'Korrektion',

  'column.id': 'Kandidat-ID',
  'column.status': 'Status',
  'column.share': 'Andel',
  'column.rate': 'Takst',
  'column.before': 'Betalingsberettigede uger før',
  'column.uncapped': 'Beløb før loft',
  'column.amount': 'Beløb',
  'column.reason': 'Årsag',
  'column.issued': 'Faktureret',
  'column.previouslyIssued': 'Tidligere faktureret',
  'column.difference': 'Forskel',
  'row.total': 'I alt',
  'invoice.noLines': 'Ingen kandidat har en selvforsørgende status i {week}.',

  'header.contract': 'Kontrakt',
  'header.commissioner': 'Kommune (køber)',
  'header.investor': 'Investor',
  'header.provider': 'Leverandør',
  'header.week': 'Uge',
  'header.monday': 'Mandag',
  'header.sunday': 'Søndag',
  'header.sourceSheet': 'Kildeark',
  'header.built': 'Dannet',
  'header.fingerprint': 'Fingeraftryk (SHA-256)',
  'header.currency': 'Valuta',
  'header.invoicedBefore': 'Faktureret før denne uge (afregningslog)',
  'header.capRemaining': 'Tilbage af loftet før denne uge',
  'header.weekMondays': 'Mandagene i ugerne i {range}',

  'ledger.week': 'Uge',
  'ledger.monday': 'Mandag',
  'ledger.kind': 'Art',
  'ledger.sheet': 'Ark',
  'ledger.lines': 'Linjer',
  'ledger.total': 'I alt',
  'ledger.cumulative': 'I alt, akkumuleret',
  'ledger.remainingCap': 'Tilbage af loftet',
  'ledger.netReturn': 'Nettoafkast, akkumuleret',
  'ledger.fingerprint': 'Fingeraftryk',
  'ledger.built': 'Dannet',
  'ledger.opening': 'primo',
  'ledger.invoice': 'faktura',
  'ledger.correction': 'korrektion',

  'contract.title': 'Kontraktvilkår — inddata. Formlerne henviser til disse celler ved deres navne.',
  'contract.name': 'Navn',
  'contract.term': 'Vilkår',
  'contract.value': 'Værdi',
  'term.contractName': 'Kontrakt',
  'term.commissioner': 'Kommune (køber)',
  'term.investor': 'Investor',
  'term.provider': 'Leverandør',
  'term.weeklyRate': 'Ugetakst, helt selvforsørgende',
  'term.partialRate': 'Ugetakst, delvis selvforsørgende',
  'term.maxWeeks': 'Maks. betalingsberettigede uger pr. kandidat',
  'term.contractStart': 'Kontraktstart',
  'term.contractEnd': 'Kontraktslut',
  'term.paymentCap': 'Kontraktens betalingsloft',
  'term.invested': 'Investeret af investor',
  'term.currency': 'Valuta',
  'term.successTarget': 'Succesmål, andel af kandidaterne selvforsørgende',
  'term.language': 'Sproget i de ark, tilføjelsesprogrammet skriver: da eller en (tom: en)',
  'term.investorCvr': 'E-faktura: investors CVR-nummer (sælger)',
  'term.commissionerCvr': 'E-faktura: kommunens CVR-nummer (køber)',
  'term.commissionerEan': 'E-faktura: kommunens EAN-lokationsnummer (NemHandel)',
  'term.investorIban': 'E-faktura: investors IBAN, der betales til',
  'term.paymentDays': 'E-faktura: betalingsfrist i dage (tom: 30)',
  'term.buyerReference': 'E-faktura: købers reference (tom: kontrakten)',
  'term.vatCategory': 'E-faktura: momskategori, O eller E (tom: O)',
  'term.vatExemptionReason': 'E-faktura: begrundelse for momsfritagelse (kræves for E)',

  'chart.title': 'Akkumulerede tilbagebetalinger mod det investerede beløb',
  'chart.repaid': 'Tilbagebetalt ({currency}, akkumuleret)',
  'chart.invested': 'Investeret ({currency})',
};

export const workbookTexts: Catalogue<WorkbookTextKey> = { en, da };

export const WORKBOOK_LANGUAGES = Object.keys(workbookTexts) as Language[];

/** The text as a workbook in `language` holds it. */
export function workbookText(language: Language, key: WorkbookTextKey, params: MessageParams = {}): string {
  return fillTemplate(workbookTexts[language][key], params);
}

const readTexts = new Map<WorkbookTextKey, readonly string[]>();

/** The text in every language, as a reader compares it: trimmed, in lower case, runs of spaces as one. */
export function everyLanguage(key: WorkbookTextKey): readonly string[] {
  let texts = readTexts.get(key);
  if (!texts) readTexts.set(key, (texts = [...new Set(WORKBOOK_LANGUAGES.map((language) => readText(workbookTexts[language][key])))]));
  return texts;
}

/** Whether a cell holds the text in any language. */
export function isWorkbookText(value: unknown, key: WorkbookTextKey): boolean {
  return typeof value === 'string' && everyLanguage(key).includes(readText(value));
}

/** A cell's text as readers compare it. */
export function readText(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, ' ');
}
