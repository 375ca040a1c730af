import { EngineError, engineError, isEngineError } from '../engine/errors';
import { IsoWeek, weekLabel } from '../engine/weeks';
import { withCorrections } from './statementCorrections';
import { ReceivedTable } from './statementTable';

export interface ChosenStatement {
  /** The week's invoice with its corrections applied. */
  readonly table: ReceivedTable;
  readonly week: IsoWeek;
  /** The correction tables applied, in the order they were built. */
  readonly corrections: readonly ReceivedTable[];
}

/** The received invoice for a week, with the corrections the received workbook holds for that week applied. */
export function chooseStatement(all: readonly ReceivedTable[], week?: IsoWeek): ChosenStatement | EngineError {
  const chosen = chooseInvoice(
    all.filter((table) => table.kind === 'invoice'),
    week,
  );
  if (isEngineError(chosen)) return chosen;
  const corrections = all.filter((table) => table.kind === 'correction' && weekOf(table)?.monday === chosen.week.monday);
  return { table: withCorrections(chosen.table, corrections), week: chosen.week, corrections };
}

/**
 * Picks the received invoice table to check: the one for `week` when it is given, else the only one.
 * A table that does not say its week is taken for the week given; one that says another week never is.
 */
function chooseInvoice(tables: readonly ReceivedTable[], week?: IsoWeek): { table: ReceivedTable; week: IsoWeek } | EngineError {
  if (tables.length === 0) return engineError('#N/A', 'statement.noTable');
  if (week === undefined) {
    if (tables.length > 1) return engineError('#N/A', 'statement.ambiguous', { tables: listing(tables) });
    const [table] = tables;
    if (table.week === undefined) return engineError('#N/A', 'statement.noWeek', { address: table.address });
    return isEngineError(table.week) ? table.week : { table, week: table.week };
  }
  const exact = tables.filter((table) => weekOf(table)?.monday === week.monday);
  const candidates = exact.length > 0 ? exact : tables.filter((table) => weekOf(table) === undefined);
  if (candidates.length > 1) return engineError('#N/A', 'statement.ambiguousWeek', { week: weekLabel(week), tables: listing(candidates) });
  if (candidates.length === 1) {
    const [table] = candidates;
    return isEngineError(table.week) ? table.week : { table, week };
  }
  if (tables.length === 1)
    return engineError('#VALUE!', 'statement.weekMismatch', {
      address: tables[0].address,
      found: weekLabel(weekOf(tables[0])!),
      week: weekLabel(week),
    });
  return engineError('#N/A', 'statement.weekNotFound', { week: weekLabel(week), tables: listing(tables) });
}

/** The week a table says it is for; a table whose sheet name and header block disagree says none. */
function weekOf(table: ReceivedTable): IsoWeek | undefined {
  return isEngineError(table.week) ? undefined : table.week;
}

function listing(tables: readonly ReceivedTable[]): string {
  return tables.map((table) => `${table.address} (${weekOf(table) ? weekLabel(weekOf(table)!) : '?'})`).join(', ');
}
