import { isBlank } from '../engine/cells';
import { Day, IsoWeek, lastCompleteWeek } from '../engine/weeks';
import { CandidateSheet } from './candidates';

/**
 * docs/rules.md §7: the week an invoice is built for unless the user picks another: the last complete ISO week.
 * A sheet that has no column for it (a finished contract, a demo) gets its last week with a status on or
 * before that week, so the default is a week that has something to invoice; failing that, its last past
 * week, or its first week when all lie ahead.
 */
export function defaultInvoiceWeek(sheet: CandidateSheet, today: Day): IsoWeek | undefined {
  const last = lastCompleteWeek(today);
  const exact = sheet.weeks.find((week) => week.monday === last.monday);
  if (exact) return exact;
  const byDate = sheet.weeks.map((week, index) => ({ week, index })).sort((a, b) => b.week.monday - a.week.monday);
  const past = byDate.filter(({ week }) => week.monday <= last.monday);
  const withStatus = past.find(({ index }) => sheet.candidates.some((_, candidate) => !isBlank(sheet.statuses.value(candidate, index))));
  return (withStatus ?? past[0] ?? byDate[byDate.length - 1])?.week;
}
