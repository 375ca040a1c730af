import { Amount, toNumber } from '../../../src/engine/money';
import { Day } from '../../../src/engine/weeks';
import { CurvePoint } from '../../../src/sheet/investor';

/** Where the repayment chart draws things, in the SVG's own units: one unit is one CSS pixel. */
export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  /** The cumulative repayments as a step line: flat until a repayment, then up. */
  readonly repaidPath: string;
  readonly investedY?: number;
  readonly breakEvenX?: number;
  /** The value axis: round amounts from 0 to the top, and their height. */
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  readonly firstDay: Day;
  readonly lastDay: Day;
}

export const CHART_WIDTH = 320;
const HEIGHT = 200;
/** Room left of the plot for the value axis's labels. */
const AXIS_LABELS = 64;

export function chartGeometry(
  curve: readonly CurvePoint[],
  invested: Amount | undefined,
  breakEven: Day | undefined,
  width = CHART_WIDTH,
): ChartGeometry | undefined {
  if (curve.length === 0) return undefined;
  const plot = { left: AXIS_LABELS, top: 16, right: Math.max(width, CHART_WIDTH) - 8, bottom: HEIGHT - 24 };
  const firstDay = curve[0].day;
  const lastDay = Math.max(curve[curve.length - 1].day, firstDay + 1);
  const highest = Math.max(...curve.map((point) => toNumber(point.cumulative)), invested ? toNumber(invested) : 0, 1);
  const step = roundStep(highest / 4);
  const top = Math.ceil((highest * 1.05) / step) * step;
  const x = (day: Day) => plot.left + ((day - firstDay) / (lastDay - firstDay)) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - (Math.max(0, value) / top) * (plot.bottom - plot.top);
  const round = (value: number) => Math.round(value * 10) / 10;
  let path = `M${round(x(firstDay))},${round(y(toNumber(curve[0].cumulative)))}`;
  for (const point of curve.slice(1)) path += ` H${round(x(point.day))} V${round(y(toNumber(point.cumulative)))}`;
  return {
    width: plot.right + 8,
    height: HEIGHT,
    plot,
    repaidPath: path,
    investedY: invested ? round(y(toNumber(invested))) : undefined,
    breakEvenX: breakEven === undefined ? undefined : round(x(breakEven)),
    ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, index) => ({ value: index * step, y: round(y(index * step)) })),
    firstDay,
    lastDay,
  };
}

/** 1, 2 or 5 times a power of ten: the steps a reader counts in. */
function roundStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= rough) ?? 10 * power;
}
