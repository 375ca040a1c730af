import { Amount, toNumber } from '../../../src/engine/money';
import { Day } from '../../../src/engine/weeks';
import { CurvePoint } from '../../../src/sheet/investor';

/** Where the repayment chart draws things, in the SVG's own units. */
export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  /** The cumulative repayments as a step line: flat until a repayment, then up. */
  readonly repaidPath: string;
  readonly investedY?: number;
  readonly breakEvenX?: number;
  readonly top: number;
  readonly firstDay: Day;
  readonly lastDay: Day;
}

const WIDTH = 320;
const HEIGHT = 200;
const PLOT = { left: 8, top: 16, right: WIDTH - 8, bottom: HEIGHT - 24 };

export function chartGeometry(
  curve: readonly CurvePoint[],
  invested: Amount | undefined,
  breakEven: Day | undefined,
): ChartGeometry | undefined {
  if (curve.length === 0) return undefined;
  const firstDay = curve[0].day;
  const lastDay = Math.max(curve[curve.length - 1].day, firstDay + 1);
  const highest = Math.max(...curve.map((point) => toNumber(point.cumulative)), invested ? toNumber(invested) : 0, 1);
  const top = highest * 1.1;
  const x = (day: Day) => PLOT.left + ((day - firstDay) / (lastDay - firstDay)) * (PLOT.right - PLOT.left);
  const y = (value: number) => PLOT.bottom - (Math.max(0, value) / top) * (PLOT.bottom - PLOT.top);
  const round = (value: number) => Math.round(value * 10) / 10;
  let path = `M${round(x(firstDay))},${round(y(toNumber(curve[0].cumulative)))}`;
  for (const point of curve.slice(1)) path += ` H${round(x(point.day))} V${round(y(toNumber(point.cumulative)))}`;
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    repaidPath: path,
    investedY: invested ? round(y(toNumber(invested))) : undefined,
    breakEvenX: breakEven === undefined ? undefined : round(x(breakEven)),
    top,
    firstDay,
    lastDay,
  };
}
