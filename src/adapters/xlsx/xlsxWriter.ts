import { DateSystem } from '../../engine/weeks';
import { WorkbookChanges } from '../../workbook/types';
import { addOverrides, CONTENT_TYPE, CONTENT_TYPES_PART, contentTypesXml, Override } from './contentTypes';
import { fileFormula } from './formulaText';
import { checkName, checkSheetName } from '../../workbook/nameRules';
import { addRelationships, freshIds, Relationship, relationshipsXml, relationshipType, relativeTarget, relsPath } from './relationships';
import { appendRowsToPart } from './rowAppend';
import { worksheetPart } from './sheetWriter';
import { CellStyles, defaultStylesXml } from './styles';
import { checkTable } from '../../workbook/tableRules';
import { CellRange } from '../../workbook/ranges';
import { tableXml } from './tableWriter';
import { addToWorkbookPart, NewSheetEntry } from './workbookPart';
import { WorkbookPackage } from './workbookPackage';
import { XlsxError } from './xlsxError';
import { PartContent, ZipPackage, zipTextParts } from './zipPackage';

/**
 * Writes a new package from `input` plus `changes`: new sheets at the end of the sheet order, their tables,
 * new defined names, and rows below the ledger. Only the workbook part, its relationships, the content
 * types, the styles part and the ledger's part are edited (by insertion); every other part is copied byte
 * for byte.
 */
export function writeXlsx(input: Uint8Array, changes: WorkbookChanges): Uint8Array {
  const workbook = new WorkbookPackage(new ZipPackage(input));
  checkChanges(workbook, changes);
  return applyChanges(workbook, changes);
}

/** A new workbook holding only `changes`: the same writer applied to an empty package. */
export function createXlsx(changes: WorkbookChanges & { readonly dateSystem?: DateSystem }): Uint8Array {
  if (changes.addSheets.length === 0) throw new Error('A workbook needs at least one sheet');
  return writeXlsx(emptyPackage(changes.dateSystem ?? '1900'), changes);
}

function checkChanges(workbook: WorkbookPackage, changes: WorkbookChanges): void {
  const sheetNames = new Set(workbook.sheets.map((sheet) => sheet.name.toUpperCase()));
  const taken = existingNames(workbook);
  const names = new Set(taken.keys());
  const claim = (kind: 'table' | 'defined name', name: string) => {
    const existing = taken.get(name.toUpperCase());
    if (existing) throw existing;
    checkName(kind, name, names);
    names.add(name.toUpperCase());
  };
  for (const sheet of changes.addSheets) {
    if (sheetNames.has(sheet.name.toUpperCase())) throw new XlsxError('write.sheetTaken', { name: sheet.name });
    checkSheetName(sheet.name, sheetNames);
    sheetNames.add(sheet.name.toUpperCase());
    const ranges: CellRange[] = [];
    for (const table of sheet.tables ?? []) {
      claim('table', table.name);
      ranges.push(checkTable(table, sheet, ranges));
    }
  }
  for (const name of changes.addNames ?? []) claim('defined name', name.name);
  for (const append of changes.appendRows ?? []) {
    const sheet = workbook.sheet(append.sheet);
    if (!sheet?.path || workbook.zip.text(sheet.path) === undefined) throw new XlsxError('append.noSheet', { sheet: append.sheet });
  }
}

/**
 * Every table and defined name the workbook has, by upper-case name (Excel compares them without case), with
 * the refusal a new one of the same name gets. Sheet-scoped names count too: Excel refuses a table that
 * shares its name with one, and a workbook-wide name beside it would make formulas ambiguous.
 */
function existingNames(workbook: WorkbookPackage): Map<string, XlsxError> {
  const taken = new Map<string, XlsxError>();
  for (const table of workbook.tables()) {
    for (const name of [table.name, table.displayName])
      taken.set(name.toUpperCase(), new XlsxError('write.tableNameTaken', { name, sheet: table.sheet }));
  }
  for (const { name, localSheetId } of workbook.info.definedNames) {
    if (name.startsWith('_xlnm.')) continue;
    const sheet = localSheetId === undefined ? undefined : workbook.sheets[localSheetId]?.name;
    taken.set(
      name.toUpperCase(),
      sheet === undefined ? new XlsxError('write.definedNameTaken', { name }) : new XlsxError('write.localNameTaken', { name, sheet }),
    );
  }
  return taken;
}

