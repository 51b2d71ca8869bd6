import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES, LANGUAGES } from '../../shared/i18n/languages';
import { menu } from '../../shared/i18n/locales/menu';
import { languageFromLocales, menuTemplate, type MenuActions, type MenuEntry } from '../../main/electron/menu-template';

function labels(entries: MenuEntry[]): string[] {
  return entries.flatMap((e) => [...(e.label === undefined ? [] : [e.label]), ...labels(e.submenu ?? [])]);
}

function recordingActions() {
  const calls: string[] = [];
  const actions: MenuActions = {
    openKiosk: () => calls.push('openKiosk'),
    quit: () => calls.push('quit'),
    setLanguage: (l) => calls.push(`setLanguage:${l}`),
    about: () => calls.push('about'),
    openDataFolder: () => calls.push('openDataFolder'),
  };
  return { calls, actions };
}

describe('menuTemplate', () => {
  it.each(LANGUAGES)('is fully translated in %s: no key or placeholder leaks', (lang) => {
    const all = labels(menuTemplate(lang, recordingActions().actions));
    expect(all.length).toBeGreaterThan(10);
    for (const label of all) {
      expect(label.trim()).not.toBe('');
      expect(label).not.toMatch(/^(menu|dialog)\.[\w.]+$/);
      expect(label).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('uses each language’s own words, not the English fallback', () => {
    const en = labels(menuTemplate('en', recordingActions().actions));
    for (const lang of ['zh-CN', 'ug'] as const) {
      const own = labels(menuTemplate(lang, recordingActions().actions));
      const sameAsEnglish = own.filter((label, i) => label === en[i] && !Object.values(LANGUAGE_NAMES).includes(label));
      expect(sameAsEnglish).toEqual([]);
    }
  });

  it('has the same keys in every language for the menu strings', () => {
    const keys = Object.keys(menu.en).sort();
    for (const lang of LANGUAGES) expect(Object.keys(menu[lang]).sort()).toEqual(keys);
  });

  it('puts the product name in About', () => {
    expect(labels(menuTemplate('zh-CN', recordingActions().actions))).toContain('关于提升站');
    expect(labels(menuTemplate('en', recordingActions().actions))).toContain('About Upgrade Station');
  });

  it('offers the three languages, checking the current one, and switches on click', () => {
    const { calls, actions } = recordingActions();
    const languageMenu = menuTemplate('ug', actions)[2]?.submenu ?? [];
    expect(languageMenu.map((e) => e.label)).toEqual(['中文', 'ئۇيغۇرچە', 'English']);
    expect(languageMenu.map((e) => e.checked)).toEqual([false, true, false]);
    expect(languageMenu.every((e) => e.type === 'radio')).toBe(true);
    languageMenu[2]?.click?.();
    expect(calls).toEqual(['setLanguage:en']);
  });

  it('wires File and Help items to their actions', () => {
    const { calls, actions } = recordingActions();
    const [file, , , help] = menuTemplate('en', actions);
    for (const entry of [...(file?.submenu ?? []), ...(help?.submenu ?? [])]) entry.click?.();
    expect(calls).toEqual(['openKiosk', 'quit', 'about', 'openDataFolder']);
  });

  it('keeps the View items on Electron roles', () => {
    const view = menuTemplate('en', recordingActions().actions)[1]?.submenu ?? [];
    expect(view.map((e) => e.role).filter(Boolean)).toEqual(['reload', 'togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom']);
  });
});

describe('languageFromLocales', () => {
  it('picks the first supported system language', () => {
    expect(languageFromLocales(['ug-CN', 'zh-CN'])).toBe('ug');
    expect(languageFromLocales(['zh-Hans-CN'])).toBe('zh-CN');
    expect(languageFromLocales(['fr-FR', 'en-US'])).toBe('en');
    expect(languageFromLocales(['fr-FR'])).toBe('zh-CN');
    expect(languageFromLocales([])).toBe('zh-CN');
  });
});
