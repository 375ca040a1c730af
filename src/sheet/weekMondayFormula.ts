import { CellValue } from '../engine/cells';

/**
 * The Monday of a week header as a formula over the header cell, for each form a header may take
 * (headers.ts): an Excel date (any day of the week), an ISO week label (`2021-W10`, `2021w10`), or a date
 * as text, ISO (`2021-03-08`) or Danish (`8.3.2021`). Positions of the digits are the header's own, so
 * spaces around it are no matter. Undefined for a header that is none of these.
 */
export function weekMondayFormula(ref: string, header: CellValue): string | undefined {
  if (typeof header === 'number') return `INT(${ref})-WEEKDAY(${ref},3)`;
  if (typeof header !== 'string') return undefined;
  const digits = (start: number, length: number) => `VALUE(MID(${ref},${start + 1},${length}))`;
  const danish = /^(\s*)(\d{1,2})[-.](\d{1,2})[-.](\d{4})\s*$/.exec(header);
  if (danish) {
    const [, lead, day, month] = danish;
    const monthAt = lead.length + day.length + 1;
    return mondayOfDate(
      `DATE(${digits(monthAt + month.length + 1, 4)},${digits(monthAt, month.length)},${digits(lead.length, day.length)})`,
    );
  }
  const label = /^(\s*)(\d{4})(-?)[Ww](\d{1,2})\s*$/.exec(header);
  if (label) {
    const [, lead, , hyphen, week] = label;
    return isoWeekMonday(digits(lead.length, 4), digits(lead.length + 4 + hyphen.length + 1, week.length));
  }
  const iso = /^(\s*)\d{4}-\d{2}-\d{2}\s*$/.exec(header);
  if (iso) {
    const at = iso[1].length;
    return mondayOfDate(`DATE(${digits(at, 4)},${digits(at + 5, 2)},${digits(at + 8, 2)})`);
  }
  return undefined;
}

/** Week 1 is the week of 4 January: its Monday, then `week - 1` weeks on. */
function isoWeekMonday(year: string, week: string): string {
  return `DATE(${year},1,4)-WEEKDAY(DATE(${year},1,4),3)+7*(${week}-1)`;
}

function mondayOfDate(date: string): string {
  return `${date}-WEEKDAY(${date},3)`;
}
