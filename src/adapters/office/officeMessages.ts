import { Catalogue } from '../../engine/messages';
import { withSharedTexts, WorkbookErrorCode } from '../../workbook/workbookMessages';

/**
 * What the Office.js adapter says, in English and Danish, besides the codes both adapters share: what this
 * Excel cannot do, what the workbook refuses, and what failed when Excel itself reported an error. A text
 * with `{reason}` tells what failed; the reason is worded from Excel's own error code (see excelReasons).
 */
const en = {
  'requirement.read':
    'This version of Excel cannot read the workbook for the add-in: it needs {set} {version} or later — update Excel, or use Excel on the web',
  'requirement.write':
    'This version of Excel cannot write to the workbook for the add-in: it needs {set} {version} or later — update Excel, or use Excel on the web',
  'requirement.navigate':
    'This version of Excel cannot select cells for the add-in: it needs {set} {version} or later — update Excel, or use Excel on the web',
  'requirement.activeCell':
    'This version of Excel cannot tell the add-in which cell is selected: it needs {set} {version} or later — update Excel, or use Excel on the web',
  'requirement.chart':
    'This version of Excel cannot insert charts for the add-in: it needs {set} {version} or later — update Excel, or use Excel on the web',
  'write.tableTaken':
    "The workbook already has a table named '{name}', which a new table or name needs (Excel compares names without case) — rename that table in Excel and try again",
  'write.rowTooLarge':
    "Row {row} of the sheet '{sheet}' is too large to write in one request to Excel — please report this to the add-in's maintainers",
  'append.rowTooLarge':
    "A row for the sheet '{sheet}' is too large to write in one request to Excel — please report this to the add-in's maintainers",
  'append.cellsNotEmpty':
    "Cannot add rows to the sheet '{sheet}' at {range}: those cells are not empty, and nothing is ever overwritten — move what is there elsewhere and try again",
  'chart.notRange': "'{range}' is not a range, such as A1:C40",
  'excel.readFailed': 'Reading the workbook from Excel failed: {reason}',
  'excel.readSheetFailed': "Reading the sheet '{sheet}' from Excel failed: {reason}",
  'excel.writeNotStarted': 'Writing to the workbook ({written}) failed before anything was written: {reason}',
  'excel.writeFailed': 'Writing to the workbook ({written}) failed: {reason}. What had been written was removed again.',
  'excel.writeConflict':
    'Writing to the workbook ({written}) failed: {reason}. What the add-in had written was removed again, except perhaps in {uncertain}: look there and delete what the add-in left',
  'excel.cleanupFailed':
    'Writing to the workbook ({written}) failed: {reason}. Removing what had been written failed too ({cleanupCode}) — delete by hand what is left of it: {leftovers}',
  'excel.setCellsFailed': 'Setting {cells} failed: {reason}',
  'excel.formulaFailed': 'Reading the formula of {cell} failed: {reason}',
  'excel.activeCellFailed': 'Finding the selected cell failed: {reason}',
  'excel.selectFailed': 'Cannot select {address}: {reason}',
  'excel.chartFailed': "Drawing the chart on the sheet '{sheet}' failed: {reason}",
} as const;

export type OfficeErrorCode = keyof typeof en | WorkbookErrorCode;

const da: Record<keyof typeof en, string> = {
  'requirement.read':
    'Denne version af Excel kan ikke læse projektmappen for tilføjelsesprogrammet: den kræver {set} {version} eller nyere — opdatér Excel, eller brug Excel på internettet',
  'requirement.write':
    'Denne version af Excel kan ikke skrive i projektmappen for tilføjelsesprogrammet: den kræver {set} {version} eller nyere — opdatér Excel, eller brug Excel på internettet',
  'requirement.navigate':
    'Denne version af Excel kan ikke markere celler for tilføjelsesprogrammet: den kræver {set} {version} eller nyere — opdatér Excel, eller brug Excel på internettet',
  'requirement.activeCell':
    'Denne version af Excel kan ikke fortælle tilføjelsesprogrammet, hvilken celle der er markeret: den kræver {set} {version} eller nyere — opdatér Excel, eller brug Excel på internettet',
  'requirement.chart':
    'Denne version af Excel kan ikke indsætte diagrammer for tilføjelsesprogrammet: den kræver {set} {version} eller nyere — opdatér Excel, eller brug Excel på internettet',
  'write.tableTaken':
    "Projektmappen har allerede en tabel med navnet '{name}', som en ny tabel eller et nyt navn skal bruge (Excel skelner ikke mellem store og små bogstaver) — omdøb tabellen i Excel, og prøv igen",
  'write.rowTooLarge':
    "Række {row} i arket '{sheet}' er for stor til at blive skrevet i én forespørgsel til Excel — meld venligst fejlen til tilføjelsesprogrammets udviklere",
  'append.rowTooLarge':
    "En række til arket '{sheet}' er for stor til at blive skrevet i én forespørgsel til Excel — meld venligst fejlen til tilføjelsesprogrammets udviklere",
  'append.cellsNotEmpty':
    "Der kan ikke tilføjes rækker til arket '{sheet}' i {range}: cellerne er ikke tomme, og intet overskrives nogensinde — flyt det, der står der, et andet sted hen, og prøv igen",
  'chart.notRange': "'{range}' er ikke et område, fx A1:C40",
  'excel.readFailed': 'Projektmappen kunne ikke læses fra Excel: {reason}',
  'excel.readSheetFailed': "Arket '{sheet}' kunne ikke læses fra Excel: {reason}",
  'excel.writeNotStarted': 'Der kunne ikke skrives i projektmappen ({written}), og intet blev skrevet: {reason}',
  'excel.writeFailed': 'Skrivningen i projektmappen ({written}) mislykkedes: {reason}. Det, der var skrevet, er fjernet igen.',
  'excel.writeConflict':
    'Skrivningen i projektmappen ({written}) mislykkedes: {reason}. Det, tilføjelsesprogrammet havde skrevet, er fjernet igen, undtagen måske i {uncertain}: se efter dér, og slet det, tilføjelsesprogrammet efterlod',
  'excel.cleanupFailed':
    'Skrivningen i projektmappen ({written}) mislykkedes: {reason}. Det, der var skrevet, kunne heller ikke fjernes ({cleanupCode}) — slet selv det, der er tilbage: {leftovers}',
  'excel.setCellsFailed': '{cells} kunne ikke ændres: {reason}',
  'excel.formulaFailed': 'Formlen i {cell} kunne ikke læses: {reason}',
  'excel.activeCellFailed': 'Den markerede celle kunne ikke findes: {reason}',
  'excel.selectFailed': '{address} kan ikke markeres: {reason}',
  'excel.chartFailed': "Diagrammet på arket '{sheet}' kunne ikke tegnes: {reason}",
};

