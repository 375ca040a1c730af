import { isReference, parse, parseA1Ref, tokenize } from '@borgar/fx';
import { cellAddress, CellValue, columnIndex, EXCEL_ERROR_TEXTS, isExcelError, quoteSheetName } from '../../../src/engine/cells';
import { parseRange, splitSheetReference } from '../../../src/workbook/ranges';
import { ExcelRun } from '../../../src/adapters/office/excelRun';

/**
 * A stand-in for Excel's object model at the adapter's boundary: `Excel.run`, its RequestContext and the
 * proxy objects the adapter uses exist only inside an Office host, not in Node. Like Office.js it queues
 * every call, load and property write until `sync()`, then runs them in order; a property can be read only
 * after it was loaded and synced; a missing item fails the sync with `ItemNotFound`.
 *
 * Each sync is recorded with the size of its request (the UTF-8 JSON of its queued calls: object path, member
 * and arguments) and of its response (the JSON of what it loaded). Like Excel on the web, a request or a
 * response over 5 MB fails the sync (`RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`).
 * Text typed without a leading apostrophe is read the way Excel reads typed input, so numbers, booleans,
 * errors and formulas hidden in text show up, except in a cell formatted as text ('@'), which keeps text as typed.
 * Tables gain Excel's default totals row when `showTotals` is set. The active cell is the top-left cell of the
 * selection when that is on the active sheet, else A1 there.
 *
 * Excel's documented limits hold on every platform here: reading the values, formulas, number formats or value
 * types of more than 5,000,000 cells at once fails with `RangeExceedsLimit` (a write that large cannot fit
 * in a 5 MB request in the first place), and a formula, typed into a cell or given to a name, must parse as
 * Excel's formula grammar (@borgar/fx's parser; `InvalidArgument` if not), name only sheets the workbook has
 * when the call runs (`InvalidArgument`: a sheet added later in the same sync is too late), and be at most
 * 8,192 characters long (`FormulaLengthExceedsLimit`). Function names are not checked: Excel takes an unknown one and shows #NAME?.
 */

export const EXCEL_WEB_LIMIT = 5_000_000;
export const CELLS_PER_READ_LIMIT = 5_000_000;
export const FORMULA_LENGTH_LIMIT = 8192;
/** The properties that carry one entry per cell, so that reading them counts against CELLS_PER_READ_LIMIT. */
const CELL_PROPERTIES = new Set(['values', 'formulas', 'numberFormat', 'valueTypes']);

type Scalar = string | number | boolean;
type ValueType = 'String' | 'Double' | 'Boolean' | 'Error';

export interface FakeCell {
  value?: Scalar;
  type?: ValueType;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  rows: (FakeCell | undefined)[][];
  columnWidths: Map<number, number>;
  names: FakeName[];
}

