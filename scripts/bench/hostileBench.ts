import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { fullHeightWorkbook } from '../../test/support/fullHeightWorkbook';
import { report, time } from './statusGrid';

/**
 * Issue 9's budgets, measured on the whole `sib` process: a 3 GiB zip bomb (its directory honest, then
 * understating it as 2 KiB) is refused in bounded time and memory, and a legal full-height sheet
 * (1,048,575 candidates) is read and checked, and its invoice, too tall for a sheet, refused before settling.
 */
export function benchHostile(): void {
  const dir = mkdtempSync(join(tmpdir(), 'sib-bench-hostile-'));
  try {
    const gib = 3;
    const honest = join(dir, 'bomb.xlsx');
    writeFileSync(honest, bombWorkbook(gib * 1024));
    wholeProcess(`${gib} GiB bomb as the candidate sheet: refused`, ['check', honest], 2);
    const understated = join(dir, 'understated.xlsx');
    writeFileSync(understated, bombWorkbook(gib * 1024, 2048));
    wholeProcess(`${gib} GiB bomb declared as 2 KiB: refused`, ['check', understated], 2);
    const generated = time(() => fullHeightWorkbook(2));
    const fullHeight = join(dir, 'full-height.xlsx');
    writeFileSync(fullHeight, generated.result);
    report('generate the full-height workbook (1,048,575 × 2)', generated.seconds, `${(generated.result.length / 1e6).toFixed(1)} MB`);
    wholeProcess('whole process: sib check, full-height sheet', ['check', fullHeight, '--json'], 0);
    const refusedOut = join(dir, 'full-height-invoice.xlsx');
    wholeProcess(
      'whole process: sib invoice, full-height sheet: refused (too many lines)',
      ['invoice', fullHeight, '--week', '2021-W02', '--out', refusedOut],
      1,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function wholeProcess(name: string, args: string[], expectedStatus: number): void {
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    ['-r', join(__dirname, 'reportUsage.js'), join(__dirname, '..', '..', 'bin', 'sib.js'), ...args],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== expectedStatus) throw new Error(`sib ${args[0]} exited ${run.status}: ${run.stderr}`);
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  report(name, seconds, `peak memory ${(rss / 1024).toFixed(0)} MB`);
}

/**
 * A workbook whose candidate sheet is a real deflate bomb of `mebibytes` MiB of spaces, built from one
 * flushed 1 MiB block repeated, so making it costs next to nothing; `declaredSize` makes the directory lie.
 */
function bombWorkbook(mebibytes: number, declaredSize?: number): Uint8Array {
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const block = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  let crc = 0;
  for (let i = 0; i < mebibytes; i++) crc = crc32(chunk, crc);
  const stored = Buffer.concat([...Array.from({ length: mebibytes }, () => block), end]);
  const size = declaredSize ?? mebibytes * (1 << 20);
  const parts = [
    [
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ],
    [
      'xl/workbook.xml',
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Candidates" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ],
  ].map(([name, xml]) => {
    const content = Buffer.from(xml);
    return { name, stored: deflateRawSync(content), crc: crc32(content), size: content.length };
  });
  return zipEntries([...parts, { name: 'xl/worksheets/sheet1.xml', stored, crc, size }]);
}

function zipEntries(entries: { name: string; stored: Buffer; crc: number; size: number }[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, stored, crc, size } of entries) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(stored.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, stored);
    central.push(header, nameBytes);
    offset += 30 + nameBytes.length + stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
