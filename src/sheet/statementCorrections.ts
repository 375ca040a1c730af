import { isBlank } from '../engine/cells';
import { sum } from '../engine/money';
import { ReceivedLine, ReceivedTable } from './statementTable';

/**
 * The week as invoiced after its corrections (docs/rules.md §7, §8): each correction's lines replace the invoice's
 * line for that candidate, in the order the corrections were built; a line a correction brings to nothing
 * (no status, no amount) is gone, and a line it does not change (difference 0: a capped correction lists the
 * whole week) changes nothing. The total is the invoice's total plus the corrections' differences.
 */
export function withCorrections(invoice: ReceivedTable, corrections: readonly ReceivedTable[]): ReceivedTable {
  if (corrections.length === 0) return invoice;
  const lines = new Map<string, ReceivedLine>(invoice.lines.map((line) => [line.candidateId.toLowerCase(), line]));
  for (const correction of corrections) {
    for (const line of correction.lines) {
      if (line.difference?.isZero()) continue;
      const key = line.candidateId.toLowerCase();
      if (cleared(line)) lines.delete(key);
      else lines.set(key, line);
    }
  }
  const differences = corrections.map((correction) => correction.difference?.amount);
  const total = invoice.totals?.amount;
  const totals =
    invoice.totals && total && differences.every((difference) => difference !== undefined)
      ? { amount: sum([total, ...differences.map((difference) => difference!)]), address: invoice.totals.address }
      : undefined;
  return { ...invoice, lines: [...lines.values()], ...(totals ? { totals } : { totals: undefined }) };
}

function cleared(line: ReceivedLine): boolean {
  return (isBlank(line.status) || line.status === 0) && (line.amount === undefined || line.amount.isZero());
}