export interface FakeName {
  name: string;
  formula: string;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  area: Area;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface FakeChart {
  sheet: FakeSheet;
  type: string;
  /** The source data's sheet-qualified address. */
  source: string;
  seriesBy: string;
  title?: string;
  legend?: string;
  /** The cells the chart spans, set by `setPosition`. */
  position?: string;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly calls: readonly string[];
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a queued call does when the sync runs it: the bytes it adds to the response, and what to keep if the sync succeeds. */
type Effect = { readonly responseBytes: number; readonly commit: () => void } | void;

interface Call {
  readonly json: string;
  readonly label: string;
  readonly run: () => Effect;
}

export class OfficeExtensionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  readonly tables: FakeTable[] = [];
  readonly charts: FakeChart[] = [];
  readonly syncs: SyncRecord[] = [];
  date1904 = false;
  active = '';
  selection = '';
  /** The sync (1-based, over all runs) that fails halfway through its calls, as a lost connection would. */
  failAtSync?: number;
  /** The code and message of Excel's error at `failAtSync`. */
  failure = { code: 'GeneralException', message: 'The connection to Excel was lost' };
  /** Called as each sync (1-based) begins: a test changes the workbook there as a user would meanwhile, or throws as Excel would. */
  beforeSync?: (sync: number) => void;
  private tableCount = 0;

  readonly run: ExcelRun = async (batch) => batch(new FakeContext(this) as unknown as Excel.RequestContext);

  addSheet(
    name: string,
    options: { visibility?: FakeSheet['visibility']; at?: string; values?: (CellValue | undefined)[][] } = {},
  ): FakeSheet {
    const sheet: FakeSheet = { name, visibility: options.visibility ?? 'Visible', rows: [], columnWidths: new Map(), names: [] };
    this.sheets.push(sheet);
    this.active ||= name;
    const origin = parseRange(options.at ?? 'A1') as Area;
    (options.values ?? []).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) Object.assign(cellAt(sheet, origin.top + r, origin.left + c), typedValue(value));
      }),
    );
    return sheet;
  }

  addTable(name: string, sheet: string, range: string, showTotals = false): void {
    this.tables.push({ name, sheet: this.sheet(sheet), area: parseRange(range) as Area, showHeaders: true, showTotals });
  }

  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new OfficeExtensionError('ItemNotFound', `No sheet named '${name}'`);
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toUpperCase() === name.toUpperCase());
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const { top, left } = parseRange(address) as Area;
    return this.sheet(sheet).rows[top]?.[left];
  }

  nextTableName(): string {
    return `Table${++this.tableCount}`;
  }

  nameTaken(name: string, except?: FakeTable): boolean {
    const upper = name.toUpperCase();
    return (
      this.names.some((each) => each.name.toUpperCase() === upper) ||
      this.tables.some((table) => table !== except && table.name.toUpperCase() === upper)
    );
  }
}

class FakeContext {
  private queue: Call[] = [];
  readonly workbook: FakeWorkbook;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(path: string, member: string, args: unknown, run: () => Effect): void {
    this.queue.push({ json: JSON.stringify({ path, member, args }), label: `${path}.${member}`, run });
  }

  async sync(): Promise<void> {
    const calls = this.queue;
    this.queue = [];
    const requestBytes = calls.reduce((sum, call) => sum + Buffer.byteLength(call.json, 'utf8'), 0);
    const index = this.excel.syncs.length + 1;
    this.excel.beforeSync?.(index);
    const record = (responseBytes: number) =>
      this.excel.syncs.push({ requestBytes, responseBytes, calls: calls.map((call) => call.label) });
    if (requestBytes > EXCEL_WEB_LIMIT) {
      record(0);
      throw new OfficeExtensionError('RequestPayloadSizeLimitExceeded', `The request payload (${requestBytes} bytes) is over the limit`);
    }
    const effects: Effect[] = [];
    const failAt = this.excel.failAtSync === index ? Math.floor(calls.length / 2) : Infinity;
    try {
      calls.forEach((call, i) => {
        if (i === failAt) throw new OfficeExtensionError(this.excel.failure.code, this.excel.failure.message);
        effects.push(call.run());
      });
    } catch (error) {
      record(0);
      throw error;
    }
    const responseBytes = effects.reduce((sum, effect) => sum + (effect ? effect.responseBytes : 0), 0);
    record(responseBytes);
    if (responseBytes > EXCEL_WEB_LIMIT)
      throw new OfficeExtensionError('ResponsePayloadSizeLimitExceeded', `The response payload (${responseBytes} bytes) is over the limit`);
    for (const effect of effects) effect?.commit();
  }
}

/** A proxy whose properties are read from Excel by `load` and become readable after the sync. */
abstract class Loadable {
  private data: Record<string, unknown> | undefined;

  constructor(
    protected readonly context: FakeContext,
    readonly path: string,
    private readonly nullable = false,
  ) {}

