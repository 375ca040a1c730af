import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { readCellFormula } from '../../src/adapters/xlsx/cellFormula';
import { demoWorkbook } from '../../src/demo/demoWorkbook';
import { isBlank } from '../../src/engine/cells';
import { Language } from '../../src/engine/messages';
import { WorkbookChanges, WriteProgress } from '../../src/workbook/types';
import { Host } from './host';
import { HostStore } from './hostStore';

/**
 * The pane in a browser, without Office: an .xlsx file held in memory. Every change writes new bytes
 * with the .xlsx adapter (the old ones stay untouched until then), and downloading hands over the
 * current bytes. Going to a cell remembers it, for the pane to show and to explain.
 */
export interface WorkbookBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The demo workbook (DESIGN §1), made in the browser. */
export function demoFile(): WorkbookBytes {
  return { name: 'demo.xlsx', bytes: createXlsx(demoWorkbook()) };
}

export function createBrowserHost(initial: WorkbookBytes, language: Language): Host {
  let current = initial;
  const store = new HostStore();
  const replace = (bytes: Uint8Array) => {
    current = { ...current, bytes };
    store.changed();
  };
  return {
    kind: 'browser',
    language,
    workbook: async () => openXlsx(current.bytes),
    apply: async (changes, progress) => replace(await written(current.bytes, changes, progress)),
    setCells: async (edits) => replace(setCellsXlsx(current.bytes, edits)),
    select: async (address) => store.selected(address),
    selectedCell: async () => store.state().selected,
    formulaOf: async (address) => readCellFormula(current.bytes, address),
    file: {
      get name() {
        return current.name;
      },
      open: async (file) => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        await openXlsx(bytes).sheetNames();
        current = { name: file.name, bytes };
        store.changed();
      },
      bytes: () => current.bytes,
    },
    officeTheme: () => undefined,
    subscribe: store.subscribe,
    state: store.state,
  };
}

/**
 * The bytes with `changes` written. The write is one synchronous step; the progress bar is given a
 * moment to show before it, and the rows appended to the ledger are read back, so a writer that drops
 * them fails here instead of losing a ledger entry.
 */
async function written(bytes: Uint8Array, changes: WorkbookChanges, progress?: WriteProgress): Promise<Uint8Array> {
  const total = changes.addSheets.reduce((cells, sheet) => cells + sheet.rows.reduce((count, row) => count + (row?.length ?? 0), 0), 0);
  progress?.(0, total);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const output = writeXlsx(bytes, changes);
  const workbook = openXlsx(output);
  for (const append of changes.appendRows ?? []) {
    const rows = (await workbook.readSheet(append.sheet)).rows;
    if (append.rows.some((_, offset) => (rows[append.firstRow + offset] ?? []).every(isBlank))) {
      throw new Error(`The .xlsx writer did not add the rows to '${append.sheet}', so nothing was changed`);
    }
  }
  progress?.(total, total);
  return output;
}
