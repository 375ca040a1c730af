import { Catalogue } from '../../engine/messages';
import { withSharedTexts, WorkbookErrorCode } from '../../workbook/workbookMessages';

/**
 * What the .xlsx adapter says about a file it refuses, in English and Danish: which part, what is wrong and
 * what to do; besides these, the codes both adapters share. Placeholders are `{name}`. The codes are stable:
 * the CLI, the task pane and the tests use them.
 */
const en = {
  'file.notZip': 'The file is not an Excel workbook (.xlsx) — open it in Excel and save it as an Excel Workbook (.xlsx)',
  'file.oldOrEncrypted':
    'The file is a password-protected workbook or an old .xls file, not an .xlsx — save it in Excel as an Excel Workbook (.xlsx) without a password',
  'file.notWorkbook':
    'The file is a zip package but not an Excel workbook: it has no workbook part ({part}) — choose the .xlsx workbook itself',
  'file.strict':
    'The workbook is saved as Strict Open XML Spreadsheet, which is not supported — save it in Excel as an ordinary Excel Workbook (.xlsx)',
  'zip.damaged':
    'The workbook is damaged or incomplete: its zip directory cannot be read — open it in Excel, let Excel repair it, and save it again',
  'zip.entryDamaged':
    'The workbook is damaged: the zip entry of the part {part} does not agree with its directory — open it in Excel, let Excel repair it, and save it again',
  'zip.partDamaged':
    'The workbook is damaged: the part {part} cannot be decompressed — open it in Excel, let Excel repair it, and save it again',
  'zip.checksum': 'The workbook is damaged: the part {part} fails its checksum — open it in Excel, let Excel repair it, and save it again',
  'zip.sizeMismatch':
    'The workbook is damaged: the part {part} is not the {declared} bytes its zip directory declares — open it in Excel, let Excel repair it, and save it again',
  'zip.duplicate':
    'The workbook holds the part {part} twice, and programs would read different copies — it is refused; save it again in Excel',
  'zip.unsafeName': "The workbook holds an entry named '{part}', a path outside the package — it is refused; save it again in Excel",
  'zip.tooManyEntries': 'The workbook holds {count} zip entries, more than the {limit} allowed — it is refused',
  'zip.encrypted': 'The part {part} is encrypted inside the zip — save the workbook in Excel without a password',
  'zip.method': 'The part {part} uses zip compression method {method}, which Excel never writes — save the workbook again in Excel',
  'zip.partTooLarge':
    'The part {part} would decompress to {size}, more than the {limit} allowed for one part — the file may be a zip bomb; a real workbook this large must be split',
  'zip.ratio':
    'The part {part} would decompress to {ratio} times its stored size, more than the {limit} times real workbooks reach — the file looks like a zip bomb and is refused',
  'zip.totalTooLarge':
    'The workbook would decompress to more than {limit} in all — the file may be a zip bomb; a real workbook this large must be split',
  'zip.outputTooLarge': 'The new workbook would be larger than 4 GB or hold more than 65,534 parts, which this program cannot write',
  'package.noContentTypes': 'The workbook is damaged: it has no [Content_Types].xml — open it in Excel and save it again',
  'package.missingSheetPart':
    "The workbook is damaged: the sheet '{sheet}' has no worksheet part ({part}) — open it in Excel and save it again",
  'xml.malformed':
    'The workbook is damaged: the part {part} is not well-formed XML (line {line}, column {column}) — open it in Excel and save it again',
  'xml.mismatchedTag':
    'The workbook is damaged: in the part {part}, the end tag </{found}> does not close <{expected}> (line {line}) — open it in Excel and save it again',
  'xml.undefinedEntity': 'The part {part} uses the undefined entity &{entity}; (line {line}) — the file is refused; save it again in Excel',
  'xml.dtd':
    'The part {part} holds a document type declaration (DTD), which workbooks never have — the file is refused; save it again in Excel',
  'grid.row':
    "The sheet '{sheet}' has a row {row}, beyond Excel's last row 1,048,576 — the file is damaged or was not made by a spreadsheet program",
  'grid.column':
    "The sheet '{sheet}' has a cell {cell}, beyond Excel's last column XFD (16,384) — the file is damaged or was not made by a spreadsheet program",
  'grid.rowNumber':
    "The sheet '{sheet}' has a row numbered '{row}', which is not a row number — open the workbook in Excel and save it again",
  'grid.reference':
    "The sheet '{sheet}' has a cell reference '{cell}' that is not a cell address — open the workbook in Excel and save it again",
  'sheet.sharedString':
    "Cell {cell} of the sheet '{sheet}' refers to shared text number {index}, but the workbook has {count} — the workbook is damaged; open it in Excel and save it again",
  'write.localNameTaken':
    "The workbook already has a defined name '{name}' on the sheet '{sheet}', which a new table or name needs (Excel compares names without case) — rename or delete it in Excel (Formulas › Name Manager) and try again",
  'write.tableNameTaken':
    "The workbook already has a table named '{name}' on the sheet '{sheet}', which a new table or name needs (Excel compares names without case) — rename that table in Excel and try again",
  'write.rowLimit': "The sheet '{sheet}' would have {rows} rows; an Excel sheet holds at most 1,048,576",
  'sheet.noSheetData':
    "The workbook is damaged: the sheet '{sheet}' has no cell data (no sheetData in {part}) — open it in Excel and save it again",
  'sheet.rowWithoutNumber':
    "The sheet '{sheet}' has a row without its row number (r in {part}), which the add-in needs to find a cell — open the workbook in Excel and save it again",
  'sheet.cellWithoutReference':
    "The sheet '{sheet}' has a cell without its reference (r in {part}), which the add-in needs to find a cell — open the workbook in Excel and save it again",
  'append.rowsBelow':
    "Cannot add rows to the sheet '{sheet}' from row {row}: it has rows down to {last}, and nothing is ever overwritten — move what is below the last row of the ledger elsewhere and try again",
} as const;

