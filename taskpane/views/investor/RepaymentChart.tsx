import { makeStyles, tokens } from '@fluentui/react-components';
import { useId, useLayoutEffect, useState } from 'react';
import { InvestorFigures } from '../../../src/sheet/investor';
import { Strings } from '../../i18n/I18nContext';
import { CHART_WIDTH, chartGeometry } from './chartGeometry';

const useStyles = makeStyles({
  box: { width: '100%' },
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1 },
  repaid: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: 2 },
  invested: { stroke: tokens.colorNeutralForeground2, strokeWidth: 1.5, strokeDasharray: '4 3' },
  breakEven: { stroke: tokens.colorPaletteGreenForeground1, strokeWidth: 1.5 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '10px', fontFamily: tokens.fontFamilyBase },
  breakEvenLabel: { fill: tokens.colorPaletteGreenForeground1, fontSize: '10px', fontFamily: tokens.fontFamilyBase },
});

/**
 * Cumulative repayments against the amount invested, over a value axis; where they cross is break-even.
 * Drawn as inline SVG, no chart library, as wide as the pane: the drawing is laid out for the width it
 * gets, so its text keeps its size at any width.
 */
export function RepaymentChart({ figures, strings }: { figures: InvestorFigures; strings: Strings }) {
  const styles = useStyles();
  const id = useId();
  const { t } = strings;
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const width = useWidth(box);
  const geometry = chartGeometry(figures.curve, figures.invested?.amount, figures.breakEven, width);
  if (!geometry) return null;
  const { plot } = geometry;
  const money = (value: Parameters<Strings['money']>[0]) => strings.money(value, figures.currency);
  const description = [
    t('investor.chartRepaid', { repaid: money(figures.repaid), date: strings.date(geometry.lastDay) }),
    figures.invested ? t('investor.chartInvested', { invested: money(figures.invested.amount) }) : '',
    figures.invested
      ? figures.breakEven === undefined
        ? t('investor.breakEvenNotYet')
        : t('investor.breakEvenOn', { date: strings.date(figures.breakEven) })
      : '',
  ].join(' ');
  return (
    <div ref={setBox} className={styles.box}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{t('investor.chartTitle')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line className={styles.grid} x1={plot.left} y1={tick.y} x2={plot.right} y2={tick.y} />
            <text className={styles.label} x={plot.left - 4} y={tick.y + 3} textAnchor="end">
              {strings.number(tick.value)}
            </text>
          </g>
        ))}
        <text className={styles.label} x={plot.left - 4} y={plot.top - 6} textAnchor="end">
          {figures.currency}
        </text>
        <line className={styles.axis} x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} />
        <line className={styles.axis} x1={plot.left} y1={plot.top} x2={plot.left} y2={plot.bottom} />
        {geometry.investedY !== undefined && figures.invested && (
          <>
            <line className={styles.invested} x1={plot.left} y1={geometry.investedY} x2={plot.right} y2={geometry.investedY} />
            <text className={styles.label} x={plot.left + 4} y={geometry.investedY - 4}>
              {t('investor.chartInvestedLabel', { amount: money(figures.invested.amount) })}
            </text>
          </>
        )}
        <path className={styles.repaid} d={geometry.repaidPath} />
        {geometry.breakEvenX !== undefined && figures.breakEven !== undefined && (
          <>
            <line className={styles.breakEven} x1={geometry.breakEvenX} y1={plot.top} x2={geometry.breakEvenX} y2={plot.bottom} />
            <text
              className={styles.breakEvenLabel}
              x={geometry.breakEvenX > (plot.left + plot.right) / 2 ? geometry.breakEvenX - 4 : geometry.breakEvenX + 4}
              y={plot.top - 4}
              textAnchor={geometry.breakEvenX > (plot.left + plot.right) / 2 ? 'end' : 'start'}
            >
              {t('investor.breakEvenLabel', { date: strings.date(figures.breakEven) })}
            </text>
          </>
        )}
        <text className={styles.label} x={plot.left} y={geometry.height - 8}>
          {strings.date(geometry.firstDay)}
        </text>
        <text className={styles.label} x={plot.right} y={geometry.height - 8} textAnchor="end">
          {strings.date(geometry.lastDay)}
        </text>
      </svg>
    </div>
  );
}

/** The element's width in CSS pixels, following it as the pane is resized; the narrow pane's until known. */
function useWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(CHART_WIDTH);
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(Math.round(element.getBoundingClientRect().width) || CHART_WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
