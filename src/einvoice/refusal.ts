import { Catalogue, fillTemplate, Language, MessageParams } from '../engine/messages';

/**
 * Why an issued invoice or correction cannot become an e-invoice, each with what to do, in English and
 * Danish. Nothing is written when the export is refused.
 */
const en = {
  noLedger: 'The workbook has no Settlement ledger, so no invoice has been issued yet — build the week’s invoice first',
  ledgerUnreadable: 'The Settlement ledger has rows that cannot be read ({cells}) — restore them, then export again',
  notIssued: 'The Settlement ledger records no invoice for {week} — build the invoice for that week first',
  noCorrection: 'The Settlement ledger records {count} correction(s) for {week}, so there is no correction {nth}',
  sheetMissing: "Settlement ledger row {row} names the sheet '{sheet}', which the workbook does not have — restore the sheet",
  tableUnreadable: "The sheet '{sheet}' has no table with the columns {columns} — restore the issued sheet",
  weekMismatch: "The sheet '{sheet}' says week {found}, but Settlement ledger row {row} records {week} — restore the issued sheet",
  fingerprintMismatch:
    "The fingerprint on the sheet '{sheet}' differs from the one Settlement ledger row {row} recorded — the issued sheet was changed; restore it",
  doesNotFoot:
    "The issued lines on '{sheet}' sum to {lines}, its totals row says {sheetTotal} and Settlement ledger row {row} {ledgerTotal} — they must agree to the øre; restore the issued sheet",
  lineCount: "The sheet '{sheet}' has {found} line(s), but Settlement ledger row {row} records {lines} — restore the issued sheet",
  nothingToInvoice: "The invoice on '{sheet}' charges nothing (no line was paid), so there is nothing to send",
  cprLikeId:
    'The candidate id at {address} looks like a Danish CPR number; an e-invoice never carries one — give the candidate a pseudonymous id such as K-001',
  termMissing: 'The contract term {name} is not defined, and the e-invoice needs it — define it on the Contract view or sheet',
  termCvr: "The contract term {name} holds '{value}', which is not a CVR number (8 digits that pass the modulus-11 check) — correct it",
  termGln:
    "The contract term {name} holds '{value}', which is not a GLN/EAN location number (13 digits with a GS1 check digit) — correct it",
  termIban: "The contract term {name} holds '{value}', which is not an IBAN (it fails the mod-97 check) — correct it",
  termIbanNotDanish: 'The contract term {name} holds a foreign IBAN; the e-invoice pays to a Danish bank account (an IBAN beginning DK)',
  termPaymentDays: "The contract term {name} holds '{value}', which is not a whole number of days from 0 to 365 — correct it",
  termVatCategory: "The contract term {name} holds '{value}'; the e-invoice supports O (not subject to VAT) and E (exempt from VAT)",
  termVatReason: 'The contract term {name} is blank, but VAT category E (exempt) needs the reason, e.g. the section of the VAT Act',
  termNotXml: 'The contract term {name} holds a character an XML document cannot carry (a control character) — remove it',
  cellNotXml: 'The cell {address} holds a character an XML document cannot carry (a control character) — remove it',
  currency:
    "The sheet '{sheet}' is in the currency '{value}', which is not an ISO 4217 code such as DKK — correct SIB_Currency, then build the week again",
} as const;

export type RefusalCode = keyof typeof en;

const da: Record<RefusalCode, string> = {
  noLedger: 'Projektmappen har intet arket Settlement ledger, så der er endnu ikke udstedt nogen faktura — dan ugens faktura først',
  ledgerUnreadable: 'Settlement ledger har rækker, der ikke kan læses ({cells}) — genskab dem, og eksportér igen',
  notIssued: 'Settlement ledger har ingen faktura for {week} — dan fakturaen for ugen først',
  noCorrection: 'Settlement ledger har {count} korrektion(er) for {week}, så der er ingen korrektion {nth}',
  sheetMissing: "Række {row} i Settlement ledger nævner arket '{sheet}', som projektmappen ikke har — genskab arket",
  tableUnreadable: "Arket '{sheet}' har ingen tabel med kolonnerne {columns} — genskab det udstedte ark",
  weekMismatch: "Arket '{sheet}' siger uge {found}, men række {row} i Settlement ledger siger {week} — genskab det udstedte ark",
  fingerprintMismatch:
    "Fingeraftrykket på arket '{sheet}' afviger fra det, række {row} i Settlement ledger har registreret — det udstedte ark er ændret; genskab det",
  doesNotFoot:
    "De udstedte linjer på '{sheet}' giver {lines}, totalrækken siger {sheetTotal} og række {row} i Settlement ledger {ledgerTotal} — de skal stemme på øren; genskab det udstedte ark",
  lineCount: "Arket '{sheet}' har {found} linje(r), men række {row} i Settlement ledger siger {lines} — genskab det udstedte ark",
  nothingToInvoice: "Fakturaen på '{sheet}' opkræver intet (ingen linje blev betalt), så der er intet at sende",
  cprLikeId:
    'Kandidat-id’et i {address} ligner et CPR-nummer; en e-faktura indeholder aldrig et — giv kandidaten et pseudonymt id som K-001',
  termMissing:
    'Kontraktvilkåret {name} er ikke defineret, og e-fakturaen skal bruge det — definér det under Kontrakt eller på arket Contract',
  termCvr: "Kontraktvilkåret {name} indeholder '{value}', som ikke er et CVR-nummer (8 cifre, der består modulus 11-kontrollen) — ret det",
  termGln:
    "Kontraktvilkåret {name} indeholder '{value}', som ikke er et EAN-lokationsnummer/GLN (13 cifre med GS1-kontrolciffer) — ret det",
  termIban: "Kontraktvilkåret {name} indeholder '{value}', som ikke er et IBAN (det består ikke mod 97-kontrollen) — ret det",
  termIbanNotDanish:
    'Kontraktvilkåret {name} indeholder et udenlandsk IBAN; e-fakturaen betales til en dansk bankkonto (et IBAN, der begynder med DK)',
  termPaymentDays: "Kontraktvilkåret {name} indeholder '{value}', som ikke er et helt antal dage fra 0 til 365 — ret det",
  termVatCategory: "Kontraktvilkåret {name} indeholder '{value}'; e-fakturaen understøtter O (ikke momspligtig) og E (momsfritaget)",
  termVatReason: 'Kontraktvilkåret {name} er tomt, men momskategori E (fritaget) kræver begrundelsen, fx paragraffen i momsloven',
  termNotXml: 'Kontraktvilkåret {name} indeholder et tegn, et XML-dokument ikke kan rumme (et kontroltegn) — fjern det',
  cellNotXml: 'Cellen {address} indeholder et tegn, et XML-dokument ikke kan rumme (et kontroltegn) — fjern det',
  currency: "Arket '{sheet}' er i valutaen '{value}', som ikke er en ISO 4217-kode som DKK — ret SIB_Currency, og dan ugen igen",
};

export const refusalTexts: Catalogue<RefusalCode> = { en, da };

export interface EInvoiceRefusal {
  readonly code: RefusalCode;
  readonly params: MessageParams;
}

export function refusal(code: RefusalCode, params: MessageParams = {}): EInvoiceRefusal {
  return { code, params };
}

export function isRefusal(value: unknown): value is EInvoiceRefusal {
  return typeof value === 'object' && value !== null && 'code' in value && (value as EInvoiceRefusal).code in en;
}

export function refusalText(refused: EInvoiceRefusal, language: Language = 'en'): string {
  return fillTemplate(refusalTexts[language][refused.code], refused.params);
}
