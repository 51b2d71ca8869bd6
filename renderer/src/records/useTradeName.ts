import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { tradeCategoryLabel, tradeLabel } from '../../../shared/i18n/trades';

/** Trade names and categories as this screen's language shows them (shared/i18n/trades). */
export function useTradeName() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const trade = useCallback((name: string | null | undefined) => (name ? tradeLabel(name, lang) : ''), [lang]);
  const category = useCallback((c: string | null | undefined) => (c ? tradeCategoryLabel(c, lang) : ''), [lang]);
  return { trade, category };
}
