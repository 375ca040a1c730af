import { findElement } from './xmlText';
import { isKind, parseRelationships, Relationship, relsPath, resolveTarget } from './relationships';
import { parseWorkbookPart, SheetEntry, WorkbookPartInfo } from './workbookPart';
import { ZipPackage } from './zipPackage';

/**
 * How an .xlsx package is laid out: where the workbook part is, which part holds each sheet, the shared
 * strings and styles, and the tables. Both the reader and the writer start from this.
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
    const officeDocument = parseRelationships(zip.text('_rels/.rels')).find((relationship) => isKind(relationship, 'officeDocument'));
    this.workbookPath = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
    const workbookXml = zip.text(this.workbookPath);
    if (workbookXml === undefined)
      throw new Error(`This is not an .xlsx workbook: the package has no workbook part (${this.workbookPath})`);
    this.workbookXml = workbookXml;
    this.info = parseWorkbookPart(workbookXml);
    this.relationships = parseRelationships(zip.text(relsPath(this.workbookPath)));
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
    return parseRelationships(this.zip.text(relsPath(sheetPath)))
      .filter((relationship) => isKind(relationship, 'table') && !relationship.external)
      .flatMap((relationship) => {
        const xml = this.zip.text(resolveTarget(sheetPath, relationship.target));
        const table = xml === undefined ? undefined : findElement(xml, 'table');
        if (!table) return [];
        const { attrs } = table;
        const name = attrs.name ?? attrs.displayName ?? '';
        return [
          {
            id: Number(attrs.id),
            name,
            displayName: attrs.displayName ?? name,
            sheet,
            ref: attrs.ref ?? '',
            headerRowCount: attrs.headerRowCount === undefined ? 1 : Number(attrs.headerRowCount),
            totalsRowCount: attrs.totalsRowCount === undefined ? 0 : Number(attrs.totalsRowCount),
          },
        ];
      });
  }
}
