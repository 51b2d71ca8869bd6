import type { IconName } from '../../kiosk/outcomes';

/** Line icons drawn inline (no icon font, no icon library): each a few strokes on a 24-unit grid. */
export type KioskIconName = IconName | 'info' | 'scan' | 'gear' | 'team' | 'backspace' | 'close';

const PATHS: Record<KioskIconName, string[]> = {
  check: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M7 12.5l3.5 3.5L17 9'],
  clock: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M12 6.5V12l3.5 2.5'],
  repeat: ['M17 2l4 4-4 4', 'M3 11V9a3 3 0 0 1 3-3h15', 'M7 22l-4-4 4-4', 'M21 13v2a3 3 0 0 1-3 3H3'],
  logout: ['M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4', 'M16 17l5-5-5-5', 'M21 12H9'],
  question: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3', 'M12 17h.01'],
  stop: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M5 5l14 14'],
  swap: ['M16 3l4 4-4 4', 'M20 7H4', 'M8 21l-4-4 4-4', 'M4 17h16'],
  'user-off': ['M12 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8z', 'M4 21a8 8 0 0 1 12-6.9', 'M17 16l5 5', 'M22 16l-5 5'],
  'user-plus': ['M9 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8z', 'M1 21a8 8 0 0 1 16 0', 'M20 7v6', 'M17 10h6'],
  retry: ['M1 4v6h6', 'M3.5 15a9 9 0 1 0 2.1-9.4L1 10'],
  lock: ['M5 11h14v10H5z', 'M8 11V7a4 4 0 0 1 8 0v4'],
  list: ['M8 6h13', 'M8 12h13', 'M8 18h13', 'M3 6h.01', 'M3 12h.01', 'M3 18h.01'],
  read: ['M2 4h6a4 4 0 0 1 4 4v13a3 3 0 0 0-3-3H2z', 'M22 4h-6a4 4 0 0 0-4 4v13a3 3 0 0 1 3-3h7z'],
  cloud: ['M18 10h-1.3A8 8 0 1 0 9 20h9a5 5 0 0 0 0-10z', 'M12 17v-5', 'M9.5 14.5L12 12l2.5 2.5'],
  info: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M12 16v-5', 'M12 8h.01'],
  scan: ['M3 7V5a2 2 0 0 1 2-2h2', 'M17 3h2a2 2 0 0 1 2 2v2', 'M21 17v2a2 2 0 0 1-2 2h-2', 'M7 21H5a2 2 0 0 1-2-2v-2', 'M7 12h10'],
  gear: ['M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z', 'M12 2v3', 'M12 19v3', 'M4.9 4.9L7 7', 'M17 17l2.1 2.1', 'M2 12h3', 'M19 12h3', 'M4.9 19.1L7 17', 'M17 7l2.1-2.1'],
  team: ['M9 3a4 4 0 1 0 0 8a4 4 0 1 0 0-8z', 'M2 21v-2a4 4 0 0 1 4-4h6a4 4 0 0 1 4 4v2', 'M16 3.1a4 4 0 0 1 0 7.8', 'M22 21v-2a4 4 0 0 0-3-3.9'],
  backspace: ['M21 4H8l-7 8 7 8h13a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2z', 'M18 9l-6 6', 'M12 9l6 6'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
};

export function KioskIcon({ name, className }: { name: KioskIconName; className?: string }) {
  return (
    <svg className={className ? `kiosk-icon ${className}` : 'kiosk-icon'} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
