import { CellValue } from '../../src/engine/cells';
import { parseStatus } from '../../src/engine/status';
import { BLANK_CODE, codeStatusRows, StatusCoder } from '../../src/engine/statusCodes';

describe('status codes: every status cell coded once (docs/rules.md §4.3)', () => {
  test('each distinct value gets one code, read once; blank cells are code 0', () => {
    const rows: { statuses: CellValue[] }[] = [
      { statuses: ['S', null, 1, 'S'] },
      { statuses: ['1', true, { error: '#N/A' }, 'S'] },
      { statuses: [1, 'TRUE', { error: '#N/A' }, null] },
    ];
    const codes = codeStatusRows(rows, 4);
    // The number 1, the text "1", TRUE and the text "TRUE" are four values, as formulas tell them apart.
    expect(codes.values).toEqual([null, 'S', 1, '1', true, { error: '#N/A' }, 'TRUE']);
    expect(Array.from(codes.codes)).toEqual([1, BLANK_CODE, 2, 1, 3, 4, 5, 1, 2, 6, 5, BLANK_CODE]);
    expect(codes.value(1, 1)).toBe(true);
    expect(codes.row(2)).toEqual([1, 'TRUE', { error: '#N/A' }, null]);
    codes.values.forEach((value, code) => expect(codes.readings[code]).toEqual(parseStatus(value)));
  });

  test('rows are taken from the given columns, and more rows than expected still fit', () => {
    const coder = new StatusCoder(2, 1);
    coder.addRow(['K-1', 'x', 'S', 'D'], [2, 3]);
    coder.addRow(['K-2', 'x', 'D'], [2, 3]);
    coder.addRow(['K-3', 'x', undefined, 'O'], [3, 2]);
    const codes = coder.finish();
    expect([0, 1, 2].map((candidate) => codes.row(candidate))).toEqual([
      ['S', 'D'],
      ['D', null],
      ['O', null],
    ]);
  });

  test('a sheet with more distinct values than two bytes code keeps every earlier code', () => {
    const distinct = 70_000;
    const coder = new StatusCoder(2, 4);
    for (let i = 0; i < distinct; i += 2) coder.addRow([`${i / 100}`, `${(i + 1) / 100}`], [0, 1]);
    const codes = coder.finish();
    expect(codes.codes).toBeInstanceOf(Uint32Array);
    expect(codes.values).toHaveLength(distinct + 1);
    expect(codes.value(0, 0)).toBe('0');
    expect(codes.value(distinct / 2 - 1, 1)).toBe(`${(distinct - 1) / 100}`);
    expect(codes.code(distinct / 2 - 1, 1)).toBe(distinct);
  });
});
