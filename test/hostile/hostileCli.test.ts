import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import { benchWorkbook } from '../../scripts/bench/benchWorkbook';
import { HOSTILE_CASES, HostileCase, WEEK, workbook } from './corpus';

/**
 * The hostile corpus and the file-system hazards through the real `sib` process: exit status 2, a message
 * and no stack trace, and nothing half-written or left behind, whatever happens to the run.
 */

const SIB = join(__dirname, '..', '..', 'bin', 'sib.js');
const ENV = { ...process.env, LANG: 'en_US.UTF-8' };

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sib-hostile-'));
  writeFileSync(path('good.xlsx'), workbook());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sib(...args: string[]) {
  const run = spawnSync(process.execPath, [SIB, ...args], { encoding: 'utf8', env: ENV });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Files in a folder other than `keep`: what a run left behind. */
function leftovers(folder: string, keep: readonly string[]): string[] {
  return readdirSync(folder).filter((name) => !keep.includes(name));
}

function expectCleanRefusal(run: { status: number | null; stderr: string }, says: string): void {
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(says);
  expect(run.stderr).not.toMatch(/Internal error|\n\s+at |EPIPE/);
}

describe.each(HOSTILE_CASES.map((hostile) => [hostile.name, hostile] as const))('sib on %s', (_name, hostile: HostileCase) => {
  test(`exits 2 with ${hostile.code} and writes nothing`, () => {
    const folder = mkdtempSync(join(dir, 'case-'));
    const input = join(folder, 'in.xlsx');
    writeFileSync(input, hostile.bytes());
    const invoice = sib('invoice', input, '--week', WEEK, '--out', join(folder, 'out.xlsx'), '--json');
    // What the reader refuses names the file; the writer's refusals are about the one workbook being written.
    expectCleanRefusal(invoice, hostile.stage === 'write' ? hostile.says : `${input}: `);
    expect(invoice.stderr).toContain(hostile.says);
    expect(JSON.parse(invoice.stdout)).toMatchObject({ code: hostile.code, exitCode: 2 });
    expect(leftovers(folder, ['in.xlsx'])).toEqual([]);
    if (hostile.stage !== 'write') expectCleanRefusal(sib('check', input), hostile.says);
  });
});

describe('sib writes its output whole, once, and only where asked', () => {
  test('in Danish with --lang da', () => {
    writeFileSync(path('text.xlsx'), 'not a workbook');
    expectCleanRefusal(sib('check', path('text.xlsx'), '--lang', 'da'), 'Filen er ikke en Excel-projektmappe (.xlsx)');
  });

  test.each([
    ['a named pipe', (target: string) => spawnSync('mkfifo', [target]), (target: string) => lstatSync(target).isFIFO()],
    ['a folder', (target: string) => mkdirSync(target), (target: string) => lstatSync(target).isDirectory()],
    ['a symbolic link', (target: string) => symlinkSync(path('text.xlsx'), target), (target: string) => lstatSync(target).isSymbolicLink()],
  ])('--overwrite refuses to replace %s', (kind, make, unchanged) => {
    const folder = mkdtempSync(join(dir, 'overwrite-'));
    const target = join(folder, 'out.xlsx');
    make(target);
    const run = sib('invoice', path('good.xlsx'), '--week', WEEK, '--out', target, '--overwrite');
    expectCleanRefusal(run, `is not a regular file (${kind})`);
    expect(unchanged(target)).toBe(true);
    expect(leftovers(folder, ['out.xlsx'])).toEqual([]);
  });

  test('--overwrite refuses a device', () => {
    const run = sib('invoice', path('good.xlsx'), '--week', WEEK, '--out', '/dev/null', '--overwrite');
    expectCleanRefusal(run, 'is not a regular file (a device)');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  test('--overwrite replaces a regular file whole', async () => {
    const folder = mkdtempSync(join(dir, 'replace-'));
    writeFileSync(join(folder, 'out.xlsx'), 'old');
    expect(sib('invoice', path('good.xlsx'), '--week', WEEK, '--out', join(folder, 'out.xlsx'), '--overwrite').status).toBe(0);
    expect(await openXlsx(readFileSync(join(folder, 'out.xlsx'))).sheetNames()).toContain(`Invoice ${WEEK}`);
    expect(leftovers(folder, ['out.xlsx'])).toEqual([]);
  });

  test('a write that fails (the file-size limit, as on a full disk) leaves nothing behind', () => {
    const folder = mkdtempSync(join(dir, 'full-'));
    const run = spawnSync(
      'sh',
      [
        '-c',
        `ulimit -f 4; exec "${process.execPath}" "${SIB}" invoice "${path('good.xlsx')}" --week ${WEEK} --out "${join(folder, 'out.xlsx')}"`,
      ],
      {
        encoding: 'utf8',
        env: ENV,
      },
    );
    expectCleanRefusal(run, '(EFBIG)');
    expect(leftovers(folder, [])).toEqual([]);
  });

  test('two runs writing the same --out at once: one writes it, the other says so and writes nothing', async () => {
    for (let round = 0; round < 4; round++) {
      const folder = mkdtempSync(join(dir, 'race-'));
      const out = join(folder, 'out.xlsx');
      const runs = await Promise.all([0, 1].map(() => run(['invoice', path('good.xlsx'), '--week', WEEK, '--out', out])));
      expect(runs.map((r) => r.status).sort()).toEqual([0, 2]);
      expect(runs.find((r) => r.status === 2)?.stderr).toMatch(/exists already|was created by another program meanwhile/);
      expect(await openXlsx(readFileSync(out)).sheetNames()).toContain(`Invoice ${WEEK}`);
      expect(leftovers(folder, ['out.xlsx'])).toEqual([]);
    }
  });

  test('SIGTERM and SIGINT at any moment of a run leave no temporary file, and any output is whole', async () => {
    const input = path('large.xlsx');
    writeFileSync(input, benchWorkbook(3000, 156));
    const started = Date.now();
    const full = await run(['invoice', input, '--week', '2020-W52', '--out', path('large-out.xlsx')]);
    expect(full.status).toBe(0);
    const duration = Date.now() - started;
    for (const [round, signal] of (
      ['SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT', 'SIGTERM', 'SIGTERM', 'SIGINT', 'SIGTERM'] as const
    ).entries()) {
      const folder = mkdtempSync(join(dir, 'signal-'));
      const out = join(folder, 'out.xlsx');
      const killed = await run(['invoice', input, '--week', '2020-W52', '--out', out], { signal, after: (duration * (round + 1)) / 9 });
      expect(leftovers(folder, ['out.xlsx'])).toEqual([]);
      if (readdirSync(folder).includes('out.xlsx')) expect(await openXlsx(readFileSync(out)).sheetNames()).toContain('Invoice 2020-W52');
      expect(killed.stderr).not.toMatch(/Internal error|\n\s+at /);
    }
  });

  test('a reader that closes the output early (| head -c 100) ends the run quietly', () => {
    const rows = [[{ value: 'Candidate ID' }, { value: '2021-W05' }, { value: '2021-W06' }]];
    for (let i = 1; i <= 1500; i++) rows.push([{ value: `K-${i}` }, { value: 'X' }, { value: 'Y' }]);
    writeFileSync(path('many-findings.xlsx'), createXlsx({ addSheets: [{ name: 'Candidates', rows }] }));
    const run = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${SIB}" check "${path('many-findings.xlsx')}" --json 2>"${path('stderr.txt')}" | head -c 100`],
      {
        encoding: 'utf8',
        env: ENV,
      },
    );
    expect(run.stdout).toHaveLength(100);
    expect(readFileSync(path('stderr.txt'), 'utf8')).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});

/** The real command in its own process, optionally sent a signal after some milliseconds. */
function run(args: string[], kill?: { signal: NodeJS.Signals; after: number }): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SIB, ...args], { env: ENV, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = kill && setTimeout(() => child.kill(kill.signal), kill.after);
    child.on('close', (status) => {
      if (timer) clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}
