import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { StationBridge } from '../../shared/contract/bridge';
import type { StationEvent } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';
import { windowKindFromArgv } from './window-kind';

// Runs sandboxed: only 'electron' may be required at run time; esbuild inlines the rest.
// The channel names are repeated from ipc.ts rather than imported, so this bundle never pulls in main-process code.
const CALL_CHANNEL = 'station:call';
const EVENT_CHANNEL = 'station:event';

const bridge: StationBridge = {
  call: (name: string, input: unknown) => ipcRenderer.invoke(CALL_CHANNEL, name, input) as Promise<Result<unknown>>,
  onEvent(listener: (event: StationEvent) => void) {
    // The raw IPC event (with its sender) stays here; the page only ever sees the payload.
    const handler = (_event: IpcRendererEvent, payload: StationEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
  window: windowKindFromArgv(process.argv),
};

contextBridge.exposeInMainWorld('station', bridge);
