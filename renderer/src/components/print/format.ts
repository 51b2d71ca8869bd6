/** Hours and percentages as a paper shows them: whole numbers bare, otherwise one decimal. */
export function num(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function percent(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)}%`;
}

/** An attendance as every paper prints it: 出席, or 出席（迟到） for a late arrival (one rule, vocab.ts). */
export function statusText(t: (key: string, vars?: Record<string, string>) => string, status: 'present' | 'excused' | 'voided', late: boolean): string {
  const word = t(`print.sheet.status.${status}`);
  return late && status === 'present' ? t('print.sheet.statusLate', { status: word, late: t('print.sheet.late') }) : word;
}

/** '2026-03-02T08:00' (station wall clock) → '2026-03-02 08:00'. */
export function wallTime(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** A session's span; the end's date only when it differs (a session across midnight). */
export function span(startsAt: string, endsAt: string): string {
  const end = endsAt.slice(0, 10) === startsAt.slice(0, 10) ? endsAt.slice(11, 16) : wallTime(endsAt);
  return `${wallTime(startsAt)} – ${end}`;
}
