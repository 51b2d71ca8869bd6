import { COLORS } from '../theme';

/** A hard hat on a rising step: the station's mark, drawn inline so it needs no asset or network. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="48" height="48" rx="8" fill={COLORS.primary} />
      <path d="M8 40h10v-8h10v-8h12v16z" fill="#ffffff" opacity="0.9" />
      <path d="M12 22a12 12 0 0 1 24 0z" fill={COLORS.accent} />
      <rect x="9" y="21" width="30" height="4" rx="2" fill={COLORS.accent} />
      <rect x="22" y="10" width="4" height="8" rx="2" fill="#ffffff" opacity="0.6" />
    </svg>
  );
}
