import { CellValue, isBlank, isExcelError, qualifiedAddress, quoteSheetName } from '../engine/cells';
import { Language } from '../engine/messages';
import { Amount, amount } from '../engine/money';
import { DEFAULT_CURRENCY, Terms } from '../engine/terms';
import { DateSystem, Day, dayFromSerial, formatDay } from '../engine/weeks';
import { DefinedName, SheetGrid, WorkbookReader } from '../workbook/types';
import { Finding } from './findings';
import { FindingCode } from './findingTexts';
import { parseRange, splitSheetReference } from '../workbook/ranges';
import { eInvoiceTermFindings } from '../einvoice/termFindings';

/** The defined names that hold the contract terms (docs/rules.md §6). */
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
  successTarget: 'SIB_SuccessTarget',
  language: 'SIB_Language',
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

/**
 * Why a name gives no value to use: it refers to more than one cell, to nothing a term can be (a sheet that
 * is gone, `#REF!`, an expression), to a formula cell whose value the file does not store, or it is defined
 * once per sheet and never for the whole workbook, so no one of them is the term.
 */
export type TermProblem = 'notOneCell' | 'unresolved' | 'noCachedValue' | 'ambiguousScope';

/** Where a name points: a cell, or a constant written into the name itself. */
export interface TermSource {
  readonly name: string;
  /** What the name refers to, as the workbook writes it (`Contract!$C$7`, `0.5`); for an ambiguous name, each one. */
  readonly reference: string;
  /** The sheet the name is scoped to; absent for a name of the whole workbook. */
  readonly scope?: string;
  readonly value: CellValue;
  /** The one cell the name points at. */
  readonly address?: string;
  readonly problem?: TermProblem;
}

/**
 * The terms a workbook defines with a value, each with the text a formula on another sheet refers to it by:
 * `SIB_WeeklyRate`, or `Contract!SIB_WeeklyRate` for a name scoped to the sheet Contract (invisible by its
 * bare name from any other sheet, in Excel and LibreOffice alike).
 */
export type TermReferences = ReadonlyMap<TermKey, string>;

export interface ContractTerms {
  /** Absent when a required term is missing or unreadable; `findings` says why. */
  readonly terms?: Terms;
  /** The terms the workbook defines with a value, so invoice formulas reference only names that exist. */
  readonly defined: TermReferences;
  readonly sources: Partial<Record<TermKey, TermSource>>;
  readonly findings: readonly Finding[];
  /** The language of the sheets this product writes into the workbook (SIB_Language); English unless it says. */
  readonly language: Language;
}

const TERM_KEYS = Object.keys(TERM_NAMES) as TermKey[];

/** How a formula refers to a term the workbook defines. */
export function termReference(defined: TermReferences, key: TermKey): string {
  return defined.get(key) ?? TERM_NAMES[key];
}

/** Reads the contract terms from the workbook's defined names, wherever they point. */
export async function readContractTerms(workbook: WorkbookReader): Promise<ContractTerms> {
  const names = await workbook.definedNames();
  const sheetNames = await workbook.sheetNames();
  const grids = new Map<string, SheetGrid>();
  const sources: Partial<Record<TermKey, TermSource>> = {};
  for (const key of TERM_KEYS) {
    const matching = names.filter((name) => name.name.toLowerCase() === TERM_NAMES[key].toLowerCase());
    if (matching.length === 0) continue;
    const chosen = matching.find((name) => name.sheetScope === undefined) ?? (matching.length === 1 ? matching[0] : undefined);
    sources[key] = chosen ? await resolve(workbook, chosen, grids, sheetNames) : ambiguous(matching);
  }
  return termsFrom(sources, workbook.dateSystem);
}

/** Excel resolves a bare name from a new sheet to the workbook's own; with only sheet-scoped ones, none is it. */
function ambiguous(names: readonly DefinedName[]): TermSource {
  return {
    name: names[0].name,
    reference: names.map((name) => `${quoteSheetName(name.sheetScope!)}!${name.name}`).join(', '),
    value: null,
    problem: 'ambiguousScope',
  };
}

