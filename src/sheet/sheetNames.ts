import { Language } from '../engine/messages';
import { IsoWeek, weekLabel } from '../engine/weeks';
import { WORKBOOK_LANGUAGES, workbookText, workbookTexts, WorkbookTextKey } from './workbookTexts';

/**
 * The names of the sheets and tables this product writes, in the workbook's language, and how readers
 * find them in any language: a workbook switched from English to Danish keeps its English sheets, and the
 * new Danish ones stand beside them.
 */

/** `Invoice 2021-W10` or `Faktura 2021-W10`. */
export function invoiceSheetName(week: IsoWeek, language: Language): string {
  return workbookText(language, 'sheet.invoice', { week: weekLabel(week) });
}

/** `Correction 2021-W10`, then `Correction 2021-W10 (2)`, … — the nth correction of the week. */
export function correctionSheetName(week: IsoWeek, nth: number, language: Language): string {
  return `${workbookText(language, 'sheet.correction', { week: weekLabel(week) })}${nth > 1 ? ` (${nth})` : ''}`;
}

/** `Invoice_2021_W10`, `Correction_2021_W10_2`: table names, which hold no spaces or hyphens. */
export function lineTableName(kind: 'invoice' | 'correction', week: IsoWeek, nth: number, language: Language): string {
  return `${workbookText(language, `table.${kind}`)}_${weekLabel(week).replace('-', '_')}${nth > 1 ? `_${nth}` : ''}`;
}

/** The name of a sheet in every language, for looking it up. */
export function sheetNamesFor(name: (language: Language) => string): string[] {
  return [...new Set(WORKBOOK_LANGUAGES.map(name))];
}

/** The first of `sheetNames`, in workbook order, that is the sheet `key` names in some language (compared as Excel does, ignoring case). */
export function findProductSheet(sheetNames: readonly string[], key: 'sheet.ledger' | 'sheet.contract'): string | undefined {
  const names = sheetNamesFor((language) => workbookText(language, key).toLowerCase());
  return sheetNames.find((name) => names.includes(name.toLowerCase()));
}

/** The settlement ledger's sheet, in whichever language it was created. */
export function findLedgerSheet(sheetNames: readonly string[]): string | undefined {
  return findProductSheet(sheetNames, 'sheet.ledger');
}

/** The language whose text `key` a sheet name is; undefined for a name that is none of them. */
export function languageOfSheet(name: string, key: WorkbookTextKey): Language | undefined {
  return WORKBOOK_LANGUAGES.find((language) => workbookText(language, key).toLowerCase() === name.toLowerCase());
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The sheet name of `key` in every language as regular-expression alternatives, `{week}` standing for `week`. */
const alternatives = (key: WorkbookTextKey, week = '') =>
  sheetNamesFor((language) => escaped(workbookTexts[language][key]).replace(escaped('{week}'), week).replace(/ /g, '\\s+')).join('|');

const INVOICE_SHEET = new RegExp(`^\\s*(?:${alternatives('sheet.invoice', '(\\d{4}-?W\\d{1,2})')})\\b`, 'i');

/** The week label of an invoice sheet's name in any language (`Invoice 2021-W10`, `Faktura 2021W10` → `2021W10`); undefined for any other name. */
export function invoiceSheetWeek(name: string): string | undefined {
  return INVOICE_SHEET.exec(name)
    ?.slice(1)
    .find((label) => label !== undefined);
}

const WEEK = '\\d{4}-W\\d{2}';

/** Sheets this product writes lines on, in any language: `Invoice 2021-W10`, `Korrektion 2021-W10 (2)`. */
export const LINE_SHEETS = new RegExp(`^(?:${alternatives('sheet.invoice', WEEK)}|${alternatives('sheet.correction', WEEK)})`, 'i');

/** Sheets this product writes, in any language; never candidate sheets. */
export const PRODUCT_SHEETS = new RegExp(
  `^(?:${alternatives('sheet.contract')}|${alternatives('sheet.ledger')}|(?:${alternatives('sheet.investorChart')})(?: \\(\\d+\\))?` +
    `|${alternatives('sheet.invoice', WEEK)}|(?:${alternatives('sheet.correction', WEEK)}).*)$`,
  'i',
);
