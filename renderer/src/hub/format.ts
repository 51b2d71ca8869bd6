/** Times at the hub read as the stations wrote them: China time, 24-hour, whatever the viewer's machine. */
export const hubTime = (iso: string | null): string => (iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—');

/** A station's wall-clock text ('2026-03-05T09:00') shown as written: it already is station time. */
export const wallTime = (wall: string | null): string => (wall ? wall.replace('T', ' ').slice(0, 16) : '—');