async function resolve(
  workbook: WorkbookReader,
  defined: DefinedName,
  grids: Map<string, SheetGrid>,
  sheetNames: readonly string[],
): Promise<TermSource> {
  const reference = defined.formula.replace(/^=/, '').trim();
  const base = { name: defined.name, reference, ...(defined.sheetScope === undefined ? {} : { scope: defined.sheetScope }) };
  const text = /^"(.*)"$/.exec(reference);
  if (text) return { ...base, value: text[1].replace(/""/g, '"') };
  const number = Number(reference);
  if (reference !== '' && Number.isFinite(number)) return { ...base, value: number };

  const target = pointsAt(reference, sheetNames);
  if (target === 'several') return { ...base, value: null, problem: 'notOneCell' };
  if (target === undefined) return { ...base, value: null, problem: 'unresolved' };
  let grid = grids.get(target.sheet);
  if (!grid) grids.set(target.sheet, (grid = await workbook.readSheet(target.sheet)));
  const address = qualifiedAddress(target.sheet, target.row, target.column);
  const value = grid.rows[target.row]?.[target.column] ?? null;
  if (value === null && (await workbook.uncomputedFormula(address)) !== undefined)
    return { ...base, value, address, problem: 'noCachedValue' };
  return { ...base, value, address };
}

/**
 * The one cell a name's reference points at; 'several' for a range, a union or whole rows or columns;
 * undefined for anything that is not a reference to an existing sheet.
 */
function pointsAt(
  reference: string,
  sheetNames: readonly string[],
): { sheet: string; row: number; column: number } | 'several' | undefined {
  const parts = topLevelParts(reference);
  if (parts.length > 1) return parts.every((part) => pointsAt(part, sheetNames) !== undefined) ? 'several' : undefined;
  const split = splitSheetReference(reference);
  const sheet = split && sheetNames.find((name) => name.toLowerCase() === split.sheet.toLowerCase());
  if (!split || !sheet) return undefined;
  if (/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/i.test(split.range) || /^\$?\d+:\$?\d+$/.test(split.range)) return 'several';
  const range = parseRange(split.range);
  if (!range) return undefined;
  if (range.bottom > range.top || range.right > range.left) return 'several';
  return { sheet, row: range.top, column: range.left };
}