  load(properties: string | string[] = []): this {
    const names = (typeof properties === 'string' ? properties.split(',') : properties).map((name) => name.trim()).filter(Boolean);
    this.context.enqueue(this.path, 'load', names, () => {
      if (this.nullable && !this.exists()) return this.keep({ isNullObject: true });
      if (!this.exists()) throw new OfficeExtensionError('ItemNotFound', `${this.path} does not exist`);
      const data = { ...(this.nullable ? { isNullObject: false } : {}), ...this.read(names) };
      return this.keep(data, this.proxies(data));
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }

  protected loaded<T>(name: string): T {
    if (!this.data || !(name in this.data))
      throw new OfficeExtensionError('PropertyNotLoaded', `${this.path}.${name} was read before it was loaded and synced`);
    return this.data[name] as T;
  }

  /** Queues a call that needs the object to exist. */
  protected call(member: string, args: unknown, run: () => void): void {
    this.context.enqueue(this.path, member, args, () => {
      if (!this.exists()) throw new OfficeExtensionError('ItemNotFound', `${this.path} does not exist`);
      run();
    });
  }

  /** `data` is what the response carries; `kept` what the proxy then holds, when that differs (a collection's item proxies). */
  private keep(data: Record<string, unknown>, kept: Record<string, unknown> = data): Effect {
    return { responseBytes: Buffer.byteLength(JSON.stringify(data), 'utf8'), commit: () => (this.data = { ...this.data, ...kept }) };
  }

  protected proxies(data: Record<string, unknown>): Record<string, unknown> {
    return data;
  }

  protected abstract exists(): boolean;
  protected abstract read(names: readonly string[]): Record<string, unknown>;
}

/** A collection: `load('items/a,items/b')` reads those properties of every item, and `items` holds loaded item proxies. */
abstract class Collection<T extends Item> extends Loadable {
  private built: T[] = [];

  get items(): T[] {
    return this.loaded('items');
  }

  protected exists(): boolean {
    return true;
  }

  protected read(names: readonly string[]): Record<string, unknown> {
    const properties = names.filter((name) => name.startsWith('items/')).map((name) => name.slice('items/'.length));
    this.built = this.all();
    return { items: this.built.map((item) => item.snapshot(properties)) };
  }

  protected override proxies(data: Record<string, unknown>): Record<string, unknown> {
    const items = this.built;
    (data.items as Record<string, unknown>[]).forEach((values, i) => items[i].take(values));
    return { items };
  }

  protected abstract all(): T[];
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly tables: FakeTables;
  readonly functions: { date: (year: number, month: number, day: number) => FakeFunctionResult };

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheets(context);
    this.names = new FakeNames(context, 'workbook.names', () => context.excel.names);
    this.tables = new FakeTables(context, 'workbook.tables', () => context.excel.tables);
    this.functions = {
      date: (year, month, day) => {
        const path = `workbook.functions.date(${year},${month},${day})`;
        return new FakeFunctionResult(context, path, () =>
          year === 1904 && month === 1 && day === 1 ? (context.excel.date1904 ? 0 : 1462) : unknownProperty(path, 'value'),
        );
      },
    };
  }

  getActiveCell(): FakeRange {
    const excel = this.context.excel;
    return new FakeRange(
      this.context,
      'workbook.getActiveCell()',
      () => excel.findSheet(excel.active),
      () => activeArea(excel),
    );
  }
}

class FakeFunctionResult extends Loadable {
  constructor(
    context: FakeContext,
    path: string,
    private readonly compute: () => number,
  ) {
    super(context, path);
  }

  get value(): number {
    return this.loaded('value');
  }

  protected exists(): boolean {
    return true;
  }

  protected read(): Record<string, unknown> {
    return { value: this.compute() };
  }
}

/** Item proxies that the collection's load fills in. */
abstract class Item extends Loadable {
  private taken: Record<string, unknown> = {};

  take(data: Record<string, unknown>): void {
    this.taken = data;
  }

  snapshot(properties: readonly string[]): Record<string, unknown> {
    return this.read(properties);
  }

  protected override loaded<T>(name: string): T {
    return name in this.taken ? (this.taken[name] as T) : super.loaded<T>(name);
  }
}

class FakeWorksheets extends Collection<FakeWorksheet> {
  constructor(context: FakeContext) {
    super(context, 'workbook.worksheets');
  }

