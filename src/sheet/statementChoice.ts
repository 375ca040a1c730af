import { EngineError, engineError, isEngineError } from '../engine/errors';
import { IsoWeek, weekLabel } from '../engine/weeks';
import { ReceivedTable } from './statementTable';

export interface ChosenStatement {
  readonly table: ReceivedTable;
  readonly week: IsoWeek;
}

/**
 * Picks the received invoice table to check: the one for `week` when it is given, else the only one.
 * A table that does not say its week is taken for the week given; one that says another week never is.
 */
export function chooseStatement(tables: readonly ReceivedTable[], week?: IsoWeek): ChosenStatement | EngineError {
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
  if (tables.length === 1) return engineError('#VALUE!', 'statement.weekMismatch', { address: tables[0].address, found: weekLabel(weekOf(tables[0])!), week: weekLabel(week) });
  return engineError('#N/A', 'statement.weekNotFound', { week: weekLabel(week), tables: listing(tables) });
}

/** The week a table says it is for; a table whose sheet name and header block disagree says none. */
function weekOf(table: ReceivedTable): IsoWeek | undefined {
  return isEngineError(table.week) ? undefined : table.week;
}

function listing(tables: readonly ReceivedTable[]): string {
  return tables.map((table) => `${table.address} (${weekOf(table) ? weekLabel(weekOf(table)!) : '?'})`).join(', ');
}
