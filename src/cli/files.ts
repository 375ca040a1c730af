import { existsSync, readFileSync, realpathSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, resolve, basename, join } from 'node:path';
import { openXlsx } from '../adapters/xlsx';
import { WorkbookReader } from '../workbook/types';
import { CliError } from './cliError';

export function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export function openWorkbook(path: string): { bytes: Uint8Array; workbook: WorkbookReader } {
  const bytes = readInput(path);
  try {
    return { bytes, workbook: openXlsx(bytes) };
  } catch (error) {
    throw new CliError(`${path} is not a readable .xlsx workbook: ${(error as Error).message}`);
  }
}

/**
 * Writes a new file next to its final name and renames it into place, so a failed write never leaves a
 * half-written workbook. The input is never the output, and an existing file is kept unless asked.
 */
export function writeOutput(path: string, bytes: Uint8Array, options: { input?: string; overwrite?: boolean } = {}): void {
  const target = resolve(path);
  if (options.input && existsSync(target) && realpathSync(target) === realpathSync(resolve(options.input))) {
    throw new CliError(`--out must be a new file: ${path} is the input workbook, which is never modified`);
  }
  if (existsSync(target) && !options.overwrite) throw new CliError(`${path} exists already; choose another --out or add --overwrite`);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, target);
  } catch (error) {
    throw new CliError(`Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
