import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openXlsx } from '../../src/adapters/xlsx';

const SIB = join(__dirname, '..', '..', 'bin', 'sib.js');

/** `npx sib demo` run in a folder of its own, as a user trying it would. */
function demoIn(folder: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [SIB, 'demo', ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let folder: string;
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'sib-demo-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('sib demo without --out', () => {
  test('writes demo-output/demo.xlsx and nothing else in the current folder', async () => {
    expect(demoIn(folder)).toMatchObject({ status: 0, stdout: expect.stringContaining(join('demo-output', 'demo.xlsx')) });
    expect(readdirSync(folder)).toEqual(['demo-output']);
    expect(readdirSync(join(folder, 'demo-output'))).toEqual(['demo.xlsx']);
    const workbook = openXlsx(readFileSync(join(folder, 'demo-output', 'demo.xlsx')));
    expect(await workbook.sheetNames()).toEqual(expect.arrayContaining(['Candidates', 'Contract']));
  });

  test('keeps an existing demo unless --overwrite, and says why when the folder cannot be made', () => {
    expect(demoIn(folder).status).toBe(0);
    expect(demoIn(folder)).toMatchObject({ status: 2, stderr: expect.stringContaining('exists already') });
    expect(demoIn(folder, '--overwrite').status).toBe(0);
    const blocked = mkdtempSync(join(tmpdir(), 'sib-demo-'));
    writeFileSync(join(blocked, 'demo-output'), 'a file where the folder would go');
    expect(demoIn(blocked)).toMatchObject({
      status: 2,
      stderr: 'Cannot create the folder demo-output: it exists already (EEXIST); give --out\n',
    });
    rmSync(blocked, { recursive: true, force: true });
  });

  test('says why a file cannot be written in the reader’s language, and names the failure in --json', () => {
    expect(demoIn(folder).status).toBe(0);
    expect(demoIn(folder, '--lang', 'da')).toMatchObject({
      status: 2,
      stderr: `${join('demo-output', 'demo.xlsx')} findes allerede; vælg en anden --out, eller tilføj --overwrite\n`,
    });
    const json = demoIn(folder, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ code: 'file.exists', exitCode: 2 });
    const unreadable = spawnSync(process.execPath, [SIB, 'check', join(folder, 'none.xlsx'), '--lang', 'da'], { encoding: 'utf8' });
    expect(unreadable.stderr).toBe(`Kan ikke læse ${join(folder, 'none.xlsx')}: filen eller mappen findes ikke (ENOENT)\n`);
  });
});