/** `A!$B$1,B!$C$2` → its references: commas outside quoted sheet names separate the parts of a union. */
function topLevelParts(reference: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < reference.length; i++) {
    if (reference[i] === "'") quoted = !quoted;
    else if (reference[i] === ',' && !quoted) {
      parts.push(reference.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(reference.slice(start).trim());
  return parts;
}

/** A name scoped to a sheet is reached from other sheets as `Sheet!Name`. */
function formulaReference(key: TermKey, source: TermSource): string {
  return source.scope === undefined ? TERM_NAMES[key] : `${quoteSheetName(source.scope)}!${TERM_NAMES[key]}`;
}

/** The value as the finding quotes it: an error's text, TRUE/FALSE, or the text itself. */
function shown(value: CellValue): string {
  if (isExcelError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value ?? '');
}

/** Turns the resolved names into terms, reporting each missing or unreadable one where it is. */
export function termsFrom(sources: Partial<Record<TermKey, TermSource>>, system: DateSystem): ContractTerms {
  const findings: Finding[] = [];
  const defined = new Map<TermKey, string>();
  // A finding sits at the term's cell; a name that points at no cell is its own place (`SIB_WeeklyRate`).
  const placeOf = (key: TermKey) => {
    const source = sources[key];
    if (source?.address) return source.address;
    return source?.scope === undefined ? TERM_NAMES[key] : `${quoteSheetName(source.scope)}!${TERM_NAMES[key]}`;
  };
  const report = (key: TermKey, code: FindingCode, params: Record<string, string> = {}) =>
    findings.push({
      severity: 'error',
      address: placeOf(key),
      code,
      params: { name: TERM_NAMES[key], reference: sources[key]?.reference ?? '', ...params },
    });

  /** The term's value, undefined when it is blank or unusable (the latter reported). */
  const valueOf = (key: TermKey): CellValue | undefined => {
    const source = sources[key];
    if (source === undefined) return undefined;
    if (source.problem) return void report(key, `terms.${source.problem}`);
    if (isExcelError(source.value)) return void report(key, 'terms.errorValue', { value: source.value.error });
    return isBlank(source.value) ? undefined : source.value;
  };
  const use = <T>(key: TermKey, value: T): T => {
    defined.set(key, formulaReference(key, sources[key]!));
    return value;
  };
  const money = (key: TermKey): Amount | undefined => {
    const value = valueOf(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || value < 0) return void report(key, 'terms.notAmount', { value: shown(value) });
    return use(key, amount(value));
  };
  const date = (key: TermKey): Day | undefined => {
    const value = valueOf(key);
    if (value === undefined) return undefined;
    const day = typeof value === 'number' ? dayFromSerial(value, system) : undefined;
    if (day === undefined) return void report(key, 'terms.notDate', { value: shown(value) });
    return use(key, day);
  };
  const text = (key: TermKey): string | undefined => {
    const value = valueOf(key);
    return value === undefined ? undefined : use(key, shown(value).trim());
  };
  const weeks = (key: TermKey): number | undefined => {
    const value = valueOf(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
      return void report(key, 'terms.notWeeks', { value: shown(value) });
    return use(key, value);
  };
  const language = (key: TermKey): Language | undefined => {
    const value = valueOf(key);
    if (value === undefined) return undefined;
    const chosen = typeof value === 'string' ? languageNamed(value) : undefined;
    if (chosen === undefined) return void report(key, 'terms.language', { value: shown(value) });
    return use(key, chosen);
  };
  const share = (key: TermKey): number | undefined => {
    const value = valueOf(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || value < 0 || value > 1) return void report(key, 'terms.notShare', { value: shown(value) });
    return use(key, value);
  };

  const weeklyRate = money('weeklyRate');
  const rateSource = sources.weeklyRate;
  if (rateSource === undefined || (!rateSource.problem && isBlank(rateSource.value))) report('weeklyRate', 'terms.missing');
  const partialRate = money('partialRate');
  const maxWeeks = weeks('maxWeeks');
  const contractStart = date('contractStart');
  const contractEnd = date('contractEnd');
  // An end before the start would put every status outside the contract: one finding says so instead.
  if (contractStart !== undefined && contractEnd !== undefined && contractEnd < contractStart)
    report('contractEnd', 'terms.endBeforeStart', { start: formatDay(contractStart), end: formatDay(contractEnd) });
  const paymentCap = money('paymentCap');
  const invested = money('invested');
  const successTarget = share('successTarget');
  const currency = text('currency');
  const contractName = text('contractName');
  const commissioner = text('commissioner');
  const investor = text('investor');
  const provider = text('provider');
  const workbookLanguage = language('language');
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
          successTarget,
          currency: currency ?? DEFAULT_CURRENCY,
          contractName,
          commissioner,
          investor,
          provider,
        };
  return {
    terms,
    defined,
    sources,
    findings: [...findings, ...eInvoiceTermFindings(sources, placeOf)],
    language: workbookLanguage ?? 'en',
  };
}

const LANGUAGE_NAMES: Readonly<Record<string, Language>> = { english: 'en', engelsk: 'en', danish: 'da', dansk: 'da' };

/** `en`, `da`, a locale such as `da-DK`, or the language's name in English or Danish, in any case. */
export function languageNamed(text: string): Language | undefined {
  const name = text.trim().toLowerCase();
  const locale = /^(en|da)(?:[-_][a-z]{2})?$/.exec(name);
  return locale ? (locale[1] as Language) : LANGUAGE_NAMES[name];
}
