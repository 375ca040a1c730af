import { splitSheetReference } from '../../src/workbook/ranges';
import { CellEdit, SheetGrid, WorkbookChanges, WorkbookReader } from '../../src/workbook/types';

/**
 * The worker's reader of its document: it keeps every sheet it has read, so that the next version of the
 * workbook (after a build or a term set in the pane) takes over the sheets the change left as they were.
 * A build adds sheets and appends to the ledger, and never touches a cell of the candidate sheet (docs/rules.md
 * §7), so the jobs that run again after it do not inflate and scan tens of megabytes of that sheet again.
 */
export class KeptSheets implements WorkbookReader {
  readonly dateSystem: WorkbookReader['dateSystem'];

  /** `kept`: sheets already read, by lower-case name, that are the same in this workbook. */
  constructor(
    private readonly reader: WorkbookReader,
    private readonly kept = new Map<string, SheetGrid>(),
  ) {
    this.dateSystem = reader.dateSystem;
  }

  sheetNames(): Promise<readonly string[]> {
    return this.reader.sheetNames();
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const key = name.toLowerCase();
    const kept = this.kept.get(key);
    if (kept) return kept;
    const grid = await this.reader.readSheet(name);
    this.kept.set(key, grid);
    return grid;
  }

  definedNames(): ReturnType<WorkbookReader['definedNames']> {
    return this.reader.definedNames();
  }

  tables(): ReturnType<WorkbookReader['tables']> {
    return this.reader.tables();
  }

  uncomputedFormula(address: string): Promise<string | undefined> {
    return this.reader.uncomputedFormula(address);
  }

  /** `next`, the workbook after a change, also keeping the sheets read here that the change did not touch. */
  changedTo(next: KeptSheets, touched: readonly string[]): KeptSheets {
    const changed = new Set(touched.map((name) => name.toLowerCase()));
    const unchanged = [...this.kept].filter(([key]) => !changed.has(key));
    return new KeptSheets(next.reader, new Map([...unchanged, ...next.kept]));
  }
}

/** The sheets that writing `changes` adds or appends to: every other sheet keeps its cells. */
export function sheetsChangedBy(changes: WorkbookChanges): string[] {
  return [...changes.addSheets.map((sheet) => sheet.name), ...(changes.appendRows ?? []).map((append) => append.sheet)];
}

/** The sheets that setting `edits` touches; undefined when an address names no sheet, so no sheet can be kept. */
export function sheetsEditedBy(edits: readonly CellEdit[]): string[] | undefined {
  const sheets = edits.map((edit) => splitSheetReference(edit.address)?.sheet);
  return sheets.every((sheet) => sheet !== undefined) ? sheets : undefined;
}
