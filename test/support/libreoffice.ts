import { spawn } from 'child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { delimiter, join } from 'path';
import { pathToFileURL } from 'url';

/**
 * LibreOffice as an independent spreadsheet engine for tests: it opens a workbook we wrote, recomputes every
 * formula and saves it again, so a test can read back what another program computes from our formulas.
 * Each run gets a throwaway profile whose settings force recalculation on load (LibreOffice otherwise keeps
 * the cached values of .xlsx files it did not write itself).
 */

const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const DEFAULT_TIMEOUT_MS = 120_000;

/** The soffice executable: $SOFFICE, else the first `soffice` on PATH. */
function sofficePath(): string | undefined {
  const candidates = [process.env.SOFFICE, ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'soffice'))];
  return candidates.find((path): path is string => {
    if (!path) return false;
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export function hasLibreOffice(): boolean {
  return sofficePath() !== undefined;
}

/** Fails loudly: these tests must run wherever the suite runs (CI installs libreoffice-calc-nogui). */
export function requireLibreOffice(): string {
  const path = sofficePath();
  if (!path)
    throw new Error('LibreOffice (soffice) is not installed or not on PATH; install libreoffice-calc-nogui or set SOFFICE to its path');
  return path;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Opens `bytes` as .xlsx in headless LibreOffice with every formula recomputed and returns the .xlsx it saves.
 * Calls within one process run one after another; separate processes use separate profiles.
 */
export function recalculateWithLibreOffice(bytes: Uint8Array, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Uint8Array> {
  const run = queue.then(() => convert(bytes, timeoutMs));
  queue = run.catch(() => undefined);
  return run;
}

async function convert(bytes: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
  const soffice = requireLibreOffice();
  const root = mkdtempSync(join(tmpdir(), 'sib-soffice-'));
  try {
    const profile = join(root, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE_ALWAYS);
    const inDir = join(root, 'in');
    const outDir = join(root, 'out');
    mkdirSync(inDir);
    mkdirSync(outDir);
    const input = join(inDir, 'workbook.xlsx');
    writeFileSync(input, bytes);
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      input,
    ];
    const { code, output } = await run(soffice, args, timeoutMs, root);
    const result = join(outDir, 'workbook.xlsx');
    try {
      return new Uint8Array(readFileSync(result));
    } catch {
      throw new Error(`LibreOffice did not convert the workbook (exit ${code}):\n${output || '(no output)'}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function run(command: string, args: readonly string[], timeoutMs: number, home: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // HOME in the temp dir keeps LibreOffice from touching the user's own configuration and caches.
    // Its own process group, so a timeout can stop soffice.bin too, not only the wrapper script.
    const child = spawn(command, args, { env: { ...process.env, HOME: home }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group has already exited.
      }
      reject(new Error(`LibreOffice took longer than ${timeoutMs / 1000} s and was stopped:\n${output || '(no output)'}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`LibreOffice could not be started (${command}): ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
