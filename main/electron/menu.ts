import { Menu } from 'electron';
import type { Language } from '../../shared/i18n/languages';
import { menuTemplate, type MenuActions } from './menu-template';

/** Builds the application menu in the station's current language; called again whenever it changes. */
export function installMenu(lang: Language, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(lang, actions)));
}