  getItem(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, `worksheets.getItem(${JSON.stringify(name)})`, () => this.context.excel.findSheet(name));
    this.context.enqueue(sheet.path, 'resolve', [], () => {
      if (!this.context.excel.findSheet(name)) throw new OfficeExtensionError('ItemNotFound', `No sheet named '${name}'`);
    });
    return sheet;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `worksheets.getItemOrNullObject(${JSON.stringify(name)})`,
      () => this.context.excel.findSheet(name),
      true,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, 'worksheets.getActiveWorksheet()', () =>
      this.context.excel.findSheet(this.context.excel.active),
    );
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.context.enqueue(this.path, 'add', [name], () => {
      if (this.context.excel.findSheet(name)) throw new OfficeExtensionError('ItemAlreadyExists', `A sheet named '${name}' exists`);
      created = this.context.excel.addSheet(name);
    });
    return new FakeWorksheet(this.context, `worksheets.add(${JSON.stringify(name)})`, () => created);
  }

  protected all(): FakeWorksheet[] {
    const excel = this.context.excel;
    return excel.sheets.map(
      (sheet, i) => new FakeWorksheet(this.context, `worksheets.items[${i}]`, () => (excel.sheets.includes(sheet) ? sheet : undefined)),
    );
  }
}

class FakeWorksheet extends Item {
  constructor(
    context: FakeContext,
    path: string,
    readonly locate: () => FakeSheet | undefined,
    nullable = false,
  ) {
    super(context, path, nullable);
  }

  get name(): string {
    return this.loaded('name');
  }

  get visibility(): string {
    return this.loaded('visibility');
  }

  get names(): FakeNames {
    return new FakeNames(this.context, `${this.path}.names`, () => this.locate()?.names ?? []);
  }

  get tables(): FakeTables {
    return new FakeTables(
      this.context,
      `${this.path}.tables`,
      () => this.context.excel.tables.filter((table) => table.sheet === this.locate()),
      this,
    );
  }

  get charts(): FakeCharts {
    return new FakeCharts(this.context, `${this.path}.charts`, this);
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange(${JSON.stringify(address)})`, this.locate, () => areaOf(address));
  }

  getUsedRangeOrNullObject(valuesOnly: boolean): FakeRange {
    if (!valuesOnly) throw new Error('The fake reads used ranges by values only');
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject(true)`, this.locate, () => usedArea(this.locate()), true);
  }

  activate(): void {
    this.call('activate', [], () => (this.context.excel.active = (this.locate() as FakeSheet).name));
  }

  delete(): void {
    this.call('delete', [], () => {
      const excel = this.context.excel;
      const sheet = this.locate() as FakeSheet;
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
      excel.tables.splice(0, excel.tables.length, ...excel.tables.filter((table) => table.sheet !== sheet));
      excel.charts.splice(0, excel.charts.length, ...excel.charts.filter((chart) => chart.sheet !== sheet));
    });
  }

  protected exists(): boolean {
    return this.locate() !== undefined;
  }

  protected read(names: readonly string[]): Record<string, unknown> {
    const sheet = this.locate() as FakeSheet;
    return Object.fromEntries(
      names.map((name) => [
        name,
        name === 'name' ? sheet.name : name === 'visibility' ? sheet.visibility : unknownProperty(this.path, name),
      ]),
    );
  }
}

class FakeRange extends Loadable {
  constructor(
    context: FakeContext,
    path: string,
    private readonly sheet: () => FakeSheet | undefined,
    private readonly area: () => Area | undefined,
    nullable = false,
  ) {
    super(context, path, nullable);
  }

