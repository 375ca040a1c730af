import zlib from 'node:zlib';
import { ZipPackage, zipTextParts } from '../../../src/adapters/xlsx/zipPackage';

/**
 * A part is inflated to check its CRC before its compressed bytes are copied into a new package, once per
 * byte array: what this module wrote needs no check, so the pane's second build does not inflate the
 * candidate sheet again.
 */
describe('which parts a rewrite inflates to check them', () => {
  const sheet = `<worksheet>${'<row><c><v>1</v></c></row>'.repeat(2000)}</worksheet>`;
  const parts = new Map([
    ['[Content_Types].xml', '<Types/>'],
    ['xl/worksheets/sheet1.xml', sheet],
  ]);
  let inflate: jest.SpyInstance;

  beforeEach(() => {
    inflate = jest.spyOn(zlib, 'inflateRawSync');
  });
  afterEach(() => inflate.mockRestore());

  test('a package this module wrote is copied again without inflating any part', () => {
    const written = zipTextParts(parts);
    const again = new ZipPackage(written).rewrite(new Map(), new Map([['xl/worksheets/sheet2.xml', '<worksheet/>']]));
    const third = new ZipPackage(again).rewrite(new Map(), new Map([['xl/worksheets/sheet3.xml', '<worksheet/>']]));
    expect(inflate).not.toHaveBeenCalled();
    expect(new ZipPackage(third).names()).toEqual([...parts.keys(), 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
    expect(new ZipPackage(third).text('xl/worksheets/sheet1.xml')).toBe(sheet);
  });

  test('the same bytes from elsewhere (a file read from disk) are checked, each part once', () => {
    const fromDisk = zipTextParts(parts).slice();
    const zip = new ZipPackage(fromDisk);
    zip.rewrite(new Map(), new Map());
    expect(inflate).toHaveBeenCalledTimes(2);
    zip.rewrite(new Map(), new Map());
    expect(inflate).toHaveBeenCalledTimes(2);
  });

  test('a damaged part from elsewhere is still refused before it is copied', () => {
    const damaged = zipTextParts(parts).slice();
    const at = Buffer.from(damaged).indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length + 5;
    damaged[at] ^= 0xff;
    expect(() => new ZipPackage(damaged).rewrite(new Map(), new Map())).toThrow(
      expect.objectContaining({ code: expect.stringMatching(/^zip\./) }),
    );
  });
});
