import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption } from './echarts';

interface Props {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers (the figures themselves are in the table view). */
  label: string;
  testId?: string;
}

/**
 * One ECharts instance bound to a div: created on mount, given each new option whole, resized with its
 * box (the admin frame's sider collapses, windows are resized) and disposed on unmount.
 */
export function EChart({ option, height, label, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  // ECharts lays out left to right whatever the page's direction; the option mirrors it for RTL instead.
  return <div ref={box} className="echart" dir="ltr" role="img" aria-label={label} data-testid={testId} style={{ height }} />;
}
