/** The workers picked for a badge sheet travel to the print view in sessionStorage, not in the URL. */
const KEY = 'badges.selection';

export function storeBadgeSelection(ids: readonly string[]): void {
  sessionStorage.setItem(KEY, JSON.stringify(ids));
}

export function readBadgeSelection(): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 500) : [];
  } catch {
    return [];
  }
}
