import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { addWeeks, weekLabel } from '../../src/engine/weeks';
import { runCheck } from '../../src/jobs/checkJob';
import { checkSheet } from '../../src/sheet/check';
import { buildInvoice } from '../../src/sheet/invoice';
import { investorFigures } from '../../src/sheet/investor';
import { invoiceSheet } from '../../src/sheet/invoiceSheet';
import { ledgerSheetName } from '../../src/sheet/ledger';
import { BENCH_FIRST_WEEK, benchWorkbook } from './benchWorkbook';
import { report, time, timeAsync } from './statusGrid';

const CANDIDATES = 10_000;
const WEEKS = 156;

/** Issue 3's targets: check ≤ 0.5 s engine time; whole-process `sib invoice` ≤ 1 s and < 1 GB. */
export async function benchSheet(): Promise<void> {
  const generated = time(() => benchWorkbook(CANDIDATES, WEEKS));
  report(
    `generate ${CANDIDATES.toLocaleString('en')} × ${WEEKS} workbook`,
    generated.seconds,
    `${(generated.result.length / 1e6).toFixed(1)} MB`,
  );
  const bytes = generated.result;
  const workbook = openXlsx(bytes);
  const read = await timeAsync(() => workbook.readSheet('Candidates'));
  report('read the candidate sheet (.xlsx adapter)', read.seconds);
  const { contract } = await runCheck(workbook);
  const tables = await workbook.tables();
  const checked = time(() => checkSheet(read.result, tables, workbook.dateSystem, contract));
  report('check (engine)', checked.seconds, `${checked.result.findings.length} findings`);
  const week = addWeeks(BENCH_FIRST_WEEK, WEEKS - 1);
  const invoice = await timeAsync(() => buildInvoice(checked.result.sheet!, contract.terms!, checked.result.findings, week));
  if ('refused' in invoice.result) throw new Error(`bench invoice refused: ${JSON.stringify(invoice.result)}`);
  report(`invoice ${weekLabel(week)} from full history (engine)`, invoice.seconds, `${invoice.result.lines.length} lines`);
  const investor = time(() => investorFigures(checked.result.sheet!, contract.terms!, checked.result.findings, undefined, week));
  if ('refused' in investor.result) throw new Error(`bench investor figures refused: ${JSON.stringify(investor.result)}`);
  report(`investor figures over ${WEEKS} weeks (engine)`, investor.seconds, `${investor.result.repayments.length} repayments`);
  const laid = time(() =>
    invoiceSheet(invoice.result as never, {
      defined: contract.defined,
      builtAt: new Date(),
      dateSystem: workbook.dateSystem,
      ledgerSheet: ledgerSheetName('en'),
      language: 'en',
    }),
  );
  report('lay out the invoice sheet (engine)', laid.seconds);
  const written = time(() => writeXlsx(bytes, { addSheets: [laid.result] }));
  report('write the output workbook (.xlsx adapter)', written.seconds);
  wholeProcess(bytes, weekLabel(week));
}

/** Runs of the whole process: the machine is shared, so the median of several says more than one. */
const WHOLE_PROCESS_RUNS = 5;

function wholeProcess(bytes: Uint8Array, week: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'sib-bench-'));
  try {
    const input = join(dir, 'big.xlsx');
    writeFileSync(input, bytes);
    const runs = Array.from({ length: WHOLE_PROCESS_RUNS }, (_, run) => invoiceProcess(input, week, join(dir, `out-${run}.xlsx`)));
    const seconds = runs.map((run) => run.seconds).sort((a, b) => a - b);
    const peak = Math.max(...runs.map((run) => run.rssKb));
    report(
      `whole process: sib invoice, median of ${WHOLE_PROCESS_RUNS}`,
      seconds[Math.floor(seconds.length / 2)],
      `${seconds[0].toFixed(2)}–${seconds[seconds.length - 1].toFixed(2)} s, peak memory ${(peak / 1024).toFixed(0)} MB, load ${os.loadavg()[0].toFixed(1)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function invoiceProcess(input: string, week: string, output: string): { seconds: number; rssKb: number } {
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [
      '-r',
      join(__dirname, 'reportUsage.js'),
      join(__dirname, '..', '..', 'bin', 'sib.js'),
      'invoice',
      input,
      '--week',
      week,
      '--out',
      output,
      '--json',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`sib invoice failed (${run.status}): ${run.stderr}`);
  return { seconds, rssKb: Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) };
}
