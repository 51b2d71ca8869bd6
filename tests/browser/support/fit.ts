import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The tablets the kiosk must fit: three landscape, one portrait. */
export const TABLETS = [
  { width: 1024, height: 600 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 800, height: 1280 },
] as const;

export interface Misfit {
  what: string;
  box: { x: number; y: number; width: number; height: number };
  why: string;
}

/**
 * Whether every control and headline on screen is where a finger and an eye can reach it: inside the
 * viewport, and not covered or clipped (a hit test at its centre and near its top and bottom edges finds
 * the element itself, not a footer drawn over it). With a dialog open, only the dialog counts. Also
 * whether the page scrolls at all.
 */
export async function misfits(page: Page): Promise<{ scrolls: boolean; misfits: Misfit[]; checked: number }> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const doc = document.scrollingElement ?? document.documentElement;
    const layer: ParentNode = document.querySelector('[role=dialog]') ?? document;
    const selector = 'button, input:not(.kiosk-scanner), select, textarea, h1, h2, h3, [data-testid=kiosk-digits], [data-testid=kiosk-ack-text], [data-testid=kiosk-register-ack-text], .kiosk-answer-next, .kiosk-ack-fallback';
    const out: { what: string; box: { x: number; y: number; width: number; height: number }; why: string }[] = [];
    let checked = 0;
    for (const el of Array.from(layer.querySelectorAll<HTMLElement>(selector))) {
      const b = el.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      checked += 1;
      const what = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}${el.dataset.key ? `[key=${el.dataset.key}]` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`;
      const box = { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
      if (b.left < -0.5 || b.top < -0.5 || b.right > vw + 0.5 || b.bottom > vh + 0.5) {
        out.push({ what, box, why: `outside the ${vw}x${vh} viewport` });
        continue;
      }
      const cx = b.left + b.width / 2;
      const inset = Math.min(3, b.height / 4);
      for (const [label, y] of [
        ['centre', b.top + b.height / 2],
        ['top', b.top + inset],
        ['bottom', b.bottom - inset],
      ] as const) {
        const hit = document.elementFromPoint(cx, y);
        if (!hit || !(hit === el || el.contains(hit))) {
          out.push({ what, box, why: `${label} covered by ${hit ? hit.tagName.toLowerCase() + '.' + hit.className : 'nothing'}` });
          break;
        }
      }
    }
    return { scrolls: doc.scrollHeight > vh + 1 || doc.scrollWidth > vw + 1, misfits: out, checked };
  });
}

export const SHOTS_DIR = '/tmp/kiosk-shots/';

/** A picture for a person to look at, named by screen, language and size. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const v = page.viewportSize()!;
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS_DIR}${name}-${v.width}x${v.height}.png`, animations: 'disabled' });
}
