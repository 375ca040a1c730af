import { createXlsx } from '../../adapters/xlsx';
import { demoWorkbook } from '../../demo/demoWorkbook';
import { writeOutput } from '../files';

export interface DemoOptions {
  readonly out: string;
  readonly overwrite: boolean;
}

export interface DemoReport {
  readonly output: string;
  readonly sheets: readonly string[];
}

export function demo(options: DemoOptions): DemoReport {
  const changes = demoWorkbook();
  writeOutput(options.out, createXlsx(changes), { overwrite: options.overwrite });
  return { output: options.out, sheets: changes.addSheets.map((sheet) => sheet.name) };
}
