import {
  closeSync,
  constants,
  copyFileSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  Stats,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isXlsxError, openXlsx } from '../adapters/xlsx';
import { WorkbookReader } from '../workbook/types';
import { CliError } from './cliError';
import { FileError, FileKind } from './fileError';

export function readInput(path: string): Uint8Array {
  try {
    return readRegularFile(path);
  } catch (error) {
    throw new FileError('read', { path, errno: errnoOf(error) });
  }
}

function readRegularFile(path: string): Uint8Array {
  if (statSync(path).isDirectory()) throw Object.assign(new Error('it is a folder'), { code: 'EISDIR' });
  return readFileSync(path);
}

/**
 * The workbook in the file at `path`. What the .xlsx adapter refuses, now or when a sheet is read later,
 * reaches the entry point as an XlsxError that names this file.
 */
export function openWorkbook(path: string): { bytes: Uint8Array; workbook: WorkbookReader } {
  const bytes = readInput(path);
  const named = <T>(read: () => T): T => {
    try {
      return read();
    } catch (error) {
      throw inFile(error, path);
    }
  };
  const workbook = named(() => openXlsx(bytes));
  const later =
    <A extends unknown[], T>(read: (...args: A) => Promise<T>) =>
    (...args: A): Promise<T> =>
      read(...args).catch((error: unknown) => Promise.reject(inFile(error, path)));
  const reader: WorkbookReader = {
    dateSystem: workbook.dateSystem,
    sheetNames: later(() => workbook.sheetNames()),
    readSheet: later((name: string) => workbook.readSheet(name)),
    definedNames: later(() => workbook.definedNames()),
    tables: later(() => workbook.tables()),
    uncomputedFormula: later((address: string) => workbook.uncomputedFormula(address)),
  };
  return { bytes, workbook: reader };
}

function inFile(error: unknown, path: string): unknown {
  if (isXlsxError(error)) error.file ??= path;
  return error;
}

/**
 * Writes a new file without ever leaving a half-written or stray one: the bytes go to a temporary file
 * created exclusively beside the final name, which is then linked to that name (which fails if another run
 * has meanwhile created it) or, with `overwrite`, renamed over an existing regular file. Every failure
 * removes the temporary file, and so do SIGINT and SIGTERM. The input is never the output.
 */
export function writeOutput(path: string, bytes: Uint8Array, options: { input?: string; overwrite?: boolean } = {}): void {
  const target = resolve(path);
  const existing = lstatOrUndefined(target);
  if (existing && options.input && sameFile(target, resolve(options.input))) {
    throw new FileError('isInput', { path });
  }
  if (existing && !options.overwrite) throw new FileError('exists', { path });
  if (existing && !existing.isFile()) throw new FileError('notRegular', { path, kind: fileKind(existing) });
  removeOnSignal();
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeExclusively(temporary, bytes);
    if (options.overwrite) renameSync(temporary, target);
    else linkExclusively(temporary, target, path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new FileError('write', { path, errno: errnoOf(error) });
  } finally {
    removeQuietly(temporary);
  }
}

const temporaries = new Set<string>();

function writeExclusively(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  temporaries.add(path);
  try {
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
}

/** Gives the finished file its name only if nothing has that name yet; a file system without hard links gets an exclusive copy. */
function linkExclusively(temporary: string, target: string, shown: string): void {
  try {
    linkSync(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileError('createdMeanwhile', { path: shown });
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    try {
      copyFileSync(temporary, target, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') throw new FileError('createdMeanwhile', { path: shown });
      removeQuietly(target);
      throw copyError;
    }
  }
}

let signalsHandled = false;

/**
 * SIGINT and SIGTERM end the run as they would, but first remove a temporary file. Node runs the handler only
 * between synchronous steps, so a signal during a write is handled once the write has finished or failed.
 */
function removeOnSignal(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const [signal, number] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ] as const) {
    process.on(signal, () => {
      for (const path of temporaries) removeQuietly(path);
      process.exit(128 + number);
    });
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never created.
  }
  temporaries.delete(path);
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function fileKind(stats: Stats): FileKind {
  if (stats.isDirectory()) return 'folder';
  if (stats.isSymbolicLink()) return 'symbolicLink';
  if (stats.isFIFO()) return 'namedPipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/** The system's code for a failed read or write (ENOENT, ENOSPC, …), or its message when it has none. */
export function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
