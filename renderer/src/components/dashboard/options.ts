import type { EChartsCoreOption } from './echarts';
import { COLORS } from '../../theme';

/** What every chart on the dashboard shares: the language's font and its reading direction. */
export interface ChartLook {
  rtl: boolean;
  fontFamily: string;
}

export interface Series {
  name: string;
  data: number[];
}

/**
 * The chart's SVG is laid out left to right (ECharts positions every label itself), so a Uyghur label
 * such as "2-ئاي" would come out in left-to-right order. A right-to-left isolate around each label lets
 * the browser order its letters and digits as a Uyghur reader expects.
 */
export function isolate(look: ChartLook, text: string): string {
  return look.rtl ? `\u2067${text}\u2069` : text;
}

const named = (look: ChartLook, series: Series[]) => series.map((s) => ({ ...s, name: isolate(look, s.name) }));

const PALETTE = [COLORS.primary, COLORS.accent, '#2f9e44', '#7048e8'];
const AXIS_LABEL = { color: '#555', fontSize: 12 };

function base(look: ChartLook): EChartsCoreOption {
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: look.fontFamily },
    // Rich-text tooltips are drawn inside the SVG: no HTML built from names, nothing for the CSP to weigh.
    tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
    // Right to left, the legend starts at the right with each swatch after its name.
    legend: { top: 0, [look.rtl ? 'right' : 'left']: 0, align: look.rtl ? 'right' : 'left', textStyle: { fontFamily: look.fontFamily } },
  };
}

/**
 * Bars over categories on two value axes: counts of different size (sessions beside person-times)
 * each keep a readable scale. Right to left, the categories run from the right and the axes swap.
 */
export function twoAxisBars(look: ChartLook, labels: string[], leftSeries: Series[], rightSeries: Series[]): EChartsCoreOption {
  const categories = labels.map((c) => isolate(look, c));
  const left = named(look, leftSeries);
  const right = named(look, rightSeries);
  const rotate = labels.some((c) => c.length > 6) && categories.length > 4 ? 30 : 0;
  const valueAxis = (position: 'left' | 'right', name: string) => ({
    type: 'value',
    position,
    name,
    nameTextStyle: { ...AXIS_LABEL, align: position === 'left' ? 'left' : 'right' },
    minInterval: 1,
    axisLabel: AXIS_LABEL,
    splitLine: { show: position === (look.rtl ? 'right' : 'left') },
  });
  const leftSide = look.rtl ? 'right' : 'left';
  const rightSide = look.rtl ? 'left' : 'right';
  return {
    ...base(look),
    grid: { top: 56, bottom: 8, left: 16, right: 16, containLabel: true },
    xAxis: {
      type: 'category',
      data: categories,
      inverse: look.rtl,
      axisLabel: { ...AXIS_LABEL, interval: 0, rotate: look.rtl ? -rotate : rotate, hideOverlap: true },
      axisTick: { alignWithLabel: true },
    },
    yAxis: [
      valueAxis(leftSide, isolate(look, leftSeries.map((s) => s.name).join(' / '))),
      valueAxis(rightSide, isolate(look, rightSeries.map((s) => s.name).join(' / '))),
    ],
    series: [
      ...left.map((s) => ({ type: 'bar', name: s.name, data: s.data, yAxisIndex: 0, barMaxWidth: 28 })),
      ...right.map((s) => ({ type: 'bar', name: s.name, data: s.data, yAxisIndex: 1, barMaxWidth: 28 })),
    ],
  };
}

/** Each plan target as a pale bar with what is done drawn over it, the percentage at its end. */
export function progressBars(
  look: ChartLook,
  rows: { label: string; target: number; done: number; percent: number | null }[],
  names: { target: string; done: string },
): EChartsCoreOption {
  return {
    ...base(look),
    // Room beyond the bars' ends for the percentages.
    grid: { top: 32, bottom: 8, left: look.rtl ? 56 : 16, right: look.rtl ? 16 : 56, containLabel: true },
    xAxis: { type: 'value', inverse: look.rtl, minInterval: 1, axisLabel: AXIS_LABEL },
    yAxis: {
      type: 'category',
      // The first entry on top, as in the table.
      inverse: true,
      position: look.rtl ? 'right' : 'left',
      data: rows.map((r) => isolate(look, r.label)),
      axisLabel: { ...AXIS_LABEL, width: 180, overflow: 'truncate' },
    },
    series: [
      { type: 'bar', name: isolate(look, names.target), data: rows.map((r) => r.target), itemStyle: { color: '#dde5f0' }, barWidth: 18, barGap: '-100%', z: 1 },
      {
        type: 'bar',
        name: isolate(look, names.done),
        data: rows.map((r) => r.done),
        barWidth: 18,
        z: 2,
        label: {
          show: true,
          position: look.rtl ? 'left' : 'right',
          color: '#333',
          formatter: (p: { dataIndex: number }) => {
            const pct = rows[p.dataIndex]?.percent;
            return pct === null || pct === undefined ? '' : `${pct}%`;
          },
        },
      },
    ],
  };
}
