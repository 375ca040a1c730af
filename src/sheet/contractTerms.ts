import { CellValue, isBlank, qualifiedAddress } from '../engine/cells';
import { Amount, amount } from '../engine/money';
import { DEFAULT_CURRENCY, Terms } from '../engine/terms';
import { DateSystem, Day, dayFromSerial } from '../engine/weeks';
import { DefinedName, SheetGrid, WorkbookReader } from '../workbook/types';
import { Finding } from './findings';
import { parseRange, splitSheetReference } from '../workbook/ranges';
import { eInvoiceTermFindings } from '../einvoice/termFindings';

/** The defined names that hold the contract terms (DESIGN §6). */
export const TERM_NAMES = {
  weeklyRate: 'SIB_WeeklyRate',
  partialRate: 'SIB_PartialRate',
  maxWeeks: 'SIB_MaxWeeks',
  contractStart: 'SIB_ContractStart',
  contractEnd: 'SIB_ContractEnd',
  paymentCap: 'SIB_PaymentCap',
  invested: 'SIB_Invested',
  currency: 'SIB_Currency',
  contractName: 'SIB_ContractName',
  commissioner: 'SIB_Commissioner',
  investor: 'SIB_Investor',
  provider: 'SIB_Provider',
  investorCvr: 'SIB_InvestorCVR',
  commissionerCvr: 'SIB_CommissionerCVR',
  commissionerEan: 'SIB_CommissionerEAN',
  investorIban: 'SIB_InvestorIBAN',
  paymentDays: 'SIB_PaymentDays',
  buyerReference: 'SIB_BuyerReference',
  vatCategory: 'SIB_VATCategory',
  vatExemptionReason: 'SIB_VATExemptionReason',
} as const;

export type TermKey = keyof typeof TERM_NAMES;

/** Where a name points: a cell, or a constant written into the name itself. */
export interface TermSource {
  readonly name: string;
  readonly value: CellValue;
  readonly address?: string;
}

export interface ContractTerms {
  /** Absent when a required term is missing or unreadable; `findings` says why. */
  readonly terms?: Terms;
  /** The terms the workbook defines with a value, so invoice formulas reference only names that exist. */
  readonly defined: ReadonlySet<TermKey>;
  readonly sources: Partial<Record<TermKey, TermSource>>;
  readonly findings: readonly Finding[];
}

const CONTRACT_SHEET = 'Contract';

/** Reads the contract terms from the workbook's defined names, wherever they point. */
export async function readContractTerms(workbook: WorkbookReader): Promise<ContractTerms> {
  const names = await workbook.definedNames();
  const grids = new Map<string, SheetGrid>();
  const sheetNames = await workbook.sheetNames();
  const sources: Partial<Record<TermKey, TermSource>> = {};
  for (const key of Object.keys(TERM_NAMES) as TermKey[]) {
    const defined = findName(names, TERM_NAMES[key]);
    if (defined) sources[key] = await resolve(workbook, defined, grids, sheetNames);
  }
  return termsFrom(sources, workbook.dateSystem);
}

function findName(names: readonly DefinedName[], wanted: string): DefinedName | undefined {
  const matching = names.filter((name) => name.name.toLowerCase() === wanted.toLowerCase());
  return matching.find((name) => name.sheetScope === undefined) ?? matching[0];
}

async function resolve(
  workbook: WorkbookReader,
  defined: DefinedName,
  grids: Map<string, SheetGrid>,
  sheetNames: readonly string[],
): Promise<TermSource> {
  const formula = defined.formula.replace(/^=/, '').trim();
  const reference = splitSheetReference(formula);
  const range = reference && parseRange(reference.range);
  const sheet = reference && sheetNames.find((name) => name.toLowerCase() === reference.sheet.toLowerCase());
  if (reference && range && sheet) {
    let grid = grids.get(sheet);
    if (!grid) grids.set(sheet, (grid = await workbook.readSheet(sheet)));
    return {
      name: defined.name,
      value: grid.rows[range.top]?.[range.left] ?? null,
      address: qualifiedAddress(sheet, range.top, range.left),
    };
  }
  const text = /^"(.*)"$/.exec(formula);
  if (text) return { name: defined.name, value: text[1].replace(/""/g, '"') };
  const number = Number(formula);
  return { name: defined.name, value: formula !== '' && Number.isFinite(number) ? number : formula };
}

/** Turns the resolved names into terms, reporting each missing or unreadable one. */
export function termsFrom(sources: Partial<Record<TermKey, TermSource>>, system: DateSystem): ContractTerms {
  const findings: Finding[] = [];
  const defined = new Set<TermKey>();
  const where = (key: TermKey) => sources[key]?.address ?? `${CONTRACT_SHEET}!A1`;
  const invalid = (key: TermKey, expected: string) =>
    findings.push({
      severity: 'error',
      address: where(key),
      code: 'terms.invalid',
      params: { name: TERM_NAMES[key], value: String(sources[key]?.value), expected },
    });

  const money = (key: TermKey): Amount | undefined => {
    const value = sources[key]?.value;
    if (value === undefined || isBlank(value)) return undefined;
    if (typeof value !== 'number' || value < 0) return void invalid(key, 'an amount of 0 or more');
    defined.add(key);
    return amount(value);
  };
  const date = (key: TermKey): Day | undefined => {
    const value = sources[key]?.value;
    if (value === undefined || isBlank(value)) return undefined;
    const day = typeof value === 'number' ? dayFromSerial(value, system) : undefined;
    if (day === undefined) return void invalid(key, 'a date');
    defined.add(key);
    return day;
  };
  const text = (key: TermKey): string | undefined => {
    const value = sources[key]?.value;
    if (value === undefined || isBlank(value)) return undefined;
    defined.add(key);
    return String(value).trim();
  };

  const weeklyRate = money('weeklyRate');
  if (sources.weeklyRate === undefined || (weeklyRate === undefined && isBlank(sources.weeklyRate.value)))
    findings.push({ severity: 'error', address: where('weeklyRate'), code: 'terms.missing', params: { name: TERM_NAMES.weeklyRate } });
  const partialRate = money('partialRate');
  const maxWeeksValue = sources.maxWeeks?.value;
  let maxWeeks: number | undefined;
  if (maxWeeksValue !== undefined && !isBlank(maxWeeksValue)) {
    if (typeof maxWeeksValue === 'number' && Number.isInteger(maxWeeksValue) && maxWeeksValue >= 1) {
      maxWeeks = maxWeeksValue;
      defined.add('maxWeeks');
    } else invalid('maxWeeks', 'a whole number of weeks, 1 or more');
  }
  const contractStart = date('contractStart');
  const contractEnd = date('contractEnd');
  const paymentCap = money('paymentCap');
  const invested = money('invested');
  const terms: Terms | undefined =
    weeklyRate === undefined || findings.length > 0
      ? undefined
      : {
          weeklyRate,
          partialRate,
          maxWeeks,
          contractStart,
          contractEnd,
          paymentCap,
          invested,
          currency: text('currency') ?? DEFAULT_CURRENCY,
          contractName: text('contractName'),
          commissioner: text('commissioner'),
          investor: text('investor'),
          provider: text('provider'),
        };
  return { terms, defined, sources, findings: [...findings, ...eInvoiceTermFindings(sources, where)] };
}
