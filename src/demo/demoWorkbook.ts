import { CellValue } from '../engine/cells';
import { addWeeks, dayFromYmd, isoWeek, IsoWeek, serialFromDay, weekLabel } from '../engine/weeks';
import { CellSpec, SheetSpec, WorkbookChanges } from '../workbook/types';
import { TermKey } from '../sheet/contractTerms';
import { newContractSheet, TermValues } from '../sheet/contractSheet';
import { seededRandom } from './random';

/**
 * The demo workbook (docs/rules.md §1): a synthetic contract shaped like Aalborg's IMPACT60 — 120 candidates,
 * weekly statuses 2018–2020, about 46 % reaching self-support, DKK 4 m invested. Every figure comes
 * from a fixed seed, so the demo is the same everywhere. No real person is in it.
 */
export const DEMO_SEED = 60;
export const DEMO_CANDIDATES = 120;
/** 55 of 120 ≈ 46 %, the seed article's outcome. */
export const DEMO_SUCCESSES = 55;
export const DEMO_FIRST_WEEK = isoWeek(2018, 1);
export const DEMO_WEEK_COUNT = 52 + 52 + 53;
export const DEMO_SHEET = 'Candidates';

const TERMS: TermValues = {
  contractName: 'IMPACT60 (demo data)',
  commissioner: 'Aalborg Kommune',
  investor: 'Den Sociale Kapitalfond',
  provider: 'Fokus Folkeoplysning',
  weeklyRate: 3300,
  partialRate: 1650,
  maxWeeks: 52,
  contractStart: serialFromDay(dayFromYmd(2018, 1, 1)),
  contractEnd: serialFromDay(dayFromYmd(2020, 12, 31)),
  paymentCap: 6_000_000,
  invested: 4_000_000,
  currency: 'DKK',
  successTarget: 0.5,
};

export function demoWeeks(): IsoWeek[] {
  return Array.from({ length: DEMO_WEEK_COUNT }, (_, index) => addWeeks(DEMO_FIRST_WEEK, index));
}

export function demoWorkbook(): WorkbookChanges {
  const contract = newContractSheet(Object.keys(TERMS) as TermKey[], TERMS, 'en');
  return { addSheets: [...contract.addSheets, candidateSheet()], addNames: contract.addNames };
}

function candidateSheet(): SheetSpec {
  const random = seededRandom(DEMO_SEED);
  const weeks = demoWeeks();
  const header: CellSpec[] = ['Candidate ID', 'Advisor', 'Start', 'End'].map((value) => ({ value, bold: true }));
  const rows = Array.from({ length: DEMO_CANDIDATES }, (_, index) => candidateRow(index, weeks, random));
  return {
    name: DEMO_SHEET,
    rows: [
      [{ value: 'IMPACT60 — weekly self-support per candidate (synthetic demo data)', bold: true }],
      [{ value: 'S = wholly, D = partly self-supporting, a share 0–1 = by degree, blank = not self-supporting' }],
      [...header, ...weeks.map((week) => ({ value: weekLabel(week), bold: true }))],
      ...rows,
    ],
    columnWidths: [14, 10, 12, 12, ...weeks.map(() => 9)],
  };
}

const ADVISORS = ['Anne', 'Bo', 'Camilla', 'Dennis'];
const SHARES = [0.25, 0.4, 0.5, 0.6, 0.75];

function candidateRow(index: number, weeks: readonly IsoWeek[], random: () => number): (CellSpec | null)[] {
  const startWeek = Math.floor(random() * 40);
  const lengthWeeks = 78 + Math.floor(random() * 26);
  const endWeek = Math.min(weeks.length - 1, startWeek + lengthWeeks);
  const succeeds = (index * 37) % DEMO_CANDIDATES < DEMO_SUCCESSES;
  const statuses: CellValue[] = weeks.map(() => null);
  if (succeeds) {
    let week = startWeek + 8 + Math.floor(random() * 40);
    let payable = 0;
    const target = 8 + Math.floor(random() * 44);
    while (week <= endWeek && payable < target) {
      const roll = random();
      if (roll < 0.15) week += 1 + Math.floor(random() * 6);
      else {
        statuses[week] = roll < 0.7 ? 'S' : roll < 0.85 ? 'D' : SHARES[Math.floor(random() * SHARES.length)];
        payable++;
        week++;
      }
    }
  }
  return [
    { value: `K-${String(index + 1).padStart(3, '0')}` },
    { value: ADVISORS[index % ADVISORS.length] },
    { value: serialFromDay(weeks[startWeek].monday + Math.floor(random() * 5)), format: 'date' },
    { value: serialFromDay(weeks[endWeek].monday + 4), format: 'date' },
    ...statuses.map((value) => (value === null ? null : { value })),
  ];
}