export type XlsxErrorCode = keyof typeof en | WorkbookErrorCode;

const da: Record<keyof typeof en, string> = {
  'file.notZip': 'Filen er ikke en Excel-projektmappe (.xlsx) — åbn den i Excel, og gem den som Excel-projektmappe (.xlsx)',
  'file.oldOrEncrypted':
    'Filen er en adgangskodebeskyttet projektmappe eller en gammel .xls-fil, ikke en .xlsx — gem den i Excel som Excel-projektmappe (.xlsx) uden adgangskode',
  'file.notWorkbook':
    'Filen er en zip-pakke, men ikke en Excel-projektmappe: den har ingen projektmappedel ({part}) — vælg selve .xlsx-projektmappen',
  'file.strict':
    'Projektmappen er gemt som Strict Open XML-regneark, som ikke understøttes — gem den i Excel som almindelig Excel-projektmappe (.xlsx)',
  'zip.damaged':
    'Projektmappen er beskadiget eller ufuldstændig: dens zip-indholdsfortegnelse kan ikke læses — åbn den i Excel, lad Excel reparere den, og gem den igen',
  'zip.entryDamaged':
    'Projektmappen er beskadiget: zip-posten for delen {part} stemmer ikke med indholdsfortegnelsen — åbn den i Excel, lad Excel reparere den, og gem den igen',
  'zip.partDamaged':
    'Projektmappen er beskadiget: delen {part} kan ikke udpakkes — åbn den i Excel, lad Excel reparere den, og gem den igen',
  'zip.checksum':
    'Projektmappen er beskadiget: delen {part} har forkert kontrolsum — åbn den i Excel, lad Excel reparere den, og gem den igen',
  'zip.sizeMismatch':
    'Projektmappen er beskadiget: delen {part} har ikke de {declared} byte, som zip-indholdsfortegnelsen angiver — åbn den i Excel, lad Excel reparere den, og gem den igen',
  'zip.duplicate':
    'Projektmappen indeholder delen {part} to gange, og programmer ville læse forskellige kopier — den afvises; gem den igen i Excel',
  'zip.unsafeName': "Projektmappen indeholder en post med navnet '{part}', en sti uden for pakken — den afvises; gem den igen i Excel",
  'zip.tooManyEntries': 'Projektmappen indeholder {count} zip-poster, flere end de tilladte {limit} — den afvises',
  'zip.encrypted': 'Delen {part} er krypteret i zip-filen — gem projektmappen i Excel uden adgangskode',
  'zip.method': 'Delen {part} bruger zip-komprimeringsmetode {method}, som Excel aldrig skriver — gem projektmappen igen i Excel',
  'zip.partTooLarge':
    'Delen {part} ville fylde {size} udpakket, mere end de {limit}, der er tilladt for én del — filen kan være en zip-bombe; en ægte projektmappe så stor skal deles op',
  'zip.ratio':
    'Delen {part} ville fylde {ratio} gange sin pakkede størrelse udpakket, mere end de {limit} gange, ægte projektmapper når — filen ligner en zip-bombe og afvises',
  'zip.totalTooLarge':
    'Projektmappen ville fylde mere end {limit} udpakket i alt — filen kan være en zip-bombe; en ægte projektmappe så stor skal deles op',
  'zip.outputTooLarge':
    'Den nye projektmappe ville blive større end 4 GB eller have flere end 65.534 dele, hvilket dette program ikke kan skrive',
  'package.noContentTypes': 'Projektmappen er beskadiget: den har ingen [Content_Types].xml — åbn den i Excel, og gem den igen',
  'package.missingSheetPart':
    "Projektmappen er beskadiget: arket '{sheet}' har ingen regnearksdel ({part}) — åbn den i Excel, og gem den igen",
  'xml.malformed':
    'Projektmappen er beskadiget: delen {part} er ikke velformet XML (linje {line}, kolonne {column}) — åbn den i Excel, og gem den igen',
  'xml.mismatchedTag':
    'Projektmappen er beskadiget: i delen {part} afslutter slutmærket </{found}> ikke <{expected}> (linje {line}) — åbn den i Excel, og gem den igen',
  'xml.undefinedEntity': 'Delen {part} bruger den udefinerede entitet &{entity}; (linje {line}) — filen afvises; gem den igen i Excel',
  'xml.dtd': 'Delen {part} indeholder en dokumenttypeerklæring (DTD), som projektmapper aldrig har — filen afvises; gem den igen i Excel',
  'grid.row':
    "Arket '{sheet}' har en række {row}, ud over Excels sidste række 1.048.576 — filen er beskadiget eller ikke lavet af et regnearksprogram",
  'grid.column':
    "Arket '{sheet}' har en celle {cell}, ud over Excels sidste kolonne XFD (16.384) — filen er beskadiget eller ikke lavet af et regnearksprogram",
  'grid.rowNumber':
    "Arket '{sheet}' har en række med nummeret '{row}', som ikke er et rækkenummer — åbn projektmappen i Excel, og gem den igen",
  'grid.reference':
    "Arket '{sheet}' har en cellereference '{cell}', som ikke er en celleadresse — åbn projektmappen i Excel, og gem den igen",
  'sheet.sharedString':
    "Cellen {cell} i arket '{sheet}' henviser til delt tekst nummer {index}, men projektmappen har {count} — projektmappen er beskadiget; åbn den i Excel, og gem den igen",
  'write.localNameTaken':
    "Projektmappen har allerede et defineret navn '{name}' på arket '{sheet}', som en ny tabel eller et nyt navn skal bruge (Excel skelner ikke mellem store og små bogstaver) — omdøb eller slet det i Excel (Formler › Navnestyring), og prøv igen",
  'write.tableNameTaken':
    "Projektmappen har allerede en tabel med navnet '{name}' på arket '{sheet}', som en ny tabel eller et nyt navn skal bruge (Excel skelner ikke mellem store og små bogstaver) — omdøb tabellen i Excel, og prøv igen",
  'write.rowLimit': "Arket '{sheet}' ville få {rows} rækker; et Excel-ark kan højst have 1.048.576",
  'sheet.noSheetData':
    "Projektmappen er beskadiget: arket '{sheet}' har ingen celledata (ingen sheetData i {part}) — åbn den i Excel, og gem den igen",
  'sheet.rowWithoutNumber':
    "Arket '{sheet}' har en række uden rækkenummer (r i {part}), som tilføjelsesprogrammet skal bruge for at finde en celle — åbn projektmappen i Excel, og gem den igen",
  'sheet.cellWithoutReference':
    "Arket '{sheet}' har en celle uden reference (r i {part}), som tilføjelsesprogrammet skal bruge for at finde en celle — åbn projektmappen i Excel, og gem den igen",
  'append.rowsBelow':
    "Der kan ikke tilføjes rækker til arket '{sheet}' fra række {row}: det har rækker ned til {last}, og intet overskrives nogensinde — flyt det, der står under ledgerens sidste række, et andet sted hen, og prøv igen",
};

export const xlsxTexts: Catalogue<XlsxErrorCode> = withSharedTexts({ en, da });
