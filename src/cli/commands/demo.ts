import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createXlsx } from '../../adapters/xlsx';
import { demoWorkbook } from '../../demo/demoWorkbook';
import { FileError } from '../fileError';
import { errnoOf, writeOutput } from '../files';

/** Where `sib demo` writes without --out: a folder of its own, so trying the demo leaves nothing else in the current folder. */
export const DEFAULT_DEMO_OUTPUT = join('demo-output', 'demo.xlsx');

export interface DemoOptions {
  /** The workbook to write; DEFAULT_DEMO_OUTPUT, its folder created, when not given. */
  readonly out?: string;
  readonly overwrite: boolean;
}

export interface DemoReport {
  readonly output: string;
  readonly sheets: readonly string[];
}

export function demo(options: DemoOptions): DemoReport {
  const out = options.out ?? DEFAULT_DEMO_OUTPUT;
  if (options.out === undefined) createFolder(dirname(out));
  const changes = demoWorkbook();
  writeOutput(out, createXlsx(changes), { overwrite: options.overwrite });
  return { output: out, sheets: changes.addSheets.map((sheet) => sheet.name) };
}

function createFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new FileError('folder', { path: folder, errno: errnoOf(error) });
  }
}
