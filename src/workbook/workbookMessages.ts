import { Catalogue } from '../engine/messages';

/**
 * What both adapters say, in English and Danish, when a workbook cannot take what the product asks of it:
 * a sheet that is not there, a cell that holds a formula, a name that is taken. Each adapter's catalogue
 * adds its own codes to these. Placeholders are `{name}`; the codes are stable.
 */
const en = {
  'sheet.notFound': "The workbook has no sheet named '{sheet}'. Its sheets: {sheets}",
  'cell.notAddress': "'{address}' is not a cell address with its sheet, such as Contract!C7",
  'cell.notSingle': "'{address}' is not a single cell, such as Contract!C7",
  'cell.holdsFormula': '{cell} holds a formula, which the add-in never overwrites — change it in the workbook itself',
  'cell.errorValue': 'Cannot write the error {value} into {cell} — give a number, a date or a text',
  'cell.notFinite': 'Cannot write the number {value} into {cell} — give an ordinary number',
  'append.noSheet':
    "Cannot add rows to the sheet '{sheet}': the workbook has no sheet of that name — it may have been renamed or deleted; restore it and try again",
  'write.sheetTaken': "The workbook already has a sheet named '{name}' — rename that sheet in Excel and try again",
  'write.definedNameTaken':
    "The workbook already has a defined name '{name}', which a new table or name needs (Excel compares names without case) — rename or delete it in Excel (Formulas › Name Manager) and try again",
} as const;

export type WorkbookErrorCode = keyof typeof en;

const da: Record<WorkbookErrorCode, string> = {
  'sheet.notFound': "Projektmappen har intet ark med navnet '{sheet}'. Dens ark: {sheets}",
  'cell.notAddress': "'{address}' er ikke en celleadresse med sit ark, fx Contract!C7",
  'cell.notSingle': "'{address}' er ikke en enkelt celle, fx Contract!C7",
  'cell.holdsFormula': '{cell} indeholder en formel, som tilføjelsesprogrammet aldrig overskriver — ret den i selve projektmappen',
  'cell.errorValue': 'Fejlen {value} kan ikke skrives i {cell} — angiv et tal, en dato eller en tekst',
  'cell.notFinite': 'Tallet {value} kan ikke skrives i {cell} — angiv et almindeligt tal',
  'append.noSheet':
    "Der kan ikke tilføjes rækker til arket '{sheet}': projektmappen har intet ark med det navn — det kan være omdøbt eller slettet; gendan det, og prøv igen",
  'write.sheetTaken': "Projektmappen har allerede et ark med navnet '{name}' — omdøb arket i Excel, og prøv igen",
  'write.definedNameTaken':
    "Projektmappen har allerede et defineret navn '{name}', som en ny tabel eller et nyt navn skal bruge (Excel skelner ikke mellem store og små bogstaver) — omdøb eller slet det i Excel (Formler › Navnestyring), og prøv igen",
};

export const workbookTexts: Catalogue<WorkbookErrorCode> = { en, da };

/** An adapter's catalogue: the shared texts and its own, each in both languages. */
export function withSharedTexts<K extends string>(own: Catalogue<K>): Catalogue<K | WorkbookErrorCode> {
  return { en: { ...workbookTexts.en, ...own.en }, da: { ...workbookTexts.da, ...own.da } };
}
