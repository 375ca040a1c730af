import { WorkbookReader } from '../workbook/types';
import { checkSheet, SheetCheck } from '../sheet/check';
import { ContractTerms, readContractTerms } from '../sheet/contractTerms';
import { findLayout } from '../sheet/layout';
import { PRODUCT_SHEETS } from '../sheet/sheetNames';
import { JobError } from './jobError';

export interface CheckRequest {
  /** The candidate sheet; found automatically when absent. */
  readonly sheet?: string;
  /** 0-based header row; found automatically when absent. */
  readonly headerRow?: number;
}

export interface CheckResult extends SheetCheck {
  readonly sheetName: string;
  readonly contract: ContractTerms;
}

/** The first sheet that has a candidate header row, skipping the product's own sheets. */
export async function findCandidateSheet(workbook: WorkbookReader): Promise<string | undefined> {
  const tables = await workbook.tables();
  for (const name of await workbook.sheetNames()) {
    if (PRODUCT_SHEETS.test(name)) continue;
    const grid = await workbook.readSheet(name);
    if ('layout' in findLayout(grid, tables, workbook.dateSystem)) return name;
  }
  return undefined;
}

/**
 * A reader's contents never change (a changed workbook is a new reader), so each reader's checks are kept:
 * the pane's views and its preview, build and investor jobs all start from the same check of one workbook.
 */
const checks = new WeakMap<WorkbookReader, Map<string, Promise<CheckResult>>>();

export function runCheck(workbook: WorkbookReader, request: CheckRequest = {}): Promise<CheckResult> {
  const kept = checks.get(workbook) ?? new Map<string, Promise<CheckResult>>();
  checks.set(workbook, kept);
  const key = JSON.stringify([request.sheet?.toLowerCase(), request.headerRow]);
  let check = kept.get(key);
  if (!check) {
    check = checkWorkbook(workbook, request);
    kept.set(key, check);
    check.catch(() => kept.delete(key));
  }
  return check;
}

async function checkWorkbook(workbook: WorkbookReader, request: CheckRequest): Promise<CheckResult> {
  const sheetNames = await workbook.sheetNames();
  const sheetName = request.sheet ?? (await findCandidateSheet(workbook)) ?? sheetNames.find((name) => !PRODUCT_SHEETS.test(name));
  if (sheetName === undefined) throw new JobError('noCandidateSheet');
  const actual = sheetNames.find((name) => name.toLowerCase() === sheetName.toLowerCase());
  if (actual === undefined) throw new JobError('noSuchSheet', { sheet: sheetName, sheets: sheetNames.join(', ') });
  const [grid, tables, contract] = await Promise.all([workbook.readSheet(actual), workbook.tables(), readContractTerms(workbook)]);
  return { sheetName: actual, contract, ...checkSheet(grid, tables, workbook.dateSystem, contract, { headerRow: request.headerRow }) };
}