  get values(): Scalar[][] {
    return this.loaded('values');
  }

  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }

  get address(): string {
    return this.loaded('address');
  }

  get rowIndex(): number {
    return this.loaded('rowIndex');
  }

  get columnIndex(): number {
    return this.loaded('columnIndex');
  }

  get rowCount(): number {
    return this.loaded('rowCount');
  }

  get columnCount(): number {
    return this.loaded('columnCount');
  }

  get formulas(): Scalar[][] {
    return this.loaded('formulas');
  }

  set formulas(input: (Scalar | null)[][]) {
    this.write('formulas', input, (cell, value) => enter(cell, value, this.context.excel));
  }

  set values(input: (Scalar | null)[][]) {
    this.write('values', input, (cell, value) => enter(cell, value, this.context.excel));
  }

  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }

  set numberFormat(input: (string | null)[][]) {
    this.write('numberFormat', input, (cell, format) => (cell.numberFormat = format as string));
  }

  get format(): { font: { bold: boolean }; columnWidth: number } {
    const range = this;
    return {
      font: {
        set bold(bold: boolean) {
          range.eachCell('format.font.bold', bold, (cell) => (cell.bold = bold));
        },
      } as { bold: boolean },
      set columnWidth(points: number) {
        range.call('format.columnWidth', points, () => {
          const area = range.area() as Area;
          for (let c = area.left; c <= area.right; c++) (range.sheet() as FakeSheet).columnWidths.set(c, points);
        });
      },
    } as { font: { bold: boolean }; columnWidth: number };
  }

  clear(): void {
    this.eachCell('clear', [], (cell) => {
      for (const key of Object.keys(cell)) delete (cell as Record<string, unknown>)[key];
    });
  }

  select(): void {
    this.call('select', [], () => {
      const sheet = this.sheet() as FakeSheet;
      this.context.excel.active = sheet.name;
      this.context.excel.selection = `${quoteSheetName(sheet.name)}!${areaText(this.area() as Area)}`;
    });
  }

  /** Where the range is when the sync runs, for a call that takes it as an argument. */
  place(): { sheet: FakeSheet; area: Area } {
    if (!this.exists()) throw new OfficeExtensionError('ItemNotFound', `${this.path} does not exist`);
    return { sheet: this.sheet() as FakeSheet, area: this.area() as Area };
  }

  private write(member: string, input: (Scalar | null)[][], apply: (cell: FakeCell, value: Scalar) => void): void {
    this.call(member, input, () => {
      const area = this.area() as Area;
      const rows = area.bottom - area.top + 1;
      const columns = area.right - area.left + 1;
      if (input.length !== rows || input.some((row) => row.length !== columns))
        throw new OfficeExtensionError('InvalidArgument', `${member} for ${areaText(area)} is not ${rows}×${columns}`);
      input.forEach((row, r) =>
        row.forEach((value, c) => value !== null && apply(cellAt(this.sheet() as FakeSheet, area.top + r, area.left + c), value)),
      );
    });
  }

  private eachCell(member: string, args: unknown, apply: (cell: FakeCell) => void): void {
    this.call(member, args, () => {
      const area = this.area() as Area;
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) apply(cellAt(this.sheet() as FakeSheet, r, c));
    });
  }

  protected exists(): boolean {
    return this.sheet() !== undefined && this.area() !== undefined;
  }

  protected read(names: readonly string[]): Record<string, unknown> {
    const sheet = this.sheet() as FakeSheet;
    const area = this.area() as Area;
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (cells > CELLS_PER_READ_LIMIT && names.some((name) => CELL_PROPERTIES.has(name)))
      throw new OfficeExtensionError(
        'RangeExceedsLimit',
        `${this.path} has ${cells} cells, more than ${CELLS_PER_READ_LIMIT} can be read at once`,
      );
    const grid = (read: (cell: FakeCell | undefined) => unknown) =>
      Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
        Array.from({ length: area.right - area.left + 1 }, (__, c) => read(sheet.rows[area.top + r]?.[area.left + c])),
      );
    const property = (name: string): unknown => {
      switch (name) {
        case 'values':
          return grid((cell) => cell?.value ?? '');
        case 'formulas':
          return grid((cell) => cell?.formula ?? cell?.value ?? '');
        case 'numberFormat':
          return grid((cell) => cell?.numberFormat ?? 'General');
        case 'valueTypes':
          return grid((cell) => (cell?.value === undefined ? 'Empty' : cell.type));
        case 'address':
          return `${quoteSheetName(sheet.name)}!${areaText(area)}`;
        case 'rowIndex':
          return area.top;
        case 'columnIndex':
          return area.left;
        case 'rowCount':
          return area.bottom - area.top + 1;
        case 'columnCount':
          return area.right - area.left + 1;
        default:
          return unknownProperty(this.path, name);
      }
    };
    return Object.fromEntries(names.map((name) => [name, property(name)]));
  }
}

