import type { Core } from '../app/core';
import { describeError } from '../lib/log';
import { createHttpHost, type HttpHost } from '../http/server';

/** The port tablets on the site LAN use; the same default as `station serve`. */
export const LAN_PORT = 8760;

/**
 * The desktop app's "allow tablets" switch: while the setting is on, the same LAN host that
 * `station serve --host 0.0.0.0` runs is served from the app, over the app's own core.
 */
export interface TabletHost {
  stop(): void;
  /** The running host, if the switch is on and it started. */
  current(): HttpHost | undefined;
  /** Resolves once the last switch has been acted on. */
  settled(): Promise<void>;
}

export function followTabletSetting(core: Core, rendererDir: string, onError: (message: string) => void, port = LAN_PORT): TabletHost {
  let host: HttpHost | undefined;
  let busy: Promise<void> = Promise.resolve();

  const apply = () => {
    busy = busy.then(async () => {
      const want = core.settings.get().allowTablets;
      if (want && !host) {
        try {
          host = await createHttpHost({ core, rendererDir, host: '0.0.0.0', port });
          core.log.info('lan.started', { port });
        } catch (err) {
          core.log.warn('lan.failed', { error: describeError(err) });
          onError((err as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `port ${port} is in use` : 'the network host could not start');
        }
      } else if (!want && host) {
        await host.close();
        host = undefined;
        core.log.info('lan.stopped');
      }
    });
  };

  apply();
  const unsubscribe = core.events.subscribe((e) => {
    if (e.type === 'settings.changed' && e.keys.includes('allowTablets')) apply();
  });
  return {
    stop: () => {
      unsubscribe();
      void busy.then(() => host?.close());
    },
    current: () => host,
    settled: () => busy,
  };
}
