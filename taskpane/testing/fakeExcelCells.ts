import { ExcelRun } from '../../src/adapters/office';

/**
 * A few cells of an Excel workbook behind `Excel.run`, for the host boundary's own calls (single cells, the
 * active cell, a chart). Writes apply at once and are logged; reads see what is there. Only what those
 * calls use exists.
 */
export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
}

export interface FakeCells {
  run: ExcelRun;
  readonly cells: Map<string, FakeCell>;
  readonly log: string[];
  syncs: number;
}

export function fakeExcelCells(sheets: readonly string[], cells: Record<string, FakeCell> = {}, active = ''): FakeCells {
  const state: FakeCells = { run: undefined as unknown as ExcelRun, cells: new Map(Object.entries(cells)), log: [], syncs: 0 };
  const cellAt = (key: string) => {
    if (!state.cells.has(key)) state.cells.set(key, {});
    return state.cells.get(key)!;
  };
  const worksheet = (sheet: string) => {
    if (!sheets.includes(sheet)) throw Object.assign(new Error(`The requested resource doesn't exist: ${sheet}`), { code: 'ItemNotFound' });
    return {
      getRange: (address: string) => {
        const key = `${sheet}!${address}`;
        return {
          address: key,
          load() {
            return this;
          },
          get formulas() {
            const cell = cellAt(key);
            return [[cell.formula ?? cell.value ?? '']];
          },
          get numberFormat() {
            return [[cellAt(key).numberFormat ?? 'General']];
          },
          set numberFormat(input: string[][]) {
            state.log.push(`${key} numberFormat ${input[0][0]}`);
            cellAt(key).numberFormat = input[0][0];
          },
          set values(input: (string | number | boolean)[][]) {
            state.log.push(`${key} value ${JSON.stringify(input[0][0])}`);
            cellAt(key).value = input[0][0];
          },
        };
      },
      charts: {
        add: (type: string, range: { address: string }, seriesBy: string) => {
          state.log.push(`chart ${type} ${range.address} by ${seriesBy}`);
          return {
            title: {
              set text(text: string) {
                state.log.push(`chart title ${text}`);
              },
            },
            legend: {
              set position(position: string) {
                state.log.push(`chart legend ${position}`);
              },
            },
            setPosition: (from: string, to: string) => state.log.push(`chart at ${from}:${to}`),
          };
        },
      },
      activate: () => state.log.push(`activate ${sheet}`),
    };
  };
  const context = {
    workbook: {
      worksheets: { getItem: worksheet },
      getActiveCell: () => ({
        address: active,
        load() {
          return this;
        },
      }),
    },
    sync: async () => {
      state.syncs++;
    },
  };
  state.run = (async (batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(context as unknown as Excel.RequestContext)) as ExcelRun;
  return state;
}
