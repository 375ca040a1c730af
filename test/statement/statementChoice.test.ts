import { engineError, errorMessage, isEngineError } from '../../src/engine/errors';
import { IsoWeek, parseWeekLabel, weekLabel } from '../../src/engine/weeks';
import { chooseStatement } from '../../src/sheet/statementChoice';
import { ReceivedTable } from '../../src/sheet/statementTable';

const week = (label: string) => parseWeekLabel(label) as IsoWeek;
const table = (address: string, label?: string): ReceivedTable => ({
  kind: 'invoice',
  sheet: 'S',
  address,
  week: label === undefined ? undefined : week(label),
  lines: [],
});
const conflicting: ReceivedTable = {
  kind: 'invoice',
  sheet: 'S',
  address: 'S!A9',
  week: engineError('#VALUE!', 'statement.weekConflict', { sheet: 'S', named: '2021-W10', address: 'S!B1', week: '2021-W11' }),
  lines: [],
};

/** What was chosen, as `address week`, or the message of the error. */
function t(expected: string, tables: ReceivedTable[], given?: string): void {
  const chosen = chooseStatement(tables, given === undefined ? undefined : week(given));
  expect(isEngineError(chosen) ? errorMessage(chosen) : `${chosen.table.address} ${weekLabel(chosen.week)}`).toBe(expected);
}

describe('choosing the received invoice table', () => {
  test('without --week: the only table, by the week it says', () => {
    t('S!A1 2021-W10', [table('S!A1', '2021-W10')]);
    t('The invoice table at S!A1 does not say its week — give the week it is for, e.g. 2021-W10', [table('S!A1')]);
    t('There are several invoice tables: S!A1 (2021-W10), T!A1 (?) — give the week to check', [table('S!A1', '2021-W10'), table('T!A1')]);
    t('No invoice table was found — it needs a header row with the columns Candidate ID, Status and Amount', []);
  });

  test('with --week: the table for that week, else the only one that says none', () => {
    t('T!A1 2021-W11', [table('S!A1', '2021-W10'), table('T!A1', '2021-W11'), table('U!A1')], '2021-W11');
    t('U!A1 2021-W12', [table('S!A1', '2021-W10'), table('U!A1')], '2021-W12');
    t('The invoice table at S!A1 is for week 2021-W10, not 2021-W12', [table('S!A1', '2021-W10')], '2021-W12');
    t(
      'No invoice table is for week 2021-W12; the tables found are: S!A1 (2021-W10), T!A1 (2021-W11)',
      [table('S!A1', '2021-W10'), table('T!A1', '2021-W11')],
      '2021-W12',
    );
    t(
      'There are several invoice tables for week 2021-W10: S!A1 (2021-W10), T!A1 (2021-W10) — keep one, or check a copy that has only one',
      [table('S!A1', '2021-W10'), table('T!A1', '2021-W10')],
      '2021-W10',
    );
  });

  test('a table whose sheet name and header block disagree is never taken for a week', () => {
    t("The sheet name 'S' says week 2021-W10, but S!B1 says 2021-W11 — correct one of them", [conflicting], '2021-W10');
    t("The sheet name 'S' says week 2021-W10, but S!B1 says 2021-W11 — correct one of them", [conflicting]);
    t('T!A1 2021-W10', [conflicting, table('T!A1', '2021-W10')], '2021-W10');
  });
});
