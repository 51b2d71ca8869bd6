import type { PlanEntry, PlanProgressRow } from '../../shared/contract/report-types';
import type { Roster, RosterGroup } from './facts';
import { percentOf } from './range';

/** What the plan's progress is counted from, read by the caller from its own store. */
export interface PlanFacts {
  /** The targets that cover the year. */
  entries: PlanEntry[];
  roster: Roster;
  /** Person-times in the period's vocational-skills sessions, by roster group. */
  inPeriod: Int32Array;
  /** The same from 1 January of `fromYear` up to the period's start. */
  doneBefore(fromYear: number): Int32Array;
  /** People trained as labour brokers for entry `e`, in the period or from its first year to the period's end. */
  brokers(e: PlanEntry, span: 'period' | 'yearToDate'): number;
}

export function sumFor(e: PlanEntry, groups: RosterGroup[], done: Int32Array): number {
  let n = 0;
  groups.forEach((g, i) => {
    if (e.tradeId !== null && g.tradeId !== e.tradeId) return;
    if (e.scopeKind === 'team' && g.team !== e.scope) return;
    if (e.scopeKind === 'township' && g.township !== e.scope) return;
    n += done[i]!;
  });
  return n;
}

/** Each target of the year beside what was done in the period and in the year up to the period's end. */
export function planProgressOf(f: PlanFacts): PlanProgressRow[] {
  // To date: from the first year a target covers (a 2023-2025 target counts from 2023) to the period's end.
  const toDate = new Map<number, Int32Array>();
  const doneSince = (from: number) => {
    let d = toDate.get(from);
    if (!d) {
      const before = f.doneBefore(from);
      toDate.set(from, (d = f.inPeriod.map((n, i) => n + before[i]!)));
    }
    return d;
  };
  return f.entries.map((e) => {
    const broker = e.kind === 'broker';
    const donePeriod = broker ? f.brokers(e, 'period') : sumFor(e, f.roster.groups, f.inPeriod);
    const doneYearToDate = broker ? f.brokers(e, 'yearToDate') : sumFor(e, f.roster.groups, doneSince(e.year));
    return {
      planId: e.id,
      kind: e.kind,
      year: e.year,
      yearTo: e.yearTo,
      scopeKind: e.scopeKind,
      scope: e.scope,
      tradeId: e.tradeId,
      tradeName: e.tradeName,
      target: e.target,
      donePeriod,
      doneYearToDate,
      percent: percentOf(doneYearToDate, e.target),
    };
  });
}