class FakeNames extends Collection<FakeNamedItem> {
  constructor(
    context: FakeContext,
    path: string,
    private readonly list: () => FakeName[],
  ) {
    super(context, path);
  }

  add(name: string, formula: string): void {
    this.call('add', [name, formula], () => {
      checkFormula(formula, this.context.excel);
      if (this.context.excel.nameTaken(name) || this.list().some((each) => each.name.toUpperCase() === name.toUpperCase()))
        throw new OfficeExtensionError('InvalidArgument', `The name '${name}' is taken`);
      this.list().push({ name, formula });
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      this.list,
      () => this.list().find((each) => each.name.toUpperCase() === name.toUpperCase()),
      true,
    );
  }

  protected all(): FakeNamedItem[] {
    return this.list().map((item, i) => new FakeNamedItem(this.context, `${this.path}.items[${i}]`, this.list, () => item));
  }
}

class FakeNamedItem extends Item {
  constructor(
    context: FakeContext,
    path: string,
    private readonly list: () => FakeName[],
    private readonly locate: () => FakeName | undefined,
    nullable = false,
  ) {
    super(context, path, nullable);
  }

  get name(): string {
    return this.loaded('name');
  }

  get formula(): string {
    return this.loaded('formula');
  }

  delete(): void {
    this.call('delete', [], () => this.list().splice(this.list().indexOf(this.locate() as FakeName), 1));
  }

  protected exists(): boolean {
    return this.locate() !== undefined;
  }

  protected read(names: readonly string[]): Record<string, unknown> {
    const item = this.locate() as FakeName;
    return Object.fromEntries(
      names.map((name) => [name, name === 'name' ? item.name : name === 'formula' ? item.formula : unknownProperty(this.path, name)]),
    );
  }
}

class FakeTables extends Collection<FakeTableItem> {
  constructor(
    context: FakeContext,
    path: string,
    private readonly list: () => FakeTable[],
    private readonly worksheet?: FakeWorksheet,
  ) {
    super(context, path);
  }

  add(address: string, hasHeaders: boolean): FakeTableItem {
    let created: FakeTable | undefined;
    this.call('add', [address, hasHeaders], () => {
      const excel = this.context.excel;
      const sheet = (this.worksheet as FakeWorksheet).locate() as FakeSheet;
      const area = areaOf(address) as Area;
      if (excel.tables.some((table) => table.sheet === sheet && overlaps(table.area, area)))
        throw new OfficeExtensionError('InvalidOperation', `A table overlaps ${address}`);
      created = { name: excel.nextTableName(), sheet, area, showHeaders: hasHeaders, showTotals: false };
      excel.tables.push(created);
    });
    return new FakeTableItem(this.context, `${this.path}.add(${JSON.stringify(address)})`, () => created);
  }

  protected all(): FakeTableItem[] {
    return this.list().map((table, i) => new FakeTableItem(this.context, `${this.path}.items[${i}]`, () => table));
  }
}

class FakeTableItem extends Item {
  constructor(
    context: FakeContext,
    path: string,
    private readonly locate: () => FakeTable | undefined,
  ) {
    super(context, path);
  }

  get name(): string {
    return this.loaded('name');
  }

  set name(name: string) {
    this.call('name', name, () => {
      const table = this.locate() as FakeTable;
      if (this.context.excel.nameTaken(name, table)) throw new OfficeExtensionError('InvalidArgument', `The name '${name}' is taken`);
      table.name = name;
    });
  }

  get showHeaders(): boolean {
    return this.loaded('showHeaders');
  }

  get showTotals(): boolean {
    return this.loaded('showTotals');
  }

