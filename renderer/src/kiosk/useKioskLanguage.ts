import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '../../../shared/i18n/languages';
import { showLanguage } from './i18n';
import { kioskHomeLanguage, LANGUAGE_IDLE_MS, setKioskHomeLanguage } from './language';

export interface KioskLanguage {
  /** What the screen shows now: the worker's pick, else the kiosk's own. */
  shown: Language;
  /** The language a worker tapped, sent with each scan until idle; null when nobody picked one. */
  picked: Language | null;
  /** The kiosk's own language (trainer's setting). */
  home: Language;
  /** A worker taps a language: the screen switches, and their scans carry it until idle. */
  pick(lang: Language): void;
  /** A scan or a tap: the worker is still here, restart the idle timer. */
  touch(): void;
  /** The trainer sets this kiosk's own language. */
  setHome(lang: Language): void;
}

export function useKioskLanguage(): KioskLanguage {
  const [home, setHomeState] = useState<Language>(() => kioskHomeLanguage());
  const [picked, setPicked] = useState<Language | null>(null);
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const shown = picked ?? home;

  useEffect(() => {
    void showLanguage(shown);
  }, [shown]);

  const touch = useCallback(() => {
    if (idle.current) clearTimeout(idle.current);
    idle.current = setTimeout(() => setPicked(null), LANGUAGE_IDLE_MS);
  }, []);

  useEffect(() => () => {
    if (idle.current) clearTimeout(idle.current);
  }, []);

  const pick = useCallback(
    (lang: Language) => {
      setPicked(lang);
      touch();
    },
    [touch],
  );

  const setHome = useCallback((lang: Language) => {
    setKioskHomeLanguage(lang);
    setHomeState(lang);
    setPicked(null);
  }, []);

  return { shown, picked, home, pick, touch, setHome };
}
