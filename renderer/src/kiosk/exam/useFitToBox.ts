import { useLayoutEffect, useRef, type RefObject } from 'react';

/** The smallest type scale a question may shrink to: 0.6 of the kiosk's size is still above 14 px. */
const FLOOR = 0.6;
const STEP = 0.08;

/**
 * Shrinks a box's type until its content fits without scrolling: a long Uyghur question with four long
 * options on a 1024x600 tablet would otherwise push its options under the buttons. The scale is a CSS
 * variable (--fit) the box's font sizes multiply; it starts at 1 for each new question and again when the
 * window's size changes, and shrinks in steps measured before paint, so the worker never sees it jump.
 */
export function useFitToBox<T extends HTMLElement>(key: string): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fit = () => {
      let scale = 1;
      box.style.setProperty('--fit', '1');
      while (box.scrollHeight > box.clientHeight + 1 && scale - STEP >= FLOOR) {
        scale -= STEP;
        box.style.setProperty('--fit', scale.toFixed(2));
      }
    };
    fit();
    let last = `${box.clientWidth}x${box.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${box.clientWidth}x${box.clientHeight}`;
      if (now !== last) {
        last = now;
        fit();
      }
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [key]);
  return ref;
}
