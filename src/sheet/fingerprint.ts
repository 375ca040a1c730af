import { Amount, formatAmount } from '../engine/money';
import { Terms } from '../engine/terms';
import { formatDay, IsoWeek, weekLabel } from '../engine/weeks';
import { CandidateSheet } from './candidates';

/**
 * A SHA-256 of everything an invoice for `week` depends on: the terms, what the ledger says was invoiced
 * before (when it says), and every candidate's id, enrolment and statuses up to and including that week.
 * Two builds with the same fingerprint produce the same invoice; a late status correction changes it.
 *
 * The data is the JSON text of `[terms, invoiced before, week labels, [[id, start, end, [status, …]], …]]`,
 * which keeps the number 1 and the text "1" apart, as formulas do. Each candidate has one status per week
 * up to `week`, a blank one as null, however the workbook's reader hands over blank cells. The text is
 * written straight into UTF-8 bytes, each distinct status value's JSON encoded once.
 */
export async function invoiceFingerprint(sheet: CandidateSheet, terms: Terms, week: IsoWeek, invoicedBefore?: Amount): Promise<string> {
  const included = sheet.weeks.flatMap((each, index) => (each.monday <= week.monday ? [index] : []));
  const { statuses } = sheet;
  const positions = Int32Array.from(included);
  const valueJson = statuses.values.map((value) => utf8.encode(JSON.stringify(value)));
  const longest = valueJson.reduce((most, text) => Math.max(most, text.length), 0);
  const out = new JsonBytes(sheet.candidates.length * (16 + included.length * 4));
  out.text(`[${JSON.stringify(termsData(terms))},${JSON.stringify(invoicedBefore === undefined ? null : formatAmount(invoicedBefore))},`);
  out.text(`${JSON.stringify(included.map((index) => weekLabel(sheet.weeks[index])))},[`);
  sheet.candidates.forEach((candidate, index) => {
    out.text(
      `${index === 0 ? '' : ','}[${JSON.stringify([candidate.id, dayText(candidate.start), dayText(candidate.end)]).slice(1, -1)},[`,
    );
    out.joined(valueJson, longest, statuses.codes, index * statuses.weekCount, positions);
    out.text(']]');
  });
  out.text(']]');
  const digest = await globalThis.crypto.subtle.digest('SHA-256', out.result());
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

const utf8 = new TextEncoder();
const COMMA = 0x2c;

/** A growing buffer of UTF-8 text. */
class JsonBytes {
  private buffer: Uint8Array<ArrayBuffer>;
  private length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(Math.max(1024, capacity));
  }

  text(text: string): void {
    this.reserve(text.length * 3);
    this.length += utf8.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** The texts `texts[codes[offset + position]]` for each of `positions`, separated by commas; none is longer than `longest`. */
  joined(texts: readonly Uint8Array[], longest: number, codes: ArrayLike<number>, offset: number, positions: Int32Array): void {
    this.reserve(positions.length * (longest + 1));
    const buffer = this.buffer;
    let at = this.length;
    for (let k = 0; k < positions.length; k++) {
      if (k > 0) buffer[at++] = COMMA;
      const text = texts[codes[offset + positions[k]]];
      for (let i = 0; i < text.length; i++) buffer[at++] = text[i];
    }
    this.length = at;
  }

  result(): Uint8Array<ArrayBuffer> {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + count));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