export const officeTexts: Catalogue<OfficeErrorCode> = withSharedTexts({ en, da });

/**
 * Why Excel refused a batch, worded from its error code (Excel.ErrorCodes and OfficeExtension.ErrorCodes)
 * and saying what to do; Excel's own message is not for end users (Office's documentation says so), and it
 * may quote what the batch carried. `bug` is the reason when the add-in itself failed.
 */
const reasonsEn = {
  accessDenied:
    'Excel refused access ({excelCode}): the sheet or the workbook may be protected, or open read-only — unprotect it, or open an editable copy, and try again',
  cellEditMode: 'Excel is editing a cell ({excelCode}) — finish with Enter or Esc, then try again',
  itemNotFound:
    'a sheet, table or name it needs is not there ({excelCode}) — it may have been renamed or deleted meanwhile; check the workbook and try again',
  itemAlreadyExists:
    'a sheet, table or name of the same name was added to the workbook meanwhile ({excelCode}) — rename or delete it and try again',
  tooLarge:
    "Excel could not take that much at once ({excelCode}) — try again; if it happens again, please report it to the add-in's maintainers",
  busy: 'Excel is busy or could not be reached ({excelCode}) — wait a moment and try again',
  notSupported: 'this version of Excel cannot do it ({excelCode}) — update Excel, or use Excel on the web',
  inTheWay:
    'something on the sheet is in the way ({excelCode}): merged cells, a filter, a table or a PivotTable — check the sheet and try again',
  invalidArgument:
    "Excel did not accept what the add-in gave it ({excelCode}) — please report this to the add-in's maintainers, without the workbook",
  internal: 'Excel reported an internal error ({excelCode}) — try again; if it happens again, save the workbook, reopen it and try again',
  other: 'Excel reported the error {excelCode} — try again',
  bug: "an unexpected error in the add-in — please report it to the add-in's maintainers, without the workbook",
} as const;

export type ExcelReason = keyof typeof reasonsEn;

const reasonsDa: Record<ExcelReason, string> = {
  accessDenied:
    'Excel nægtede adgang ({excelCode}): arket eller projektmappen kan være beskyttet eller åbnet skrivebeskyttet — fjern beskyttelsen, eller åbn en redigerbar kopi, og prøv igen',
  cellEditMode: 'Excel er ved at redigere en celle ({excelCode}) — afslut med Enter eller Esc, og prøv så igen',
  itemNotFound:
    'et ark, en tabel eller et navn, der skal bruges, findes ikke ({excelCode}) — det kan være omdøbt eller slettet imens; kontrollér projektmappen, og prøv igen',
  itemAlreadyExists:
    'et ark, en tabel eller et navn med samme navn er føjet til projektmappen imens ({excelCode}) — omdøb eller slet det, og prøv igen',
  tooLarge:
    'Excel kunne ikke tage så meget på én gang ({excelCode}) — prøv igen; sker det igen, så meld det venligst til tilføjelsesprogrammets udviklere',
  busy: 'Excel har travlt eller kunne ikke nås ({excelCode}) — vent et øjeblik, og prøv igen',
  notSupported: 'denne version af Excel kan ikke gøre det ({excelCode}) — opdatér Excel, eller brug Excel på internettet',
  inTheWay:
    'noget på arket står i vejen ({excelCode}): flettede celler, et filter, en tabel eller en pivottabel — kontrollér arket, og prøv igen',
  invalidArgument:
    'Excel godtog ikke det, tilføjelsesprogrammet gav det ({excelCode}) — meld venligst fejlen til tilføjelsesprogrammets udviklere, uden projektmappen',
  internal: 'Excel meldte en intern fejl ({excelCode}) — prøv igen; sker det igen, så gem projektmappen, åbn den igen, og prøv igen',
  other: 'Excel meldte fejlen {excelCode} — prøv igen',
  bug: 'en uventet fejl i tilføjelsesprogrammet — meld den venligst til tilføjelsesprogrammets udviklere, uden projektmappen',
};

export const excelReasons: Catalogue<ExcelReason> = { en: reasonsEn, da: reasonsDa };
