import { CellValue } from '../engine/cells';
import { Amount, formatAmount } from '../engine/money';
import { Terms } from '../engine/terms';
import { formatDay, IsoWeek, weekLabel } from '../engine/weeks';
import { CandidateSheet } from './candidates';

/**
 * A SHA-256 of everything an invoice for `week` depends on: the terms, what the ledger says was invoiced
 * before (when it says), and every candidate's id, enrolment and statuses up to and including that week.
 * Two builds with the same fingerprint produce the same invoice; a late status correction changes it.
 * The data is serialised as JSON, which keeps the number 1 and the text "1" apart, as formulas do.
 */
export async function invoiceFingerprint(sheet: CandidateSheet, terms: Terms, week: IsoWeek, invoicedBefore?: Amount): Promise<string> {
  const included = sheet.weeks.flatMap((each, index) => (each.monday <= week.monday ? [index] : []));
  const contiguous = included.every((index, position) => index === position);
  const statusesOf = (statuses: readonly CellValue[]): readonly (CellValue | undefined)[] =>
    contiguous ? statuses.slice(0, included.length) : included.map((index) => statuses[index]);
  const data = [
    termsData(terms),
    invoicedBefore === undefined ? null : formatAmount(invoicedBefore),
    included.map((index) => weekLabel(sheet.weeks[index])),
    sheet.candidates.map((candidate) => [candidate.id, dayText(candidate.start), dayText(candidate.end), statusesOf(candidate.statuses)]),
  ];
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(data)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function termsData(terms: Terms): (string | number | null)[] {
  const money = (value: Amount | undefined) => (value === undefined ? null : formatAmount(value));
  return [
    money(terms.weeklyRate),
    money(terms.partialRate),
    terms.maxWeeks ?? null,
    dayText(terms.contractStart),
    dayText(terms.contractEnd),
    money(terms.paymentCap),
  ];
}

function dayText(day: number | undefined): string | null {
  return day === undefined ? null : Number.isFinite(day) ? formatDay(day) : String(day);
}
