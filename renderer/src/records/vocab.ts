import type { TFunction } from 'i18next';
import type { VocabItem } from '../../../shared/contract/records';

/** Built-in items are labelled through i18n (`category.safety`); station-added ones carry their label. */
export function vocabLabel(t: TFunction, prefix: 'category' | 'trainerKind', item: VocabItem): string {
  return item.builtin || item.label === null ? t(`${prefix}.${item.code}`) : item.label;
}

export function vocabOptions(t: TFunction, prefix: 'category' | 'trainerKind', items: readonly VocabItem[]) {
  return items.map((item) => ({ value: item.code, label: vocabLabel(t, prefix, item) }));
}

/** A code's label when only the code is at hand (lists), falling back to the code itself. */
export function labelOfCode(t: TFunction, prefix: 'category' | 'trainerKind', items: readonly VocabItem[], code: string): string {
  const item = items.find((i) => i.code === code);
  return item ? vocabLabel(t, prefix, item) : code;
}
