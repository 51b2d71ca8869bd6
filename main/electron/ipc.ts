import { BrowserWindow, ipcMain, type WebContents } from 'electron';
import { mayHear, type StationEvent } from '../../shared/contract/events';
import type { Core } from '../app/core';
import { CallRouter, type HostServices } from './call-router';
import { isAppUrl } from './security';
import { windowKindOf } from './windows';

export const CALL_CHANNEL = 'station:call';
export const EVENT_CHANNEL = 'station:event';

/**
 * Answers the preload's calls and pushes the core's events to the app's windows. Returns a function
 * that undoes both, for shutdown.
 */
export interface IpcRegistration {
  /** Lets a window the main process opened (the hidden print window) act with another window's session. */
  adopt(fromSenderId: number, contents: WebContents): void;
  dispose(): void;
}

export function registerIpc(core: Core, host: HostServices): IpcRegistration {
  const router = new CallRouter(core, host);
  const watched = new Set<number>();

  const watch = (contents: WebContents) => {
    if (watched.has(contents.id)) return;
    watched.add(contents.id);
    const id = contents.id;
    contents.once('destroyed', () => {
      watched.delete(id);
      router.forget(id);
    });
  };

  ipcMain.handle(CALL_CHANNEL, (event, name: unknown, input: unknown) => {
    watch(event.sender);
    if (windowKindOf(event.sender) === 'kiosk') router.markKiosk(event.sender.id);
    return router.call(event.sender.id, event.senderFrame?.url, name, input);
  });

  const unsubscribe = core.events.subscribe((event: StationEvent) => {
    for (const win of BrowserWindow.getAllWindows()) {
      const contents = win.webContents;
      if (contents.isDestroyed() || !isAppUrl(contents.getURL())) continue;
      // The same audience as the LAN host's streams: a kiosk window hears what a paired tablet would.
      if (mayHear(router.callerFor(contents.id), event)) contents.send(EVENT_CHANNEL, event);
    }
  });

  return {
    adopt: (fromSenderId, contents) => {
      watch(contents);
      router.share(fromSenderId, contents.id);
    },
    dispose: () => {
      ipcMain.removeHandler(CALL_CHANNEL);
      unsubscribe();
    },
  };
}
