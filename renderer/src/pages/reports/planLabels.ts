import type { TFunction } from 'i18next';

/** How a plan line names its scope: the station as a whole, or a township / team by name. */
export function scopeText(t: TFunction, kind: 'station' | 'township' | 'team', scope: string): string {
  return kind === 'station' ? t('reportsui.scope.station') : `${t(`reportsui.scope.${kind}`)} · ${scope}`;
}

/** '' is the total column of seed 000's tables (person-times over all trades); a broker target is not a trade. */
export function tradeText(t: TFunction, tradeName: string, kind?: 'trade' | 'total' | 'broker'): string {
  if (kind === 'broker') return t('reportsui.plan.broker');
  return tradeName || t('reportsui.plan.allTrades');
}

/** The years a target covers: one, or seed 000 附件2's 2023-2025. */
export function yearsText(year: number, yearTo: number): string {
  return yearTo > year ? `${year}–${yearTo}` : String(year);
}