  /** Like Excel: the totals row takes the row below the table, with a "Total" label and a SUBTOTAL in the last column. */
  set showTotals(show: boolean) {
    this.call('showTotals', show, () => {
      const table = this.locate() as FakeTable;
      if (!show || table.showTotals) throw new Error('The fake only switches totals rows on');
      const row = table.area.bottom + 1;
      for (let c = table.area.left; c <= table.area.right; c++) {
        if (table.sheet.rows[row]?.[c]?.value !== undefined)
          throw new OfficeExtensionError('InvalidOperation', `The row below table ${table.name} is not empty`);
      }
      table.area = { ...table.area, bottom: row };
      table.showTotals = true;
      Object.assign(cellAt(table.sheet, row, table.area.left), { value: 'Total', type: 'String' });
      Object.assign(cellAt(table.sheet, row, table.area.right), {
        value: 0,
        type: 'Double',
        formula: `=SUBTOTAL(109,${table.name}[Column])`,
      });
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.worksheet`, () => this.locate()?.sheet);
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getRange()`,
      () => this.locate()?.sheet,
      () => this.locate()?.area,
    );
  }

  protected exists(): boolean {
    return this.locate() !== undefined;
  }

  protected read(names: readonly string[]): Record<string, unknown> {
    const table = this.locate() as FakeTable;
    const values: Record<string, unknown> = { name: table.name, showHeaders: table.showHeaders, showTotals: table.showTotals };
    return Object.fromEntries(names.map((name) => [name, name in values ? values[name] : unknownProperty(this.path, name)]));
  }
}

/** A sheet's charts; loading `items/name` lists them, named as Excel names them ("Chart 1", ...) in order of creation. */
class FakeCharts extends Collection<FakeChartItem> {
  constructor(
    context: FakeContext,
    path: string,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context, path);
  }

  add(type: string, sourceData: FakeRange, seriesBy: string): FakeChartItem {
    let created: FakeChart | undefined;
    this.context.enqueue(this.path, 'add', [type, sourceData.path, seriesBy], () => {
      const sheet = this.worksheet.locate();
      if (!sheet) throw new OfficeExtensionError('ItemNotFound', `${this.worksheet.path} does not exist`);
      const source = sourceData.place();
      created = { sheet, type, source: `${quoteSheetName(source.sheet.name)}!${areaText(source.area)}`, seriesBy };
      this.context.excel.charts.push(created);
    });
    return new FakeChartItem(this.context, `${this.path}.add(${JSON.stringify(type)})`, () => created);
  }

  protected all(): FakeChartItem[] {
    const sheet = this.worksheet.locate();
    return this.context.excel.charts
      .filter((chart) => chart.sheet === sheet)
      .map((chart, i) => new FakeChartItem(this.context, `${this.path}.items[${i}]`, () => chart));
  }
}

class FakeChartItem extends Item {
  constructor(
    context: FakeContext,
    path: string,
    private readonly locate: () => FakeChart | undefined,
  ) {
    super(context, path);
  }

  get name(): string {
    return this.loaded('name');
  }

  get title(): { text: string } {
    const item = this;
    return {
      set text(text: string) {
        item.call('title.text', text, () => ((item.locate() as FakeChart).title = text));
      },
    } as { text: string };
  }

  get legend(): { position: string } {
    const item = this;
    return {
      set position(position: string) {
        item.call('legend.position', position, () => ((item.locate() as FakeChart).legend = position));
      },
    } as { position: string };
  }

  setPosition(startCell: string, endCell = startCell): void {
    this.call('setPosition', [startCell, endCell], () => {
      const area = areaOf(`${startCell}:${endCell}`);
      if (!area) throw new OfficeExtensionError('InvalidArgument', `${startCell}:${endCell} is not a range`);
      (this.locate() as FakeChart).position = areaText(area);
    });
  }

  protected exists(): boolean {
    return this.locate() !== undefined;
  }

