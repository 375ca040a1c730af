import '../../test/support/customFunctionsShim';
import { candidateTotal, resultPayment } from '../../functions/functions';
import { report, statusGrid, time } from './statusGrid';

/** Issue 2's target: RESULTPAYMENT and CANDIDATETOTAL over 10,000 × 156 statuses at 5 million cells a second or more. */
export function benchFunctions(): void {
  const rows = 10_000;
  const columns = 156;
  const grid = statusGrid(rows, columns);
  const cells = rows * columns;
  resultPayment(grid.slice(0, 100), 1250.5, 625.25);
  const spill = time(() => resultPayment(grid, 1250.5, 625.25));
  report('RESULTPAYMENT 10,000 × 156 (one spill)', spill.seconds, `${(cells / spill.seconds / 1e6).toFixed(1)} M cells/s`);
  const totals = time(() => grid.map((row) => candidateTotal([row], 1250.5, 625.25, 52)));
  report('CANDIDATETOTAL 10,000 rows × 156', totals.seconds, `${(cells / totals.seconds / 1e6).toFixed(1)} M cells/s`);
}
