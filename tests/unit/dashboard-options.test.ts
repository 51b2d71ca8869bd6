import { describe, expect, it } from 'vitest';
import { isolate, progressBars, twoAxisBars } from '../../renderer/src/components/dashboard/options';

const ltr = { rtl: false, fontFamily: 'sans-serif' };
const rtl = { rtl: true, fontFamily: '"UKIJ Tuz", sans-serif' };

interface Axis {
  type: string;
  inverse?: boolean;
  position?: string;
  name?: string;
  data?: string[];
}
type Opt = { xAxis: Axis; yAxis: Axis | Axis[]; series: { name: string; data: number[]; yAxisIndex?: number }[]; legend: { align: string; right?: number; left?: number } };

describe('dashboard chart options', () => {
  it('left to right: categories from the left, the first axis on the left, labels as given', () => {
    const o = twoAxisBars(ltr, ['1月', '2月'], [{ name: '培训场次', data: [1, 2] }], [{ name: '培训人次', data: [3, 4] }]) as unknown as Opt;
    expect(o.xAxis).toMatchObject({ type: 'category', inverse: false, data: ['1月', '2月'] });
    expect((o.yAxis as Axis[]).map((a) => a.position)).toEqual(['left', 'right']);
    expect(o.series.map((s) => [s.name, s.yAxisIndex, s.data])).toEqual([
      ['培训场次', 0, [1, 2]],
      ['培训人次', 1, [3, 4]],
    ]);
    expect(o.legend).toMatchObject({ left: 0, align: 'left' });
  });

  it('right to left: mirrored axes, legend from the right, every label a right-to-left isolate', () => {
    const o = twoAxisBars(rtl, ['1-ئاي'], [{ name: 'قېتىم', data: [1] }], [{ name: 'ئادەم-قېتىم', data: [3] }]) as unknown as Opt;
    expect(o.xAxis.inverse).toBe(true);
    expect(o.xAxis.data).toEqual(['\u20671-ئاي\u2069']);
    expect((o.yAxis as Axis[]).map((a) => a.position)).toEqual(['right', 'left']);
    expect((o.yAxis as Axis[])[0]!.name).toBe('\u2067قېتىم\u2069');
    expect(o.series.map((s) => s.name)).toEqual(['\u2067قېتىم\u2069', '\u2067ئادەم-قېتىم\u2069']);
    expect(o.legend).toMatchObject({ right: 0, align: 'right' });
    expect(isolate(ltr, 'x')).toBe('x');
  });

  it('plan progress: target under done, rows in table order, the value axis mirrored right to left', () => {
    const rows = [
      { label: '全站', target: 30, done: 16, percent: 53.3 },
      { label: '钢筋工', target: 0, done: 2, percent: null },
    ];
    const o = progressBars(ltr, rows, { target: '目标', done: '完成' }) as unknown as Opt;
    expect(o.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['全站', '钢筋工'], position: 'left' });
    expect(o.series.map((s) => s.data)).toEqual([
      [30, 0],
      [16, 2],
    ]);
    const r = progressBars(rtl, rows, { target: 'a', done: 'b' }) as unknown as Opt;
    expect(r.xAxis.inverse).toBe(true);
    expect((r.yAxis as Axis).position).toBe('right');
  });
});
