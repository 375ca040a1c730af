import { CONTENT_TYPES_PART } from './contentTypes';
import { isKind, parseRelationships, Relationship, relsPath, resolveTarget } from './relationships';
import { parseWorkbookPart, SheetEntry, WorkbookPartInfo } from './workbookPart';
import { XlsxError } from './xlsxError';
import { parseXmlPart } from './xmlPart';
import { ZipPackage } from './zipPackage';

/**
 * How an .xlsx package is laid out: where the workbook part is, which part holds each sheet, the shared
 * strings and styles, and the tables. Both the reader and the writer start from this, so a package that
 * is not a transitional SpreadsheetML workbook (no content types, no workbook part, Strict Open XML) is
 * refused when it is opened, before anything is read from it or written.
 */

export interface SheetPart extends SheetEntry {
  /** Zip entry name of the sheet part; undefined when the workbook's relationship is missing. */
  readonly path?: string;
}

export interface TablePart {
  readonly id: number;
  readonly name: string;
  readonly displayName: string;
  readonly sheet: string;
  readonly ref: string;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
}

export class WorkbookPackage {
  readonly workbookPath: string;
  readonly workbookXml: string;
  readonly info: WorkbookPartInfo;
  readonly relationships: readonly Relationship[];
  readonly sheets: readonly SheetPart[];
  private tableParts?: TablePart[];

  constructor(readonly zip: ZipPackage) {
    if (!zip.has(CONTENT_TYPES_PART)) {
      throw zip.has('xl/workbook.xml') || zip.has('_rels/.rels')
        ? new XlsxError('package.noContentTypes')
        : new XlsxError('file.notWorkbook', { part: 'xl/workbook.xml' });
    }
    const officeDocument = parseRelationships(zip.text('_rels/.rels'), '_rels/.rels').find((relationship) =>
      isKind(relationship, 'officeDocument'),
    );
    this.workbookPath = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
    const workbookXml = zip.text(this.workbookPath);
    if (workbookXml === undefined) throw new XlsxError('file.notWorkbook', { part: this.workbookPath });
    this.workbookXml = workbookXml;
    this.info = parseWorkbookPart(workbookXml, this.workbookPath);
    if (this.info.strict) throw new XlsxError('file.strict');
    const workbookRels = relsPath(this.workbookPath);
    this.relationships = parseRelationships(zip.text(workbookRels), workbookRels);
    this.sheets = this.info.sheets.map((sheet) => {
      const relationship = this.relationships.find((candidate) => candidate.id === sheet.relationshipId);
      return relationship ? { ...sheet, path: resolveTarget(this.workbookPath, relationship.target) } : sheet;
    });
  }

  /** The zip entry of the workbook's part of this kind (shared strings, styles), if it has one. */
  partOf(kind: 'sharedStrings' | 'styles'): string | undefined {
    const relationship = this.relationships.find((candidate) => isKind(candidate, kind));
    return relationship && resolveTarget(this.workbookPath, relationship.target);
  }

  /** Sheet by name: exact first, then case-insensitively, as Excel compares sheet names. */
  sheet(name: string): SheetPart | undefined {
    return this.sheets.find((sheet) => sheet.name === name) ?? this.sheets.find((sheet) => sheet.name.toUpperCase() === name.toUpperCase());
  }

  tables(): readonly TablePart[] {
    this.tableParts ??= this.sheets.flatMap((sheet) => (sheet.path ? this.tablesOfSheet(sheet.name, sheet.path) : []));
    return this.tableParts;
  }

  private tablesOfSheet(sheet: string, sheetPath: string): TablePart[] {
    const rels = relsPath(sheetPath);
    return parseRelationships(this.zip.text(rels), rels)
      .filter((relationship) => isKind(relationship, 'table') && !relationship.external)
      .flatMap((relationship) => {
        const path = resolveTarget(sheetPath, relationship.target);
        const xml = this.zip.text(path);
        if (xml === undefined) return [];
        const { attributes } = parseXmlPart(xml, path);
        const name = attributes.name ?? attributes.displayName ?? '';
        return [
          {
            id: Number(attributes.id),
            name,
            displayName: attributes.displayName ?? name,
            sheet,
            ref: attributes.ref ?? '',
            headerRowCount: attributes.headerRowCount === undefined ? 1 : Number(attributes.headerRowCount),
            totalsRowCount: attributes.totalsRowCount === undefined ? 0 : Number(attributes.totalsRowCount),
          },
        ];
      });
  }
}
