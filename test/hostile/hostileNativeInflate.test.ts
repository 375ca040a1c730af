import { HOSTILE_CASES, workbookParts } from './corpus';
import { rawZip, RawEntry } from './rawZip';

type Adapter = typeof import('../../src/adapters/xlsx');

/**
 * In a browser (and Office's web view) there is no zlib: `readSheet` inflates a large part with the platform's
 * DecompressionStream, ahead of the synchronous reader. Node has that stream too, so the adapter is loaded here
 * as a browser sees it, without zlib, and must refuse every hostile file exactly as it does with zlib, and stop
 * inflating a part at its declared size.
 */
describe('the .xlsx adapter where only a native stream inflates (a browser)', () => {
  let adapter: Adapter;
  let streams = 0;
  const NativeStream = globalThis.DecompressionStream;

  beforeAll(async () => {
    const builtin = process.getBuiltinModule;
    process.getBuiltinModule = ((id: string) => (id === 'zlib' ? undefined : builtin(id))) as typeof process.getBuiltinModule;
    globalThis.DecompressionStream = class extends NativeStream {
      constructor(format: CompressionFormat) {
        super(format);
        streams++;
      }
    };
    try {
      await jest.isolateModulesAsync(async () => {
        adapter = await import('../../src/adapters/xlsx');
      });
    } finally {
      process.getBuiltinModule = builtin;
    }
  });
  afterAll(() => {
    globalThis.DecompressionStream = NativeStream;
  });

  async function readAll(bytes: Uint8Array): Promise<void> {
    const book = adapter.openXlsx(bytes);
    for (const name of await book.sheetNames()) await book.readSheet(name);
  }

  async function refusalCode(bytes: Uint8Array): Promise<string> {
    try {
      await readAll(bytes);
    } catch (error) {
      if (adapter.isXlsxError(error)) return error.code;
      throw error;
    }
    return 'read';
  }

  const MIB = 1 << 20;
  /** A candidate sheet of at least `size` bytes: rows of varied numbers, which deflate as real sheets do (not a bomb). */
  const bigSheet = (size: number) => {
    const rows: string[] = [];
    let length = 0;
    let seed = 7;
    for (let row = 1; length < size; row++) {
      seed = (seed * 48271) % 2147483647;
      rows.push(`<row r="${row}"><c r="A${row}"><v>${seed}</v></c><c r="B${row}"><v>${seed % 9973}</v></c></row>`);
      length += rows[rows.length - 1].length;
    }
    return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  };
  const withSheet = (change: Partial<RawEntry>) =>
    rawZip(
      workbookParts().map((entry) =>
        entry.name === 'xl/worksheets/sheet2.xml' ? { ...entry, data: bigSheet(2 * MIB), ...change } : entry,
      ),
    );

  test('a large sound sheet is inflated by the stream and read in full', async () => {
    const before = streams;
    const book = adapter.openXlsx(withSheet({}));
    const grid = await book.readSheet('Candidates');
    expect(streams).toBeGreaterThan(before);
    const rows = bigSheet(2 * MIB).match(/<row /g)!.length;
    expect(grid.rows.length).toBe(rows);
    expect(grid.rows[rows - 1]?.[1]).toBe(Number(/<c r="B\d+"><v>(\d+)<\/v><\/c><\/row><\/sheetData>/.exec(bigSheet(2 * MIB))![1]));
  });

  test('two reads of one sheet at once share one inflation', async () => {
    const book = adapter.openXlsx(withSheet({}));
    const before = streams;
    const [first, second] = await Promise.all([book.readSheet('Candidates'), book.readSheet('Candidates')]);
    expect(streams - before).toBe(1);
    expect(second.rows).toEqual(first.rows);
  });

  test.each([
    ['a size understated (1.5 MiB declared, 20 MiB inside)', { data: bigSheet(20 * MIB), declaredSize: 1.5 * MIB }, 'zip.sizeMismatch'],
    ['a size overstated', { declaredSize: 3 * MIB }, 'zip.sizeMismatch'],
    ['a wrong CRC', { crc: 1 }, 'zip.checksum'],
    ['data that is not deflate', { stored: new Uint8Array(64 * 1024).fill(0xff) }, 'zip.partDamaged'],
  ] as const)('%s is refused with %s', async (_name, change, code) => {
    expect(await refusalCode(withSheet(change))).toBe(code);
  });

  test.each(HOSTILE_CASES.filter((hostile) => hostile.stage !== 'write').map((hostile) => [hostile.name, hostile] as const))(
    '%s: the same refusal as with zlib',
    async (_name, hostile) => {
      const bytes = hostile.bytes();
      const code = await refusalCode(bytes).catch(() => 'not an XlsxError');
      expect(code === hostile.code || (hostile.stage === 'open' && code === 'read')).toBe(true);
      if (hostile.stage === 'open') expect(() => adapter.openXlsx(bytes)).toThrow(expect.objectContaining({ code: hostile.code }));
    },
  );
});
