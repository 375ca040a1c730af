import { CellValue } from '../engine/cells';
import { Amount, formatAmount } from '../engine/money';
import { Terms } from '../engine/terms';
import { formatDay, IsoWeek, weekLabel } from '../engine/weeks';
import { CandidateSheet } from './candidates';

/**
 * A SHA-256 of everything an invoice for `week` depends on: the terms, what the ledger says was invoiced
 * before (when it says), and every candidate's id, enrolment and statuses up to and including that week.
 * Two builds with the same fingerprint produce the same invoice; a late status correction changes it.
 */
export async function invoiceFingerprint(sheet: CandidateSheet, terms: Terms, week: IsoWeek, invoicedBefore?: Amount): Promise<string> {
  const included = sheet.weeks.map((each, index) => ({ each, index })).filter(({ each }) => each.monday <= week.monday);
  const parts: string[] = [termsText(terms), invoicedBefore === undefined ? '' : formatAmount(invoicedBefore), included.map(({ each }) => weekLabel(each)).join(',')];
  for (const candidate of sheet.candidates) {
    const statuses = included.map(({ index }) => cellText(candidate.statuses[index])).join('\u001f');
    parts.push(`${candidate.id}\u001e${dayText(candidate.start)}\u001e${dayText(candidate.end)}\u001e${statuses}`);
  }
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function termsText(terms: Terms): string {
  const money = (value: Terms['weeklyRate'] | undefined) => (value === undefined ? '' : formatAmount(value));
  return [money(terms.weeklyRate), money(terms.partialRate), terms.maxWeeks ?? '', dayText(terms.contractStart), dayText(terms.contractEnd), money(terms.paymentCap)].join('|');
}

function dayText(day: number | undefined): string {
  return day === undefined ? '' : Number.isFinite(day) ? formatDay(day) : String(day);
}

/** The type is part of the text: the number 1 and the text "1" are different statuses to a formula. */
function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return `s${value}`;
  if (typeof value === 'number') return `n${value}`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.error;
}
