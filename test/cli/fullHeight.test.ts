import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fullHeightWorkbook } from '../support/fullHeightWorkbook';
import { sib } from './runSib';

/**
 * A full-height candidate sheet (1,048,575 candidates, every one self-supporting) would give an invoice
 * with more lines than an Excel sheet holds under the invoice's header block: the real command refuses it
 * before settling, says why and what to do, and writes nothing.
 */
describe('sib invoice on a full-height sheet', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sib-full-height-'));
    writeFileSync(join(dir, 'full.xlsx'), fullHeightWorkbook(1));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('is refused, naming the lines and the limit, and nothing is written', () => {
    const out = join(dir, 'out.xlsx');
    const run = sib('invoice', join(dir, 'full.xlsx'), '--week', '2021-W01', '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "2021-W01 would have 1,048,575 invoice lines, more than the 1,048,559 an Excel sheet holds under the invoice's header, so nothing was built; split the candidates between workbooks of at most 1,048,559 candidates each",
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