function applyChanges(workbook: WorkbookPackage, changes: WorkbookChanges): Uint8Array {
  const { zip, workbookPath } = workbook;
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const replace = new Map<string, string>();
  const add = new Map<string, PartContent>();
  const overrides: Override[] = [];
  const workbookRelationships: Relationship[] = [];
  const relationshipIds = freshIds(workbook.relationships, changes.addSheets.length + 1);
  const freshPart = freshPartNames(zip);

  // Styles are added as the sheets' cells ask for them; the styles part is final once the sheets are written.
  const stylesPath = workbook.partOf('styles');
  const stylesXml = (stylesPath === undefined ? undefined : zip.text(stylesPath)) ?? defaultStylesXml();
  const styles = new CellStyles(stylesXml, stylesPath);
  const newStylesPath = stylesPath === undefined ? `${folder}styles.xml` : undefined;
  if (newStylesPath !== undefined) {
    add.set(newStylesPath, stylesXml); // its place in the package; the content is set below
    overrides.push({ part: newStylesPath, contentType: CONTENT_TYPE.styles });
    workbookRelationships.push({
      id: relationshipIds.pop() as string,
      type: relationshipType('styles'),
      target: relativeTarget(workbookPath, newStylesPath),
      external: false,
    });
  }

  let sheetId = Math.max(0, ...workbook.sheets.map((sheet) => sheet.sheetId).filter(Number.isFinite)) + 1;
  let tableId =
    Math.max(
      0,
      ...workbook
        .tables()
        .map((table) => table.id)
        .filter(Number.isFinite),
    ) + 1;
  const newSheets: NewSheetEntry[] = [];
  changes.addSheets.forEach((sheet, index) => {
    const sheetPath = freshPart(`${folder}worksheets/sheet`);
    const tables = sheet.tables ?? [];
    const tableRelationships = tables.map((table, i): Relationship => {
      const tablePath = freshPart(`${folder}tables/table`);
      add.set(tablePath, tableXml(table, tableId++, sheet));
      overrides.push({ part: tablePath, contentType: CONTENT_TYPE.table });
      return { id: `rId${i + 1}`, type: relationshipType('table'), target: relativeTarget(sheetPath, tablePath), external: false };
    });
    add.set(
      sheetPath,
      worksheetPart(
        sheet,
        (style) => styles.indexOf(style),
        tableRelationships.map((relationship) => relationship.id),
      ),
    );
    if (tableRelationships.length > 0) {
      add.set(relsPath(sheetPath), relationshipsXml(tableRelationships));
      overrides.push({ part: relsPath(sheetPath), contentType: CONTENT_TYPE.relationships });
    }
    overrides.push({ part: sheetPath, contentType: CONTENT_TYPE.worksheet });
    const id = relationshipIds[index];
    workbookRelationships.push({
      id,
      type: relationshipType('worksheet'),
      target: relativeTarget(workbookPath, sheetPath),
      external: false,
    });
    newSheets.push({ name: sheet.name, sheetId: sheetId++, relationshipId: id });
  });
  for (const append of changes.appendRows ?? []) {
    const path = workbook.sheet(append.sheet)!.path!;
    replace.set(
      path,
      appendRowsToPart(replace.get(path) ?? zip.text(path)!, append, path, (style) => styles.indexOf(style)),
    );
  }
  const editedStyles = styles.xml;
  if (newStylesPath !== undefined) add.set(newStylesPath, editedStyles ?? stylesXml);
  else if (stylesPath !== undefined && editedStyles !== undefined) replace.set(stylesPath, editedStyles);

  const names = (changes.addNames ?? []).map((name) => ({ name: name.name, formula: fileFormula(name.formula) }));
  replace.set(workbookPath, addToWorkbookPart(workbook.workbookXml, workbookPath, newSheets, names));
  const workbookRelsPath = relsPath(workbookPath);
  const workbookRels = zip.text(workbookRelsPath);
  if (workbookRels === undefined) {
    add.set(workbookRelsPath, relationshipsXml(workbookRelationships));
    overrides.push({ part: workbookRelsPath, contentType: CONTENT_TYPE.relationships });
  } else {
    replace.set(workbookRelsPath, addRelationships(workbookRels, workbookRelsPath, workbookRelationships));
  }
  replace.set(CONTENT_TYPES_PART, addOverrides(zip.text(CONTENT_TYPES_PART) as string, overrides));
  return zip.rewrite(replace, add);
}

/** `prefix<n>.xml` with the lowest n no part has yet (part names compare case-insensitively). */
function freshPartNames(zip: ZipPackage): (prefix: string) => string {
  const taken = new Set(zip.names().map((name) => name.toLowerCase()));
  return (prefix) => {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}.xml`;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function emptyPackage(dateSystem: DateSystem): Uint8Array {
  const workbookPr = dateSystem === '1904' ? '<workbookPr date1904="1"/>' : '<workbookPr/>';
  return zipTextParts(
    new Map([
      [CONTENT_TYPES_PART, contentTypesXml([{ part: 'xl/workbook.xml', contentType: CONTENT_TYPE.workbook }])],
      [
        '_rels/.rels',
        relationshipsXml([{ id: 'rId1', type: relationshipType('officeDocument'), target: 'xl/workbook.xml', external: false }]),
      ],
      [
        'xl/workbook.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">${workbookPr}<bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`,
      ],
      ['xl/_rels/workbook.xml.rels', relationshipsXml([])],
    ]),
  );
}