  protected read(names: readonly string[]): Record<string, unknown> {
    const chart = this.locate() as FakeChart;
    const name = `Chart ${this.context.excel.charts.indexOf(chart) + 1}`;
    return Object.fromEntries(names.map((each) => [each, each === 'name' ? name : unknownProperty(this.path, each)]));
  }
}

function unknownProperty(path: string, name: string): never {
  throw new Error(`The fake does not load ${path}.${name}`);
}

function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell {
  const cells = (sheet.rows[row] ??= []);
  return (cells[column] ??= {});
}

/** A cell seeded by a test: its value as Excel would hold it. */
function typedValue(value: CellValue): FakeCell {
  if (isExcelError(value)) return { value: value.error, type: 'Error' };
  if (typeof value === 'number') return { value, type: 'Double' };
  if (typeof value === 'boolean') return { value, type: 'Boolean' };
  return { value: value as string, type: 'String' };
}

/** Typing `input` into `cell`: what it held goes, its format stays. */
function enter(cell: FakeCell, input: Scalar, excel: FakeExcel): void {
  const entered = cell.numberFormat === '@' && typeof input === 'string' ? textInput(input) : typedInput(input, excel);
  delete cell.formula;
  delete cell.value;
  delete cell.type;
  Object.assign(cell, entered);
}

function textInput(input: string): FakeCell {
  return input === '' ? {} : { value: input, type: 'String' };
}

/** Input as Excel reads what a user types: `'` keeps text as text; otherwise numbers, booleans, errors and formulas are recognised. */
function typedInput(input: Scalar, excel: FakeExcel): FakeCell {
  if (typeof input !== 'string') return typedValue(input);
  if (input === '') return {};
  if (input.startsWith("'")) return { value: input.slice(1), type: 'String' };
  if (/^[=+-]/.test(input) && input.length > 1 && !/^[+-]?\d+(\.\d+)?$/.test(input)) {
    const formula = input.startsWith('=') ? input : `=${input}`;
    checkFormula(formula, excel);
    return { formula, value: 0, type: 'Double' };
  }
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?%?$/i.test(input))
    return { value: Number(input.replace('%', '')) / (input.endsWith('%') ? 100 : 1), type: 'Double' };
  if (/^(TRUE|FALSE)$/i.test(input)) return { value: input.toUpperCase() === 'TRUE', type: 'Boolean' };
  if (EXCEL_ERROR_TEXTS.slice(0, 7).includes(input.toUpperCase())) return { value: input.toUpperCase(), type: 'Error' };
  return { value: input, type: 'String' };
}

/** Refuses, as Excel does, a formula it cannot parse, one longer than Excel takes, or one naming a sheet the workbook lacks. */
function checkFormula(formula: string, excel: FakeExcel): void {
  if (formula.length > FORMULA_LENGTH_LIMIT)
    throw new OfficeExtensionError(
      'FormulaLengthExceedsLimit',
      `A formula of ${formula.length} characters is longer than ${FORMULA_LENGTH_LIMIT}`,
    );
  const tokens = tokenize(formula, { mergeRefs: true, negativeNumbers: true });
  try {
    parse(tokens);
  } catch (error) {
    throw new OfficeExtensionError('InvalidArgument', `${formula} is not a formula Excel can parse: ${(error as Error).message}`);
  }
  for (const token of tokens) {
    const context = isReference(token) ? parseA1Ref(token.value)?.context : undefined;
    // One context is a sheet, or a 3-D span of sheets (`Sheet1:Sheet3`); two are a workbook and a sheet in it.
    const missing = context?.length === 1 ? context[0].split(':').find((sheet) => !excel.findSheet(sheet)) : undefined;
    if (missing !== undefined)
      throw new OfficeExtensionError(
        'InvalidArgument',
        `${formula} refers to a sheet named '${missing}', which the workbook does not have`,
      );
  }
}

function areaOf(address: string): Area | undefined {
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address);
  if (columns) return { top: 0, bottom: 1_048_575, left: columnIndex(columns[1]), right: columnIndex(columns[2]) };
  return parseRange(address);
}

function activeArea(excel: FakeExcel): Area {
  const selection = splitSheetReference(excel.selection);
  const area = selection && selection.sheet.toUpperCase() === excel.active.toUpperCase() ? parseRange(selection.range) : undefined;
  return area ? { top: area.top, left: area.left, bottom: area.top, right: area.left } : { top: 0, left: 0, bottom: 0, right: 0 };
}

function usedArea(sheet: FakeSheet | undefined): Area | undefined {
  let area: Area | undefined;
  sheet?.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell?.value === undefined) return;
      area = area
        ? { top: Math.min(area.top, r), left: Math.min(area.left, c), bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }),
  );
  return area;
}

function areaText(area: Area): string {
  const first = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? first : `${first}:${cellAddress(area.bottom, area.right)}`;
}

function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
