import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/resources';

/**
 * The application menu as plain objects (a structural subset of Electron's
 * MenuItemConstructorOptions), so its wording can be tested without Electron.
 */
export interface MenuEntry {
  label?: string;
  type?: 'normal' | 'separator' | 'submenu' | 'radio';
  role?: 'reload' | 'togglefullscreen' | 'zoomIn' | 'zoomOut' | 'resetZoom';
  accelerator?: string;
  checked?: boolean;
  click?: () => void;
  submenu?: MenuEntry[];
}

export interface MenuActions {
  openKiosk(): void;
  quit(): void;
  setLanguage(lang: Language): void;
  about(): void;
  openDataFolder(): void;
}

export function menuTemplate(lang: Language, actions: MenuActions): MenuEntry[] {
  const t = (key: string) => translate(lang, key, { product: translate(lang, 'app.name') });
  return [
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.openKiosk'), click: () => actions.openKiosk() },
        { type: 'separator' },
        { label: t('menu.quit'), accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        // Roles keep Electron's behaviour; the label override keeps the words in the station's language.
        { label: t('menu.reload'), role: 'reload' },
        { label: t('menu.toggleFullScreen'), role: 'togglefullscreen' },
        { type: 'separator' },
        { label: t('menu.zoomIn'), role: 'zoomIn' },
        { label: t('menu.zoomOut'), role: 'zoomOut' },
        { label: t('menu.resetZoom'), role: 'resetZoom' },
      ],
    },
    {
      label: t('menu.language'),
      // Each language is named in itself, so someone lost in a language they cannot read finds theirs.
      submenu: LANGUAGES.map(
        (l): MenuEntry => ({
          label: LANGUAGE_NAMES[l],
          type: 'radio',
          checked: l === lang,
          click: () => actions.setLanguage(l),
        }),
      ),
    },
    {
      label: t('menu.help'),
      submenu: [
        { label: t('menu.about'), click: () => actions.about() },
        { label: t('menu.openDataFolder'), click: () => actions.openDataFolder() },
      ],
    },
  ];
}

/** The first supported language in the system's preference list; Chinese when none matches. */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const l = locale.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l === 'ug' || l.startsWith('ug-') || l.startsWith('ug_')) return 'ug';
    if (l === 'en' || l.startsWith('en-') || l.startsWith('en_')) return 'en';
  }
  return 'zh-CN';
}
