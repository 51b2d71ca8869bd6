import type { TFunction } from 'i18next';

/** How a plan line names its scope: the station as a whole, or a township / team by name. */
export function scopeText(t: TFunction, kind: 'station' | 'township' | 'team', scope: string): string {
  return kind === 'station' ? t('reportsui.scope.station') : `${t(`reportsui.scope.${kind}`)} · ${scope}`;
}

/** '' is the total column of seed 000's tables (person-times over all trades). */
export function tradeText(t: TFunction, tradeName: string): string {
  return tradeName || t('reportsui.plan.allTrades');
}
