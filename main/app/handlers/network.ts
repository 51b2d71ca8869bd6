import type { HandlerGroup } from '../handler';

/** Where tablets reach this PC: its LAN addresses, the listening host's port and the "allow tablets" switch. */
export const networkHandlers: HandlerGroup<'devices.addresses'> = {
  'devices.addresses': (_input, { core }) => {
    const { port, onLan } = core.network.listeners.forTablets();
    return { addresses: core.network.addresses(), port, listeningOnLan: onLan, allowTablets: core.settings.get().allowTablets };
  },
};
